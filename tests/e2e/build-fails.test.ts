/**
 * The real `astro build` stops on bad data and names the file, record and
 * field: run against a copy of the project whose events.json has a broken
 * record. (The validator's every message is unit-tested in tests/unit/.)
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

function brokenCopy(mutate: (events: any[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'chips-build-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const file = join(dir, 'content/data/events.json');
  const events = JSON.parse(readFileSync(file, 'utf8'));
  mutate(events);
  writeFileSync(file, JSON.stringify(events, null, 2));
  return dir;
}

describe('astro build with broken data', () => {
  it('fails and names the file, the record and the field', () => {
    const dir = brokenCopy((events) => {
      events[0].sources = ['no-such-source'];
      delete events[1].title['zh-hant'];
    });
    const first = JSON.parse(readFileSync('content/data/events.json', 'utf8'))[0].id;
    const second = JSON.parse(readFileSync('content/data/events.json', 'utf8'))[1].id;
    // A plain build, as `npm run build` runs it: without Vitest's variables, which switch the check off.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    // Astro's command-line entry as its package declares it (it moved between majors).
    const astroBin = resolve('node_modules/astro', JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).bin.astro);
    const run = spawnSync(process.execPath, [astroBin, 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain(`content/data/events.json: record "${first}", field "sources[0]": unknown source id "no-such-source"`);
    expect(output).toContain(`content/data/events.json: record "${second}", field "title.zh-hant": is required but missing`);
  });
});
