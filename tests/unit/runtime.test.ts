/** The project runs on the Node it brings (package.json devDependencies.node), not the machine's. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('runtime', () => {
  it('is the Node version pinned in package.json (npm puts node_modules/.bin first on PATH)', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.node as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(process.versions.node).toBe(pinned);
  });
  it('meets engines.node and .nvmrc', () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    const min = /^>=(\d+)\.(\d+)$/.exec(engines);
    expect(min).not.toBeNull();
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > Number(min![1]) || (major === Number(min![1]) && minor >= Number(min![2]))).toBe(true);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(major));
  });
});
