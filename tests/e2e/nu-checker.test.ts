/**
 * The reference HTML checker: the W3C Nu checker (npm `vnu-jar`, run on the machine's Java 17) over every
 * built page. It finds what html-validate does not (invalid `datetime` values, skipped heading levels,
 * attribute values SVG does not define). Its own CSS parser lags the platform: the allow-list names what
 * it does not know yet, each with why it is fine.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Messages the checker gets wrong, matched exactly, with the reason. */
export const NU_ALLOW: { message: RegExp; why: string }[] = [
  {
    message: /^CSS: Unrecognized at-rule “@container”/,
    why: 'Container queries (CSS Containment 3) are Baseline since 2023; the checker’s CSS parser predates them.',
  },
  {
    message: /^CSS: “container-type”: Property “container-type” doesn't exist\./,
    why: 'The property that makes an element a query container; same gap in the checker’s CSS parser.',
  },
];

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker (one JVM for all the files given: a JVM per page would cost seconds each). */
function vnu(args: string[], input?: string): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // The JSON report goes to stderr; the exit status is 1 when it lists an error.
  if (!run.stderr.trim().startsWith('{')) throw new Error(`vnu.jar failed (status ${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}

const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error';

describe('the Nu HTML checker', () => {
  it('finds no error on any built page outside the allow-list', () => {
    const errors = vnu(['--skip-non-html', 'dist'])
      .filter(isError)
      .filter((m) => !NU_ALLOW.some((a) => a.message.test(m.message)))
      .map((m) => `${(m.url ?? '').replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });

  it('is really checking: it reports the kind of error it found here before', () => {
    const page = '<!doctype html><html lang="en"><head><title>x</title></head><body><time datetime="2025-Q4">Q4 2025</time></body></html>';
    expect(vnu(['-'], page).filter(isError).map((m) => m.message)).toEqual([expect.stringContaining('datetime')]);
  });
});
