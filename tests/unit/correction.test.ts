/**
 * The corrections workflow: `npm run correction` changes one field, logs the
 * change with both reasons, moves `updated`, and refuses a change without a
 * reason or one that would break the dataset. Runs on a copy of the valid
 * fixture; the CLI test runs the real script against a temporary directory.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { readRawDataset } from '../../src/lib/load-data';
import { recordCorrection, type CorrectionRequest } from '../../src/lib/record-correction';

const FIXTURE = fileURLToPath(new URL('../fixtures/data/valid/', import.meta.url));
const fixture = () => structuredClone(readRawDataset(FIXTURE).raw) as any;
const base: CorrectionRequest = {
  file: 'events.json',
  record: '2023-fixture-milestone',
  field: 'title.en',
  value: 'A corrected milestone',
  reasonEn: 'The title overstated it.',
  reasonZh: '原標題言過其實。',
  date: '2025-12-31',
};

describe('recordCorrection', () => {
  it('changes the field, logs old and new with both reasons, and keeps the dataset valid', () => {
    const result = recordCorrection(fixture(), base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const events = result.files['events.json'] as any[];
    expect(events.find((e) => e.id === base.record).title.en).toBe('A corrected milestone');
    const meta = (result.files['meta.json'] as any[])[0];
    expect(meta.corrections).toEqual([
      { date: '2025-12-31', file: 'events.json', record: base.record, field: 'title.en', old: 'A milestone', new: 'A corrected milestone', reason: { en: 'The title overstated it.', 'zh-hant': '原標題言過其實。' } },
    ]);
  });

  it('moves "updated" to the correction date', () => {
    const raw = fixture();
    raw['meta.json'][0].asOf = '2026-03-01';
    const result = recordCorrection(raw, { ...base, date: '2026-02-01' });
    expect(result.ok && (result.files['meta.json'] as any[])[0].updated).toBe('2026-02-01');
  });

  it.each([
    ['no English reason', { reasonEn: '' }],
    ['no Chinese reason', { reasonZh: '   ' }],
    ['no reason at all', { reasonEn: undefined, reasonZh: undefined }],
  ])('refuses a change with %s', (_name, over) => {
    const result = recordCorrection(fixture(), { ...base, ...over });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/reason in both languages/);
  });

  it('parses a number for a numeric field and refuses text there', () => {
    const req = { ...base, file: 'roadmaps.json', record: 'foundry-n5', field: 'generation', value: '4.5' };
    const ok = recordCorrection(fixture(), req);
    expect(ok.ok && (ok.files['meta.json'] as any[])[0].corrections[0].new).toBe(4.5);
    const bad = recordCorrection(fixture(), { ...req, value: 'four' });
    expect(!bad.ok && bad.errors[0]).toMatch(/holds a number/);
  });

  it('asks for both languages when the field is bilingual', () => {
    const req = { ...base, field: 'title', value: undefined };
    expect(recordCorrection(fixture(), req).ok).toBe(false);
    const ok = recordCorrection(fixture(), { ...req, valueEn: 'New', valueZh: '新標題' });
    expect(ok.ok && (ok.files['events.json'] as any[]).find((e) => e.id === base.record).title).toEqual({ en: 'New', 'zh-hant': '新標題' });
  });

  it('refuses an unknown record or field, an unchanged value, and a change that breaks validation', () => {
    expect(recordCorrection(fixture(), { ...base, record: 'ghost' }).ok).toBe(false);
    expect(recordCorrection(fixture(), { ...base, field: 'nothing' }).ok).toBe(false);
    expect(recordCorrection(fixture(), { ...base, value: 'A milestone' }).ok).toBe(false);
    const broken = recordCorrection(fixture(), { ...base, field: 'date', value: '2023-13' });
    expect(!broken.ok && broken.errors.join('\n')).toMatch(/events\.json: record "2023-fixture-milestone", field "date"/);
  });
});

describe('npm run correction (the CLI)', () => {
  const run = (dir: string, args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/correction.ts', '--dir', dir, ...args], { encoding: 'utf8', timeout: 60_000 });
  const args = ['--file', 'events.json', '--record', base.record, '--field', 'title.en', '--value', 'A corrected milestone', '--date', '2025-12-31'];

  it('writes the change and the log entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'correction-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const out = run(dir, [...args, '--reason-en', 'Overstated.', '--reason-zh', '言過其實。']);
    expect(out.status, out.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))[0];
    expect(meta.corrections.at(-1)).toMatchObject({ record: base.record, old: 'A milestone', new: 'A corrected milestone' });
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toContain('"en": "A corrected milestone"');
  });

  it('refuses without a reason and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'correction-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const before = readFileSync(join(dir, 'events.json'), 'utf8') + readFileSync(join(dir, 'meta.json'), 'utf8');
    const out = run(dir, args);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/Refused, nothing written/);
    expect(readFileSync(join(dir, 'events.json'), 'utf8') + readFileSync(join(dir, 'meta.json'), 'utf8')).toBe(before);
  });
});
