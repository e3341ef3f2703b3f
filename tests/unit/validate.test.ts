/**
 * The dataset validator: a valid fixture passes, and each kind of breakage
 * yields a message naming the file, the record id and the field.
 * Breakages are applied to a deep copy of tests/fixtures/data/valid/.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readRawDataset } from '../../src/lib/load-data';
import { formatProblem, validateDataset, type RawDataset } from '../../src/lib/validate';

const FIXTURE = fileURLToPath(new URL('../fixtures/data/valid/', import.meta.url));
const TODAY = '2026-01-01';

function fixture(): RawDataset {
  const { raw, problems } = readRawDataset(FIXTURE);
  expect(problems).toEqual([]);
  return structuredClone(raw);
}

/** Messages for a dataset after `mutate` has broken it. */
function messagesAfter(mutate: (raw: any) => void): string[] {
  const raw = fixture();
  mutate(raw);
  const result = validateDataset(raw, { today: TODAY });
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** A correction of the fixture's milestone title that the fixture data agrees with. */
function correction(over: Record<string, unknown>) {
  return {
    date: '2025-12-31',
    file: 'events.json',
    record: '2023-fixture-milestone',
    field: 'title.en',
    old: 'A milstone',
    new: 'A milestone',
    reason: { en: 'Spelling.', 'zh-hant': '拼字。' },
    ...over,
  };
}

describe('validateDataset', () => {
  it('accepts the valid fixture and sorts nothing away', () => {
    const result = validateDataset(fixture(), { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.events).toHaveLength(2);
  });

  const cases: [string, (raw: any) => void, string][] = [
    [
      'chart short title no shorter than the title',
      (raw) => (raw['events.json'][0].shortTitle = { en: `${raw['events.json'][0].title.en} and more`, 'zh-hant': '短' }),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "shortTitle.en": must be shorter than title.en',
    ],
    [
      'missing source (empty list)',
      (raw) => (raw['events.json'][0].sources = []),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "sources": needs at least one source id',
    ],
    [
      'missing sources field',
      (raw) => delete raw['events.json'][1].sources,
      'content/data/events.json: record "2023-fixture-milestone", field "sources": is required but missing',
    ],
    [
      'dangling source id',
      (raw) => (raw['events.json'][0].sources = ['fixture-rule', 'no-such-source']),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "sources[1]": unknown source id "no-such-source"',
    ],
    [
      'a release that does not bump the version by its kind',
      (raw) => raw['meta.json'][0].changes.push({ version: '1.2.0', date: '2025-12-31', kind: 'minor', text: { en: 'x', 'zh-hant': '文' } }),
      'content/data/meta.json: record "dataset", field "changes[1].version": a minor release after 1.0.0 must be 1.1.0, not 1.2.0',
    ],
    [
      'a version that is not the last release',
      (raw) => (raw['meta.json'][0].version = '1.0.1'),
      'content/data/meta.json: record "dataset", field "version": must equal the last release in changes (1.0.0)',
    ],
    [
      'a correction naming a record that does not exist',
      (raw) =>
        raw['meta.json'][0].corrections.push({ date: '2025-12-31', file: 'events.json', record: 'no-such-event', field: 'note', old: 'a', new: 'b', reason: { en: 'x', 'zh-hant': '文' } }),
      'content/data/meta.json: record "dataset", field "corrections[0]": names unknown record "no-such-event" in events.json',
    ],
    [
      'dangling source id in another file',
      (raw) => (raw['roadmaps.json'][1].sources = ['ghost']),
      'content/data/roadmaps.json: record "foundry-n5", field "sources[0]": unknown source id "ghost"',
    ],
    [
      'bad date (no such day)',
      (raw) => (raw['events.json'][0].date = '2024-02-30'),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "date": must be a real date: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY',
    ],
    [
      'date in the future',
      (raw) => (raw['events.json'][0].date = '2026-03-01'),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "date": 2026-03-01 is in the future (data is as of 2025-12-31)',
    ],
    [
      'date written at another precision than declared',
      (raw) => (raw['events.json'][1].date = '2023-05'),
      'content/data/events.json: record "2023-fixture-milestone", field "date": "2023-05" is written at month precision but precision is "year"',
    ],
    [
      'unknown category',
      (raw) => (raw['events.json'][0].category = 'sanction'),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "category": "sanction" is not one of "us-rule", "entity-list", "ally-alignment", "diplomacy", "china-response", "industry-milestone"',
    ],
    [
      'missing zh-hant text',
      (raw) => delete raw['events.json'][0].summary['zh-hant'],
      'content/data/events.json: record "2024-04-04-fixture-rule", field "summary.zh-hant": is required but missing',
    ],
    [
      'empty zh-hant text',
      (raw) => (raw['glossary.json'][0].definition['zh-hant'] = '  '),
      'content/data/glossary.json: record "euv", field "definition.zh-hant": must not be empty',
    ],
    [
      'English pasted into the zh-hant slot',
      (raw) => (raw['events.json'][1].title['zh-hant'] = 'A milestone'),
      'content/data/events.json: record "2023-fixture-milestone", field "title.zh-hant": must be written in Traditional Chinese (no Han characters found)',
    ],
    [
      'duplicate id',
      (raw) => raw['sources.json'].push({ ...raw['sources.json'][1] }),
      'content/data/sources.json: record "fixture-rule", field "id": duplicate id (also record #1)',
    ],
    [
      'wrong type',
      (raw) => (raw['events.json'][0].significance = 'high'),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "significance": invalid input',
    ],
    [
      'wrong type (number as string)',
      (raw) => (raw['asml-china.json'][0].systemSalesEurM = '21938.6'),
      'content/data/asml-china.json: record "asml-china-2023", field "systemSalesEurM": expected number, received string',
    ],
    [
      'unknown field (typo)',
      (raw) => (raw['events.json'][0].sorces = []),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "(record)": unknown field(s) "sorces"',
    ],
    [
      'roadmap achieved without a year',
      (raw) => delete raw['roadmaps.json'][0].achieved,
      'content/data/roadmaps.json: record "foundry-n7", field "achieved": status is "achieved" but no achieved year is given',
    ],
    [
      'roadmap planned with an achieved year',
      (raw) => (raw['roadmaps.json'][1].achieved = 2024),
      'content/data/roadmaps.json: record "foundry-n5", field "achieved": status is "planned" but an achieved year is given',
    ],
    [
      'figures that disagree with each other',
      (raw) => (raw['asml-china.json'][0].chinaSystemSalesEurM = 9000),
      'content/data/asml-china.json: record "asml-china-2023", field "chinaSystemSalesEurM": 9000 disagrees with share × system sales (6362)',
    ],
    [
      'source with neither URL nor note',
      (raw) => delete raw['sources.json'][0].urlNote,
      'content/data/sources.json: record "fixture-article", field "url": needs a canonical url or a urlNote saying why there is none',
    ],
    [
      'plain-http URL',
      (raw) => (raw['sources.json'][1].url = 'http://www.federalregister.gov/d/0000-00000'),
      'content/data/sources.json: record "fixture-rule", field "url": must be an https:// URL',
    ],
    [
      'dangling event id in a threshold',
      (raw) => (raw['chips.json'][1].event = '2099-01-01-nothing'),
      'content/data/chips.json: record "line-a", field "event[0]": unknown event id "2099-01-01-nothing"',
    ],
    [
      'dangling company id',
      (raw) => (raw['events.json'][0].actors.companies = ['acme', 'globex']),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "actors.companies[1]": unknown company id "globex"',
    ],
    [
      'record without an id',
      (raw) => delete raw['glossary.json'][1].id,
      'content/data/glossary.json: record "#1", field "id": is required but missing',
    ],
    [
      'file that is not an array',
      (raw) => (raw['measures.json'] = { id: 'x' }),
      'content/data/measures.json: record "(file)", field "(file)": must be a JSON array of records',
    ],
    [
      'missing file',
      (raw) => delete raw['glossary.json'],
      'content/data/glossary.json: record "(file)", field "(file)": file is missing',
    ],
    [
      'measure that ended before "as of" with no follow-up (staleness)',
      (raw) => (raw['events.json'][0].ends = '2025-06-30'),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "ends": ended 2025-06-30, before the data\'s "as of" date 2025-12-31, but has no followUp event and no followUpNote saying what happened (or that it was not found)',
    ],
    [
      'follow-up that names no event',
      (raw) => (raw['events.json'][0].followUp = ['2099-no-such-event']),
      'content/data/events.json: record "2024-04-04-fixture-rule", field "followUp[0]": unknown event id "2099-no-such-event"',
    ],
    [
      'correction whose new value the data does not hold',
      (raw) => (raw['meta.json'][0].corrections = [correction({ new: 'Another milestone' })]),
      'content/data/meta.json: record "dataset", field "corrections[0]": says events.json "2023-fixture-milestone" field "title.en" is now "Another milestone", but the data holds "A milestone"',
    ],
    [
      'correction of an unknown record',
      (raw) => (raw['meta.json'][0].corrections = [correction({ record: 'ghost' })]),
      'content/data/meta.json: record "dataset", field "corrections[0]": names unknown record "ghost" in events.json',
    ],
    [
      'correction without a reason',
      (raw) => {
        const c: any = correction({});
        delete c.reason;
        raw['meta.json'][0].corrections = [c];
      },
      'content/data/meta.json: record "dataset", field "corrections[0].reason": is required but missing',
    ],
    [
      'correction dated after "updated"',
      (raw) => (raw['meta.json'][0].corrections = [correction({ date: '2026-01-01' })]),
      'content/data/meta.json: record "dataset", field "corrections[0]": is dated 2026-01-01, after "updated" (2025-12-31); move "updated"',
    ],
  ];

  it.each(cases)('reports %s with file, id and field', (_name, mutate, expected) => {
    const messages = messagesAfter(mutate);
    expect(messages).toContain(expected);
  });

  it('accepts a correction that the data agrees with, and an ended measure that says what happened', () => {
    const raw: any = fixture();
    raw['meta.json'][0].corrections = [correction({})];
    raw['events.json'][0].ends = '2025-06-30';
    raw['events.json'][0].followUpNote = { en: 'Not found.', 'zh-hant': '找不到。' };
    raw['events.json'][1].ends = '2025-06-30';
    raw['events.json'][1].followUp = ['2024-04-04-fixture-rule'];
    expect(validateDataset(raw, { today: TODAY }).problems).toEqual([]);
  });

  it('checks only the latest correction of a field against the data (earlier ones are history)', () => {
    const raw: any = fixture();
    raw['meta.json'][0].corrections = [correction({ old: 'A milstone', new: 'A milestne' }), correction({ old: 'A milestne', new: 'A milestone' })];
    expect(validateDataset(raw, { today: TODAY }).problems).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const messages = messagesAfter((raw) => {
      raw['events.json'][0].category = 'sanction';
      raw['events.json'][1].sources = ['ghost'];
      raw['glossary.json'][0].related = ['nothing'];
    });
    expect(messages.length).toBeGreaterThanOrEqual(3);
  });

  it('reports a file that is not valid JSON', async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'chips-data-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'events.json'), '[{"id": "x",]');
    const { problems } = readRawDataset(dir);
    expect(problems.map(formatProblem)[0]).toMatch(/^content\/data\/events\.json: record "\(file\)", field "\(file\)": is not valid JSON: /);
  });
});
