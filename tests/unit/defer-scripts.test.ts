import { describe, expect, it } from 'vitest';
import { DEFERRED_LOADER, deferModuleScripts, deferredModules, moduleScripts } from '../../src/lib/defer-scripts';
import { inlineScripts } from '../../src/lib/csp';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('deferModuleScripts', () => {
  it('moves every module script into one list, in order and once, with the loader at the end of the body', () => {
    const html = page(
      '<p>a</p><script type="module" src="/_astro/a.js"></script><p>b</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>',
    );
    const out = deferModuleScripts(html);
    expect(moduleScripts(out)).toEqual([]);
    expect(deferredModules(out)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(out).toContain('<p>a</p><p>b</p>');
    expect(out.endsWith(`<script>${DEFERRED_LOADER}</script></body></html>`)).toBe(true);
    // The loader is the only script a browser runs inline, the same on every page (one CSP hash).
    expect(inlineScripts(out)).toEqual([DEFERRED_LOADER]);
  });

  it('leaves pages without module scripts, and inline or classic scripts, alone', () => {
    const html = page('<script>var t=1</script><script type="module">import("/x.js")</script><script async src="/embed.js"></script>');
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('the loader imports the listed modules only once the document is parsed', () => {
    const listeners: Record<string, () => void> = {};
    const imported: string[] = [];
    const list = { textContent: JSON.stringify(['/_astro/a.js', '/_astro/b.js']) };
    // `import(u)` is syntax, not a function: give the loader's body a stand-in to call.
    const run = new Function('addEventListener', 'document', 'importModule', DEFERRED_LOADER.replace('import(u)', 'importModule(u)'));
    run(
      (type: string, fn: () => void) => (listeners[type] = fn),
      { getElementById: (id: string) => (id === 'deferred-modules' ? list : null) },
      (u: string) => imported.push(u),
    );
    expect(imported).toEqual([]);
    listeners.DOMContentLoaded!();
    expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});
