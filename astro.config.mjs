// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { validateDataIntegration } from './src/integrations/validate-data.ts';
import { postbuildIntegration } from './src/integrations/postbuild.ts';
import { sharedHeadingIds } from './src/integrations/shared-heading-ids.ts';
import { zhHansIntegration } from './src/integrations/zh-hans.ts';

// The public address (canonical, Open Graph and oEmbed URLs, sitemap) comes from the environment, so a
// newsroom deploys without editing code: PUBLIC_SITE_URL=https://chips.newsroom.example npm run build.
// The placeholder is only the default.
const SITE_PLACEHOLDER = 'https://chips.example.org';

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL || SITE_PLACEHOLDER,
  output: 'static',
  // Astro 7's default ('jsx') drops whitespace at line breaks between text and inline elements, so a word
  // and a link on the next source line would read as one word. `true` compresses without changing the text.
  compressHTML: true,
  trailingSlash: 'always',
  i18n: {
    locales: ['en', 'zh-hant', 'zh-hans'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Under Vitest the same check runs as a test (tests/unit/dataset.test.ts), which reports it better.
  integrations: [zhHansIntegration(), validateDataIntegration({ skip: Boolean(process.env.VITEST) }), svelte(), mdx(), postbuildIntegration()],
  // Sätteri is Astro's default Markdown processor; MDX inherits it and so the shared heading ids.
  markdown: { processor: satteri({ hastPlugins: [sharedHeadingIds] }) },
  // Each page carries its own CSS: on a slow connection a render-blocking stylesheet request costs more
  // round trips than its bytes do inside the (gzipped) HTML (see `npm run bench`).
  build: { inlineStylesheets: 'always' },
  // Scripts and assets stay in files: a strict Content-Security-Policy allows no inline code but hashed
  // snippets (the theme snippet, Astro's island loader and the deferred-script loader of src/lib/defer-scripts.ts).
  vite: { build: { assetsInlineLimit: 0 } },
});
