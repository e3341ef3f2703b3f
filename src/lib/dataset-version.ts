/**
 * The dataset's semantic version and its changelog. The rule (README, /data/):
 * a schema change (a field added, removed, renamed or retyped) bumps MAJOR,
 * new records bump MINOR, corrections of published records bump PATCH.
 * meta.json lists every release in `changes`, oldest first; this module checks
 * that each release bumps the previous one by its kind and that `version` is
 * the last release, and merges releases and corrections into the changelog
 * the /data/ page and the feeds show. Pure.
 */
import type { ChangeKind, DatasetMeta, Localized } from './schema';

type Version = [number, number, number];

export function parseVersion(v: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) throw new Error(`not a semantic version: ${JSON.stringify(v)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The version after `v` for a release of the given kind. */
export function bump(v: string, kind: ChangeKind): string {
  const [major, minor, patch] = parseVersion(v);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Problems with the release list, as (field, message) pairs on the meta record. */
export function releaseProblems(meta: Pick<DatasetMeta, 'version' | 'changes' | 'corrections'>): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  meta.changes.forEach((c, i) => {
    const prev = meta.changes[i - 1];
    if (!prev) return;
    const expected = bump(prev.version, c.kind);
    if (c.version !== expected) out.push({ field: `changes[${i}].version`, message: `a ${c.kind} release after ${prev.version} must be ${expected}, not ${c.version}` });
    if (c.date < prev.date) out.push({ field: `changes[${i}].date`, message: `${c.date} is before the previous release (${prev.date})` });
  });
  const last = meta.changes.at(-1);
  if (last && meta.version !== last.version) out.push({ field: 'version', message: `must equal the last release in changes (${last.version})` });
  const released = new Set(meta.changes.map((c) => c.version));
  meta.corrections.forEach((c, i) => {
    if (c.version && !released.has(c.version)) out.push({ field: `corrections[${i}].version`, message: `no release ${c.version} in changes` });
  });
  return out;
}

export interface ChangelogEntry {
  date: string;
  kind: ChangeKind | 'correction';
  /** The release's version, or the version that carried a correction (when given). */
  version?: string;
  text: Localized;
  records: string[];
}

/** Releases and corrections in one list, newest first (a correction before the release of the same day). */
export function changelog(meta: Pick<DatasetMeta, 'changes' | 'corrections'>): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [
    ...meta.changes.map((c) => ({ date: c.date, kind: c.kind, version: c.version, text: c.text, records: c.records ?? [] })),
    ...meta.corrections.map((c) => ({ date: c.date, kind: 'correction' as const, version: c.version, text: c.reason, records: [correctionRef(c)] })),
  ];
  return entries.sort((a, b) => (a.date === b.date ? Number(b.kind === 'correction') - Number(a.kind === 'correction') : b.date.localeCompare(a.date)));
}

/** The last date a record was added or changed by a listed release or correction, if any. */
export function recordUpdated(meta: Pick<DatasetMeta, 'changes' | 'corrections'>, ref: string): string | undefined {
  return changelog(meta).find((e) => e.records.includes(ref))?.date;
}

/** The "<table>/<id>" reference of the record a correction changed ("asml-china.json" → "asml-china/…"). */
export function correctionRef(c: { file: string; record: string }): string {
  return `${c.file.replace(/\.json$/, '')}/${c.record}`;
}
