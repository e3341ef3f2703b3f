/**
 * Shared by the chart tests: the datasets to test against and SVG inspection.
 * The fixture (tests/fixtures/charts/data) always runs; the real dataset in
 * content/data runs too once it validates.
 */
import { parseHTML } from 'linkedom';
import { resolve } from 'node:path';
import { loadDataset } from '../../../src/lib/load-data';
import type { Dataset } from '../../../src/lib/data';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/charts/data');

export function datasets(): { name: string; ds: Dataset }[] {
  const out = [{ name: 'fixture', ds: loadDataset(FIXTURE_DIR, { today: '2026-01-01' }) }];
  try {
    out.push({ name: 'content/data', ds: loadDataset() });
  } catch {
    // Not valid yet (being written): the fixture still runs.
  }
  return out;
}

export interface Mark {
  key: string;
  group: string | null;
  title: string;
  attrs: Record<string, string>;
}

/** Parses SVG markup and returns its tagged marks. */
export function marksIn(svg: string): Mark[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return Array.from(document.querySelectorAll('.chart-mark')).map((el) => ({
    key: el.getAttribute('data-key') ?? '',
    group: el.getAttribute('data-group'),
    title: el.querySelector('title')?.textContent ?? '',
    attrs: Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])),
  }));
}

/** All text content of an SVG (labels, axes, titles). */
export function textOf(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.body.textContent ?? '';
}

/** Every attribute value and text node that says NaN, undefined, null or Infinity. */
export function badValues(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const bad: string[] = [];
  const re = /\b(NaN|undefined|Infinity)\b|\[object Object\]/;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (re.test(a.value)) bad.push(`${el.localName}@${a.name}="${a.value}"`);
  }
  if (re.test(document.body.textContent ?? '')) bad.push(`text: ${(document.body.textContent ?? '').match(re)![0]}`);
  return bad;
}

export const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
