/**
 * The real dataset in content/data/: valid, large enough, and covering every
 * event the April 2024 VOA report mentions. `npm test` fails here with the
 * validator's own messages when a record is broken.
 */
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../src/lib/load-data';
import { formatProblem, validateDataset } from '../../src/lib/validate';
import { buildDataset } from '../../src/lib/data';
import { compareDates, startOf } from '../../src/lib/dates';

const { raw, problems: readProblems } = readRawDataset();
const result = validateDataset(raw);

/** Events the April 2024 report mentions: each must exist and carry inArticle: true. */
const ARTICLE_EVENT_IDS = [
  '2024-04-04-computers-rule',
  '2024-03-08-cxmt-entity-list-report',
  '2024-04-02-xi-biden-call',
  '2022-12-15-ymtc-entity-list',
  '2023-03-31-micron-review',
  '2024-04-02-us-asks-korea',
  '2024-04-08-estevez-dutch-meeting',
  '2024-01-01-asml-licence-revoked',
  '2023-09-04-mate-60-pro-7nm',
  '2022-01-19-intel-orders-exe-5200',
] as const;

describe('content/data', () => {
  it('validates with no problems', () => {
    const messages = [...readProblems, ...(result.ok ? [] : result.problems)].map(formatProblem);
    expect(messages, messages.join('\n')).toEqual([]);
  });

  const ds = result.ok ? buildDataset(result.data) : undefined;

  it('holds at least 45 events from 2018 to 2025, every event inside the stated coverage', () => {
    expect(ds).toBeDefined();
    const events = ds!.events.filter((e) => startOf(e.date) >= '2018-01-01' && startOf(e.date) <= '2025-12-31');
    expect(events.length).toBeGreaterThanOrEqual(45);
    for (const e of ds!.events) {
      expect(startOf(e.date) >= ds!.meta.coverageStart && startOf(e.date) <= ds!.meta.coverageEnd, e.id).toBe(true);
    }
  });

  it('states a coverage end equal to the latest event, so "events through" on the page is the truth', () => {
    const latest = ds!.events.map((e) => startOf(e.date)).sort().at(-1);
    expect(ds!.meta.coverageEnd).toBe(latest);
  });

  it('has no measure whose end date passed without a follow-up event or a "not found" note (staleness)', () => {
    const ended = ds!.events.filter((e) => e.ends && startOf(e.ends) < ds!.meta.asOf);
    // The suspensions agreed in Busan ended in November 2026; the check must have something to check.
    expect(ended.length).toBeGreaterThan(0);
    for (const e of ended) expect(Boolean(e.followUp?.length || e.followUpNote), e.id).toBe(true);
  });

  it.each(ARTICLE_EVENT_IDS)('has the article event %s, marked inArticle', (id) => {
    const e = ds?.eventById.get(id);
    expect(e, `missing event ${id}`).toBeDefined();
    expect(e!.inArticle).toBe(true);
  });

  it('marks more article events than the fixed list (SAQP patent, Naura, servicing pressure, High-NA, roadmaps)', () => {
    expect(ds!.events.filter((e) => e.inArticle).length).toBeGreaterThanOrEqual(ARTICLE_EVENT_IDS.length + 5);
  });

  it('keeps events in date order after joining', () => {
    const dates = ds!.events.map((e) => e.date);
    for (let i = 1; i < dates.length; i++) expect(compareDates(dates[i - 1]!, dates[i]!)).toBeLessThanOrEqual(0);
  });

  it('gives the April 2024 rule the Federal Register context the article lacks', () => {
    const rule = ds!.eventById.get('2024-04-04-computers-rule')!;
    const notes = [rule.note?.en ?? '', ...rule.sources.map((id) => ds!.sourceById.get(id)?.note?.en ?? '')].join(' ');
    expect(notes).toMatch(/30 pages/);
    expect(rule.frCitation).toBe('89 FR 23876');
  });

  it('has ASML China figures for 2023 that separate system sales from total sales', () => {
    const y2023 = ds!.asmlChina.find((a) => a.year === 2023);
    expect(y2023).toBeDefined();
    expect(y2023!.chinaTotalNetSalesEurM).toBeGreaterThan(y2023!.chinaSystemSalesEurM);
  });

  it('cites the VOA report as the one source of kind "the-article"', () => {
    expect(ds!.article.publisher).toMatch(/Voice of America|美國之音/);
  });
});
