/**
 * Reads content/data/*.json from disk and validates it. Node-only: used by the
 * build integration, scripts and tests. Pages read the same files through
 * Astro content collections and then call `buildDataset` on the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_DIR, formatProblem, validateDataset, type Problem, type RawDataset, type ValidateOptions } from './validate';
import { buildDataset, type Dataset } from './data';

export function readRawDataset(dir: string = resolve(process.cwd(), DATA_DIR)): { raw: RawDataset; problems: Problem[] } {
  const raw: RawDataset = {};
  const problems: Problem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      raw[file] = JSON.parse(text);
    } catch (err) {
      problems.push({ file, id: '(file)', field: '(file)', message: `is not valid JSON: ${(err as Error).message}` });
      raw[file] = [];
    }
  }
  return { raw, problems };
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Load, validate and join the dataset; throws a DataError listing every problem. */
export function loadDataset(dir?: string, options?: ValidateOptions): Dataset {
  const { raw, problems } = readRawDataset(dir);
  const result = validateDataset(raw, options);
  const all = [...problems, ...(result.ok ? [] : result.problems)];
  if (all.length > 0 || !result.ok) throw new DataError(all);
  return buildDataset(result.data);
}
