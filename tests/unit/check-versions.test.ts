/** The advisory-minimum check that stands in for `npm audit` (scripts/check-versions.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { belowMinimum, compareVersions, type Minimum } from '../../scripts/check-versions';

const MIN: Minimum = { package: 'astro', minimum: '7.2.8', advisory: 'GHSA-26w7-cxv4-gfx2', why: 'AVIF.' };
const manifest = { dependencies: { astro: '^7.0.0' } };
const lockAt = (version: string) => ({ packages: { 'node_modules/astro': { version } } });

describe('compareVersions', () => {
  it('orders by major, minor and patch numerically, a pre-release before its release', () => {
    expect(compareVersions('7.2.8', '7.2.8')).toBe(0);
    expect(compareVersions('7.10.0', '7.9.9')).toBe(1);
    expect(compareVersions('6.99.99', '7.0.0')).toBe(-1);
    expect(compareVersions('7.2.8-beta.1', '7.2.8')).toBe(-1);
  });
  it('refuses what is not a version', () => {
    expect(() => compareVersions('latest', '1.0.0')).toThrow(/not a version/);
  });
});

describe('belowMinimum', () => {
  it('passes a dependency at or above its minimum', () => {
    expect(belowMinimum(manifest, lockAt('7.2.8'), [MIN])).toEqual([]);
    expect(belowMinimum(manifest, lockAt('7.4.8'), [MIN])).toEqual([]);
  });
  it('names the package, the version, the minimum and the advisory when below', () => {
    expect(belowMinimum(manifest, lockAt('5.18.2'), [MIN])).toEqual([
      'astro@5.18.2 is below 7.2.8, which fixes GHSA-26w7-cxv4-gfx2: AVIF.',
    ]);
  });
  it('flags a recorded package that is not a direct dependency, or missing from the lock', () => {
    expect(belowMinimum({ dependencies: {} }, lockAt('7.4.8'), [MIN])[0]).toMatch(/not a direct dependency/);
    expect(belowMinimum(manifest, { packages: {} }, [MIN])[0]).toMatch(/not in package-lock\.json/);
  });
  it('holds for this project: every recorded minimum is met by package-lock.json', () => {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
    const { minimums } = read('security/minimums.json') as { minimums: Minimum[] };
    expect(minimums.length).toBeGreaterThanOrEqual(3);
    expect(belowMinimum(read('package.json'), read('package-lock.json'), minimums)).toEqual([]);
  });
});
