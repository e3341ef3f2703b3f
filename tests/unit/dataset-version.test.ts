import { describe, expect, it } from 'vitest';
import { bump, changelog, recordUpdated, releaseProblems } from '../../src/lib/dataset-version';
import type { DatasetChange } from '../../src/lib/schema';

const text = { en: 'x', 'zh-hant': '文', 'zh-hans': '文' };
const release = (version: string, date: string, kind: DatasetChange['kind'], records?: string[]): DatasetChange => ({ version, date, kind, text, ...(records ? { records } : {}) });

/** A logged correction of events.json record `id` (the log's shape: file, record, field, old, new, reason). */
const fix = (id: string) => ({ file: 'events.json', record: id, field: 'note', old: 'was', new: 'is', reason: text });

describe('the dataset version', () => {
  it('bumps by the documented rule: schema change major, new records minor, corrections patch', () => {
    expect(bump('1.4.2', 'major')).toBe('2.0.0');
    expect(bump('1.4.2', 'minor')).toBe('1.5.0');
    expect(bump('1.4.2', 'patch')).toBe('1.4.3');
  });

  it('accepts a well-formed release list', () => {
    const changes = [release('1.0.0', '2026-01-01', 'major'), release('1.1.0', '2026-02-01', 'minor'), release('1.1.1', '2026-02-03', 'patch')];
    expect(releaseProblems({ version: '1.1.1', changes, corrections: [{ ...fix('a'), date: '2026-02-03', version: '1.1.1' }] })).toEqual([]);
  });

  it('names the release that skips or repeats a version, a version that is not the last release, and a correction in no release', () => {
    const changes = [release('1.0.0', '2026-01-01', 'major'), release('1.2.0', '2026-02-01', 'minor'), release('1.2.0', '2026-01-15', 'patch')];
    const problems = releaseProblems({ version: '1.0.0', changes, corrections: [{ ...fix('a'), date: '2026-02-03', version: '9.9.9' }] });
    expect(problems.map((p) => p.field)).toEqual(['changes[1].version', 'changes[2].version', 'changes[2].date', 'version', 'corrections[0].version']);
  });

  it('merges releases and corrections newest first, and dates a record by its latest change', () => {
    const meta = {
      changes: [release('1.0.0', '2026-01-01', 'major'), release('1.0.1', '2026-03-01', 'patch', ['events/a'])],
      corrections: [{ ...fix('a'), date: '2026-03-01', version: '1.0.1' }, { ...fix('c'), date: '2026-02-01' }],
    };
    expect(changelog(meta).map((e) => `${e.date} ${e.kind}`)).toEqual(['2026-03-01 correction', '2026-03-01 patch', '2026-02-01 correction', '2026-01-01 major']);
    expect(recordUpdated(meta, 'events/a')).toBe('2026-03-01');
    expect(recordUpdated(meta, 'events/b')).toBeUndefined();
  });
});
