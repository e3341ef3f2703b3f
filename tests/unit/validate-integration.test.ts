/** The build hook: a broken dataset stops `astro build` with the file, id and field in the log. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateDataIntegration } from '../../src/integrations/validate-data';

const FIXTURE = fileURLToPath(new URL('../fixtures/data/valid/', import.meta.url));

function runHook(dataDir: string) {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(`info ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  const hook = validateDataIntegration({ dataDir }).hooks['astro:config:setup'] as (o: unknown) => void;
  let thrown: unknown;
  try {
    hook({ logger });
  } catch (err) {
    thrown = err;
  }
  return { logged, thrown };
}

describe('validate-data integration', () => {
  it('passes a valid dataset and says so', () => {
    const { logged, thrown } = runHook(FIXTURE);
    expect(thrown).toBeUndefined();
    expect(logged.join('\n')).toMatch(/dataset ok: 2 events/);
  });

  it('throws on a dangling source id and logs file, id and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chips-hook-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    events[1].sources = ['ghost'];
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    const { logged, thrown } = runHook(dir);
    expect(thrown).toBeInstanceOf(Error);
    expect(logged.join('\n')).toContain('content/data/events.json: record "2023-fixture-milestone", field "sources[0]": unknown source id "ghost"');
  });
});
