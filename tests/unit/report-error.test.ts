/** "Report an error" addresses, the account's dates line, and corrections in downloads. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORRECTIONS_URL, reportErrorHref } from '../../src/lib/report-error';
import { accountLine } from '../../src/lib/account-dates';
import { loadDataset } from '../../src/lib/load-data';
import { renderDownload } from '../../src/lib/embed/files';
import { salesCorrections, salesRows } from '../../src/lib/charts/allies';
import { chartTables } from '../../src/lib/charts/table';

const ctx = { page: 'https://chips.example.org/en/#fig-allies', figure: 'fig-allies', lang: 'en' as const };

describe('reportErrorHref', () => {
  it('fills the page and figure into a mailto: subject and body', () => {
    const href = reportErrorHref('mailto:desk@news.example', ctx);
    expect(href.startsWith('mailto:desk@news.example?subject=')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Error report: fig-allies');
    expect(params.get('body')).toContain('Page: https://chips.example.org/en/#fig-allies');
    expect(params.get('body')).toContain('Figure: fig-allies');
  });

  it('adds page, figure and language as query parameters to a web form', () => {
    const url = new URL(reportErrorHref('https://news.example/corrections?desk=data', ctx));
    expect(url.searchParams.get('desk')).toBe('data');
    expect(url.searchParams.get('page')).toBe(ctx.page);
    expect(url.searchParams.get('figure')).toBe('fig-allies');
  });

  it('falls back to the placeholder address when nothing is configured', () => {
    expect(reportErrorHref(undefined, { page: ctx.page, lang: 'zh-hant' }).startsWith(`${DEFAULT_CORRECTIONS_URL}?subject=`)).toBe(true);
    expect(reportErrorHref('  ', { page: ctx.page, lang: 'en' }).startsWith(DEFAULT_CORRECTIONS_URL)).toBe(true);
  });

  it('refuses an address that is neither https nor mailto, so a bad setting fails the build', () => {
    expect(() => reportErrorHref('http://news.example/form', ctx)).toThrow(/https:\/\/ or mailto:/);
    expect(() => reportErrorHref('desk@news.example', ctx)).toThrow(/PUBLIC_CORRECTIONS_URL/);
  });
});

describe('the account dates and corrections in downloads (real data)', () => {
  const ds = loadDataset();

  it('says both the latest event and the day the sources were checked', () => {
    const line = accountLine(ds.meta, 'en');
    expect(line).toContain('Events through');
    expect(line).toContain(new Date(`${ds.meta.coverageEnd}T00:00:00Z`).getUTCFullYear().toString());
    expect(accountLine(ds.meta, 'zh-hant')).toMatch(/^事件涵蓋至\d{4}年\d{1,2}月\d{1,2}日 · 來源查核於\d{4}年/);
  });

  it('marks every corrected ASML figure in the sales table and in each download format', () => {
    const corrected = salesRows(ds).filter((r) => salesCorrections(ds, r).length);
    expect(corrected.map((r) => r.id)).toEqual(expect.arrayContaining(['asml-china-2022', 'asml-china-2023']));
    const sales = chartTables('allies', ds, 'en').find((t) => t.id === 'sales')!;
    for (const r of corrected) expect(sales.rows.find((row) => row.key === r.id)!.cells.correction).toMatch(/^Corrected /);
    const csv = String(renderDownload(ds, 'allies', 'en', 'allies-sales.csv', 'https://chips.example.org').body);
    for (const r of corrected) expect(csv).toContain(`# Correction: ${salesCorrections(ds, r)[0]!.date} asml-china.json "${r.id}" chinaSystemSalesEurM:`);
    const json = JSON.parse(String(renderDownload(ds, 'allies', 'zh-hant', 'allies.json', 'https://chips.example.org').body));
    expect(json.coverageEnd).toBe(ds.meta.coverageEnd);
    expect(json.corrections.map((c: { record: string }) => c.record)).toEqual(expect.arrayContaining(corrected.map((r) => r.id)));
    const svg = String(renderDownload(ds, 'allies', 'en', 'allies.svg', 'https://chips.example.org').body);
    expect(svg).toContain('Corrected figure');
  });
});
