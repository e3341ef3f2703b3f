/**
 * One term per concept across the zh-hant edition (src/lib/i18n/terminology.ts):
 * fails when a listed variant appears in our own Chinese text — any "zh-hant"
 * field of the data, the chapters, the teaching guide or the interface strings.
 * Source titles are the publishers' own words and are not checked.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZH_HANT_TERMS, termViolations } from '../../src/lib/i18n/terminology';

/** Every string under a "zh-hant" key, with a path naming where it is. */
function zhStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => zhStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'zh-hant' && typeof v === 'string') out.push([`${path}.${k}`, v]);
      else zhStrings(v, `${path}.${k}`, out);
    }
  }
  return out;
}

const dataDir = 'content/data';
const texts: [string, string][] = [
  ...readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => zhStrings(JSON.parse(readFileSync(join(dataDir, f), 'utf8')), f)),
  ...readdirSync('content/story/zh-hant').map((f): [string, string] => [f, readFileSync(join('content/story/zh-hant', f), 'utf8')]),
  ['content/teach/zh-hant.mdx', readFileSync('content/teach/zh-hant.mdx', 'utf8')],
  ...readdirSync('src/lib/i18n')
    .filter((f) => f !== 'terminology.ts')
    .map((f): [string, string] => [f, readFileSync(join('src/lib/i18n', f), 'utf8')]),
];

describe('zh-hant terminology', () => {
  it('reads every kind of text it claims to check', () => {
    expect(texts.filter(([where]) => where.startsWith('events.json')).length).toBeGreaterThan(100);
    expect(texts.some(([where]) => where.endsWith('.mdx'))).toBe(true);
  });

  it('finds a listed variant when one is present (the check can fail)', () => {
    expect(termViolations('美國商務部產業安全局（BIS）')).toEqual([{ variant: '產業安全局', preferred: '工業與安全局' }]);
    expect(termViolations('美國商務部工業與安全局（BIS）')).toEqual([]);
  });

  it('lists preferred forms that are not themselves variants of another entry', () => {
    const variants = ZH_HANT_TERMS.flatMap((t) => t.variants);
    for (const t of ZH_HANT_TERMS) expect(variants.some((v) => t.preferred.includes(v)), t.concept).toBe(false);
  });

  it.each(ZH_HANT_TERMS.map((t) => [t.concept, t] as const))('uses one term for %s', (_concept, term) => {
    const found = texts.flatMap(([where, text]) => term.variants.filter((v) => text.includes(v)).map((v) => `${where}: ${v} (use ${term.preferred})`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
