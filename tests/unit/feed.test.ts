/** The Atom feeds, checked by tests/helpers/atom.ts (RFC 4287), with events newest first and stable ids. */
import { describe, expect, it } from 'vitest';
import { ATOM, atomProblems, DOMParser } from '../helpers/atom';
import { loadDataset } from '../../src/lib/load-data';
import { atomFeed } from '../../src/lib/feed';
import { compareDates } from '../../src/lib/dates';
import { LOCALES } from '../../src/lib/schema';

const ds = loadDataset();

const withCorrection = {
  ...ds,
  meta: {
    ...ds.meta,
    corrections: [
      { date: ds.meta.updated, file: 'events.json', record: ds.events[0]!.id, field: 'date', old: '2024', new: '2024-01', reason: { en: 'A date was wrong & is fixed <now>.', 'zh-hant': '一個日期有誤，已更正。', 'zh-hans': '一个日期有误，已更正。' } },
    ],
  },
};

describe.each(LOCALES)('the %s Atom feed', (lang) => {
  const xml = atomFeed(withCorrection, lang, 'https://chips.example.org');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const entries = Array.from(doc.getElementsByTagNameNS(ATOM, 'entry'));

  it('is well-formed Atom with every element RFC 4287 requires', () => {
    expect(atomProblems(xml)).toEqual([]);
  });

  it('has one entry per event, newest first, and one per correction', () => {
    const eventIds = entries.map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent!).filter((id) => id.includes(':event:'));
    const expected = [...ds.events].sort((a, b) => compareDates(b.date, a.date)).map((e) => e.id);
    expect(eventIds.map((id) => id.split(':event:')[1]!.replace(`:${lang}`, ''))).toEqual(expected);
    expect(entries.filter((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent!.includes(':correction:'))).toHaveLength(1);
  });

  it('keeps entry ids stable: they depend on the record, not on what else is in the feed', () => {
    const plain = atomFeed(ds, lang, 'https://chips.example.org');
    const id = (x: string, event: string) => new RegExp(`<id>([^<]*:event:${event}:[^<]*)</id>`).exec(x)?.[1];
    expect(id(plain, ds.events[5]!.id)).toBe(id(xml, ds.events[5]!.id));
  });

  it('dates an event by the correction that names it', () => {
    const corrected = entries.find((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent!.includes(`:event:${ds.events[0]!.id}:`))!;
    expect(corrected.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent).toBe(`${ds.meta.updated}T00:00:00Z`);
  });

  it('the checker can fail', () => {
    expect(atomProblems(xml.replace(/<updated>[^<]*<\/updated>/, ''))).toContain('feed: 0 <updated> (must be exactly one)');
    expect(atomProblems(xml.replace('<title>', '<title>&'))[0]).toMatch(/^not well-formed XML/);
  });
});
