/**
 * Records a correction: changes one field of one record and logs the change
 * in meta.json `corrections` (date, record, field, old and new value, why in
 * both languages), moving `updated`. Pure: takes the raw dataset, returns the
 * changed files or the reasons it refused. scripts/correction.ts is the CLI.
 */
import { readField, validateDataset, formatProblem, type RawDataset } from './validate';
import type { CorrectionInput as Correction, CorrectionValueInput as CorrectionValue } from './schema';

export interface CorrectionRequest {
  file: string;
  record: string;
  field: string;
  /** New value as typed: parsed to a number when the field holds a number. */
  value?: string;
  /** New value per language, for a bilingual field (title, summary, note…). */
  valueEn?: string;
  valueZh?: string;
  reasonEn?: string;
  reasonZh?: string;
  /** YYYY-MM-DD; the day the correction is published. */
  date: string;
}

export type CorrectionResult =
  | { ok: true; files: Record<string, unknown>; correction: Correction }
  | { ok: false; errors: string[] };

/** Writes a value at a dotted path ("note.en", "regions[0].tppMin") in a copy of the record. */
function writeField(record: Record<string, unknown>, field: string, value: unknown): void {
  const parts = field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let at: Record<string, unknown> = record;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[parts.at(-1)!] = value;
}

/** The new value in the shape the field already has, or why the input does not fit it. */
function newValue(old: unknown, req: CorrectionRequest): { value: CorrectionValue } | { error: string } {
  if (old !== null && typeof old === 'object' && !Array.isArray(old)) {
    if (!req.valueEn?.trim() || !req.valueZh?.trim()) return { error: `"${req.field}" is written in both languages: give --value-en and --value-zh` };
    return { value: { en: req.valueEn.trim(), 'zh-hant': req.valueZh.trim() } };
  }
  if (req.value === undefined || req.value.trim() === '') return { error: 'give the new value with --value' };
  if (typeof old === 'number') {
    const n = Number(req.value);
    return Number.isFinite(n) ? { value: n } : { error: `"${req.field}" holds a number; "${req.value}" is not one` };
  }
  if (typeof old === 'string') return { value: req.value.trim() };
  return { error: `"${req.field}" holds ${Array.isArray(old) ? 'a list' : typeof old}; only numbers and texts can be corrected this way` };
}

export function recordCorrection(raw: RawDataset, req: CorrectionRequest): CorrectionResult {
  const errors: string[] = [];
  if (!req.reasonEn?.trim() || !req.reasonZh?.trim()) errors.push('a correction needs its reason in both languages: --reason-en and --reason-zh');
  const records = raw[req.file];
  const meta = (raw['meta.json'] as Record<string, unknown>[] | undefined)?.[0];
  if (!Array.isArray(records)) errors.push(`no data file "${req.file}"`);
  if (!meta) errors.push('meta.json is missing');
  if (req.file === 'meta.json') errors.push('meta.json holds the log itself; correct a data file');
  const index = Array.isArray(records) ? records.findIndex((r) => (r as { id?: unknown } | null)?.id === req.record) : -1;
  if (Array.isArray(records) && index < 0) errors.push(`no record "${req.record}" in ${req.file}`);
  const record = index >= 0 ? (records as Record<string, unknown>[])[index]! : undefined;
  const old = record ? readField(record, req.field) : undefined;
  if (record && old === undefined) errors.push(`record "${req.record}" has no field "${req.field}"`);
  if (errors.length || !record || !meta) return { ok: false, errors };

  const parsed = newValue(old, req);
  if ('error' in parsed) return { ok: false, errors: [parsed.error] };
  const { value } = parsed;
  if (JSON.stringify(value) === JSON.stringify(old)) return { ok: false, errors: [`"${req.field}" already holds ${JSON.stringify(old)}: nothing to correct`] };

  const correction: Correction = {
    date: req.date,
    file: req.file,
    record: req.record,
    field: req.field,
    old: old as CorrectionValue,
    new: value,
    reason: { en: req.reasonEn!.trim(), 'zh-hant': req.reasonZh!.trim() },
  };
  const changedRecords = structuredClone(records as Record<string, unknown>[]);
  writeField(changedRecords[index]!, req.field, value);
  const changedMeta = [{ ...meta, updated: req.date > String(meta.updated) ? req.date : meta.updated, corrections: [...((meta.corrections as unknown[]) ?? []), correction] }];
  const files = { [req.file]: changedRecords, 'meta.json': changedMeta };

  // The whole dataset must still validate (the log must agree with the data, dates must be in order).
  const result = validateDataset({ ...raw, ...files });
  if (!result.ok) return { ok: false, errors: result.problems.map(formatProblem) };
  return { ok: true, files, correction };
}
