/**
 * Fails when a direct dependency resolves (in package-lock.json, which `npm ci` installs) below the
 * minimum recorded for it in security/minimums.json. `npm audit` cannot reach the advisory endpoint from
 * the machines here, so this is the check CI can run: it knows only the advisories we recorded.
 * Run: npm run check:versions
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Minimum {
  package: string;
  minimum: string;
  advisory: string;
  why: string;
}

/** Compares two release versions (x.y.z; a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim());
    if (!m) throw new Error(`not a version: ${JSON.stringify(v)}`);
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] };
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) if (pa.nums[i] !== pb.nums[i]) return pa.nums[i]! < pb.nums[i]! ? -1 : 1;
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === undefined) return 1;
  if (pb.pre === undefined) return -1;
  return pa.pre < pb.pre ? -1 : 1;
}

interface Lock {
  packages: Record<string, { version?: string }>;
}
interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** One line per recorded minimum that a direct dependency does not meet (empty when all are met). */
export function belowMinimum(manifest: Manifest, lock: Lock, minimums: Minimum[]): string[] {
  const direct = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  const problems: string[] = [];
  for (const m of minimums) {
    if (!direct.has(m.package)) {
      problems.push(`${m.package}: listed in security/minimums.json (${m.advisory}) but not a direct dependency; remove the line or the package`);
      continue;
    }
    const resolved = lock.packages[`node_modules/${m.package}`]?.version;
    if (!resolved) problems.push(`${m.package}: not in package-lock.json; run npm install`);
    else if (compareVersions(resolved, m.minimum) < 0) problems.push(`${m.package}@${resolved} is below ${m.minimum}, which fixes ${m.advisory}: ${m.why}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
  const { minimums } = read<{ minimums: Minimum[] }>('security/minimums.json');
  const problems = belowMinimum(read<Manifest>('package.json'), read<Lock>('package-lock.json'), minimums);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log(`ok: ${minimums.length} recorded minimums met (${[...new Set(minimums.map((m) => m.package))].join(', ')})`);
}
