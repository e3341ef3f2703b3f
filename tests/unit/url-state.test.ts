/**
 * Shareable state: garbage in the query never throws, never escapes a range
 * and is never written back unescaped; links round-trip in a stable order;
 * old versions migrate.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  URL_VERSION,
  isOlderLink,
  clampToInput,
  defaultSettings,
  formatValue,
  hasSettings,
  isDefault,
  mergeIntoQuery,
  migrate,
  parseSettings,
  sanitizeSettings,
  serializeSettings,
  type Settings,
} from '../../src/lib/url-state';
import type { ScenarioInput } from '../../src/lib/models/scenario-schema';
import { scenario, settingsArb } from './models/helpers';

const servicing = scenario('servicing').inputs;
const mp = scenario('multipatterning').inputs;
const gap = scenario('gap').inputs;
const DEF = defaultSettings(servicing);

function inRange(inputs: readonly ScenarioInput[], s: Settings) {
  for (const input of inputs) {
    const v = s[input.key];
    if (input.kind === 'range') {
      expect(typeof v).toBe('number');
      expect(Number.isFinite(v)).toBe(true);
      expect(v as number).toBeGreaterThanOrEqual(input.min);
      expect(v as number).toBeLessThanOrEqual(input.max);
    } else {
      expect(input.options.map((o) => o.value)).toContain(v);
    }
  }
  expect(Object.keys(s).sort()).toEqual(inputs.map((i) => i.key).sort());
}

describe('parseSettings: garbage', () => {
  it('?cut=NaN&cut=1e999&x=<script>: no throw, cut falls back to its default, x is dropped', () => {
    const s = parseSettings(servicing, '?cut=NaN&cut=1e999&x=<script>');
    expect(s).toEqual(DEF);
    expect(s).not.toHaveProperty('x');
  });

  it.each([
    ['NaN'], ['nan'], ['Infinity'], ['-Infinity'], ['1e999'], ['1e2'], ['0x1f'], ['0b1'], [''], [' '], ['<script>alert(1)</script>'],
    ['%3Cscript%3E'], ['"30"'], ['30%'], ['30px'], ['3,0'], ['٣٠'], ['３０'], ['--30'], ['30.5.1'], ['.'], ['+'], ['9'.repeat(400)],
    ['null'], ['undefined'], ['[30]'], ['{"cut":30}'], ['30\u0000'], ['\u202e30'],
  ])('cut=%j falls back to the default', (raw) => {
    const s = parseSettings(servicing, new URLSearchParams([['cut', raw]]));
    expect(s.cut).toBe(DEF.cut);
  });

  it('clamps to the range and snaps to the step', () => {
    expect(parseSettings(servicing, 'cut=150').cut).toBe(100);
    expect(parseSettings(servicing, 'cut=-5').cut).toBe(0);
    expect(parseSettings(servicing, 'cut=52').cut).toBe(50);
    expect(parseSettings(servicing, 'cut=53').cut).toBe(55);
    expect(parseSettings(servicing, 'cut=+30').cut).toBe(30);
    expect(parseSettings(servicing, 'cut=%2030%20').cut).toBe(30);
    expect(parseSettings(servicing, 'start=1999').start).toBe(2025);
    expect(parseSettings(servicing, 'start=2024.6').start).toBe(2025);
    expect(parseSettings(mp, 'scrap=0.126').scrap).toBe(0.15);
    expect(parseSettings(mp, 'step=.33').step).toBe(0.35);
    expect(parseSettings(gap, 'duv=2.26').duv).toBe(2.3);
    expect(parseSettings(gap, 'ceil=4.26').ceil).toBe(4.5);
  });

  it('takes the first valid value of a repeated key', () => {
    expect(parseSettings(servicing, 'cut=abc&cut=30&cut=40').cut).toBe(30);
    expect(parseSettings(servicing, 'cut=20&cut=abc').cut).toBe(20);
    expect(parseSettings(gap, 'lift=NEVER&lift=x&lift=2029&lift=2031').lift).toBe('2029');
  });

  it('accepts a choice only as one of its exact option values', () => {
    expect(parseSettings(gap, 'lift=2027').lift).toBe('2027');
    expect(parseSettings(gap, 'lift=OFF&v=2').lift).toBe('off');
    expect(parseSettings(gap, 'lift=<script>').lift).toBe('off');
    expect(parseSettings(mp, 'node=5').node).toBe('5');
    expect(parseSettings(mp, 'node=3').node).toBe('7');
    expect(parseSettings(mp, 'node=5.0').node).toBe('7');
  });

  it('ignores other tools’ keys and unknown keys; null, empty and malformed queries give the defaults', () => {
    expect(parseSettings(servicing, 'duv=6&node=5&foo=bar')).toEqual(DEF);
    expect(parseSettings(servicing, null)).toEqual(DEF);
    expect(parseSettings(servicing, undefined)).toEqual(DEF);
    expect(parseSettings(servicing, '')).toEqual(DEF);
    expect(parseSettings(servicing, '?&&==&cut&=30')).toEqual(DEF);
    expect(parseSettings(servicing, '%E0%A4%A')).toEqual(DEF);
  });

  it('property: any query string parses without throwing into complete, in-range settings', () => {
    const keyArb = fc.oneof(fc.constantFrom('v', 'cut', 'start', 'decay', 'repair', 'node', 'scheme', 'layers', 'yield', 'duv', 'ceil', 'lift', 'grace', 'scrap'), fc.string());
    const valArb = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constantFrom('NaN', '1e999', '<script>', '-0', '5', 'lele'));
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valArb), { maxLength: 12 }), fc.string(), (pairs, junk) => {
        for (const inputs of [servicing, mp, gap]) {
          inRange(inputs, parseSettings(inputs, new URLSearchParams(pairs)));
          inRange(inputs, parseSettings(inputs, junk));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('serialize and merge', () => {
  it('writes the version first, then the inputs in the scenario’s order', () => {
    expect(serializeSettings(servicing, DEF).toString()).toBe('v=2&cut=5&start=2025&grace=0&decay=15&repair=10');
    const m = serializeSettings(mp, defaultSettings(mp)).toString();
    expect(m).toBe('v=2&node=7&duvp=56&duvt=275&euvp=105&euvt=170&euva=80&step=0.3&mask=0.2&scrap=0.1&shared=3');
  });

  it('writes numbers at their step’s precision, without float dust', () => {
    const input = mp.find((i) => i.key === 'step')!;
    expect(formatValue(0.1 + 0.2, input)).toBe('0.3');
    expect(formatValue(Number.NaN, input)).toBe('0.3');
  });

  it('property: parse(serialize(s)) gives s back, and serializing twice gives the same text', () => {
    for (const [id, inputs] of [['servicing', servicing], ['multipatterning', mp], ['gap', gap]] as const) {
      fc.assert(
        fc.property(settingsArb<Settings>(id), (raw) => {
          const s = sanitizeSettings(inputs, raw);
          const text = serializeSettings(inputs, s).toString();
          expect(parseSettings(inputs, text)).toEqual(s);
          expect(serializeSettings(inputs, parseSettings(inputs, text)).toString()).toBe(text);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('merges into the page query: keeps other tools and foreign parameters, canonical order whoever writes', () => {
    const afterGap = mergeIntoQuery(gap, { ...defaultSettings(gap), duv: 6 }, '?childId=chart-1&utm_source=x');
    expect(afterGap).toBe('?v=2&duv=6&euv=2.5&ceil=4&lift=off&slip=0&childId=chart-1&utm_source=x');
    const afterServicing = mergeIntoQuery(servicing, { ...DEF, cut: 80 }, afterGap);
    expect(afterServicing).toBe('?v=2&cut=80&start=2025&grace=0&decay=15&repair=10&duv=6&euv=2.5&ceil=4&lift=off&slip=0&childId=chart-1&utm_source=x');
    // writing the same settings again changes nothing
    expect(mergeIntoQuery(servicing, { ...DEF, cut: 80 }, afterServicing)).toBe(afterServicing);
  });

  it('removes a tool’s keys on reset, and the version with the last of them', () => {
    const q = mergeIntoQuery(servicing, { ...DEF, cut: 80 }, '?childId=a');
    expect(mergeIntoQuery(servicing, null, q)).toBe('?childId=a');
    expect(mergeIntoQuery(servicing, null, '')).toBe('');
  });

  it('never writes garbage back unescaped', () => {
    const q = mergeIntoQuery(servicing, { ...DEF, cut: '<script>' as unknown as number }, '?cut=<script>&x=<img src=x onerror=alert(1)>&"quote"=1');
    expect(q).not.toMatch(/[<>"]/);
    expect(q).toContain('cut=5&');
    expect(new URLSearchParams(q).get('x')).toBe('<img src=x onerror=alert(1)>');
  });

  it('hasSettings tells whether the query sets any of this tool’s inputs readably', () => {
    expect(hasSettings(servicing, '?cut=30')).toBe(true);
    expect(hasSettings(servicing, '?cut=NaN&x=1')).toBe(false);
    expect(hasSettings(servicing, '?duv=4')).toBe(false);
  });

  it('isDefault', () => {
    expect(isDefault(servicing, DEF)).toBe(true);
    expect(isDefault(servicing, { ...DEF, cut: 55 })).toBe(false);
  });
});

describe('sanitizeSettings (the islands’ `initial` prop)', () => {
  it('clamps numbers, parses numeric strings, drops the rest', () => {
    expect(sanitizeSettings(servicing, { cut: 1000, decay: '7', repair: Number.NaN, start: '<script>', extra: 1 })).toEqual({
      cut: 100,
      start: 2025,
      grace: 0,
      decay: 7,
      repair: 10,
    });
    expect(sanitizeSettings(servicing, null)).toEqual(DEF);
    expect(sanitizeSettings(servicing, 'cut=30')).toEqual(DEF);
    expect(sanitizeSettings(gap, { lift: '2027' })).toMatchObject({ lift: '2027' });
    expect(sanitizeSettings(mp, { scheme: 'lele', node: 5 })).toEqual(defaultSettings(mp));
  });

  it('clampToInput keeps values on the grid', () => {
    expect(clampToInput(0.30000000000000004, { min: 0, max: 1, step: 0.05 })).toBe(0.3);
    expect(clampToInput(Number.MAX_VALUE, { min: 0, max: 1, step: 0.05 })).toBe(1);
  });
});

describe('versions and migrations', () => {
  it('reads links without a version, with v=1 or 2, or with an unknown version; servicing keys mean the same in both', () => {
    expect(URL_VERSION).toBe(2);
    for (const q of ['cut=30', 'v=1&cut=30', 'v=2&cut=30', 'v=99&cut=30', 'v=abc&cut=30', 'v=-1&cut=30', 'v=1&v=2&cut=30']) {
      expect(parseSettings(servicing, q).cut).toBe(30);
    }
  });

  it('runs migrations from the link’s version up to the current one', () => {
    const options = {
      version: 3,
      migrations: {
        1: (p: URLSearchParams) => {
          const out = new URLSearchParams(p);
          const old = out.get('share');
          out.delete('share');
          if (old !== null) out.set('cut', old);
          return out;
        },
        2: (p: URLSearchParams) => {
          const out = new URLSearchParams(p);
          const pct = out.get('cut');
          if (pct !== null && /^\d+(\.\d+)?$/.test(pct) && Number(pct) <= 1) out.set('cut', String(Number(pct) * 100));
          return out;
        },
      },
    };
    // v1 called it "share" and wrote a fraction; v2 renamed it "cut"; v3 writes percent
    expect(parseSettings(servicing, 'v=1&share=0.3', options).cut).toBe(30);
    expect(parseSettings(servicing, 'v=2&cut=0.3', options).cut).toBe(30);
    expect(parseSettings(servicing, 'v=3&cut=0.3', options).cut).toBe(0);
    expect(migrate(new URLSearchParams('v=1&share=0.3'), options).get('v')).toBe('3');
  });

  it('v=1 links open the nearest v=2 setting: the old multi-patterning keys go, the gap pace becomes a half-life', () => {
    // Version 1: LELE on 12 layers at 97 % yield, 7 nm; a DUV pace of 4 years a generation up to a 5 nm ceiling.
    const old = 'v=1&node=5&scheme=lele&layers=12&yield=97&duvp=60&euvp=170&step=0.8&duv=4&ceil=4';
    const m = migrate(new URLSearchParams(old));
    expect(m.get('v')).toBe('2');
    for (const k of ['scheme', 'layers', 'yield']) expect(m.has(k)).toBe(false);
    expect(parseSettings(mp, old)).toMatchObject({ node: '5', duvp: 60, euvp: 170, step: 0.5 }); // step clamped to today's range
    expect(parseSettings(gap, old).duv).toBe(2); // 4 × (4 − 3) ÷ 2
    expect(parseSettings(gap, 'v=1&duv=4&ceil=6').duv).toBe(6); // 4 × 3 ÷ 2, at the slider's end
    expect(parseSettings(gap, 'v=1&duv=4&ceil=3').duv).toBe(1); // ceiling raised to N+3: 4 × 0.5 ÷ 2
    expect(parseSettings(gap, 'v=1&ceil=3').ceil).toBe(3.5);
    // A current link is not migrated again.
    expect(parseSettings(gap, 'v=2&duv=4').duv).toBe(4);
  });

  it('says when a link is an older version’s link to this tool, including keys the tool no longer reads', () => {
    expect(isOlderLink(mp, 'multipatterning', '?v=1&scheme=lele')).toBe(true);
    expect(isOlderLink(gap, 'gap', '?v=1&duv=4')).toBe(true);
    expect(isOlderLink(gap, 'gap', '?v=1&cut=30')).toBe(false); // another tool's link
    expect(isOlderLink(gap, 'gap', '?v=2&duv=4')).toBe(false);
    expect(isOlderLink(gap, 'gap', '?duv=4')).toBe(false); // no version: read as current
  });

  it('a migration that throws leaves the link as it was, and parsing still succeeds', () => {
    const options = { version: 2, migrations: { 1: () => { throw new Error('boom'); } } };
    expect(parseSettings(servicing, 'v=1&cut=30', options).cut).toBe(30);
  });
});
