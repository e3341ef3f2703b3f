// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { validateDataIntegration } from './src/integrations/validate-data.ts';
import { postbuildIntegration } from './src/integrations/postbuild.ts';
import { sharedHeadingIds } from './src/integrations/shared-heading-ids.ts';

// The public address (canonical, Open Graph and oEmbed URLs, sitemap) comes from the environment, so a
// newsroom deploys without editing code: PUBLIC_SITE_URL=https://chips.newsroom.example npm run build.
// The placeholder is only the default.
const SITE_PLACEHOLDER = 'https://chips.example.org';

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL || SITE_PLACEHOLDER,
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: ['en', 'zh-hant'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Under Vitest the same check runs as a test (tests/unit/dataset.test.ts), which reports it better.
  integrations: [validateDataIntegration({ skip: Boolean(process.env.VITEST) }), svelte(), mdx(), postbuildIntegration()],
  markdown: { rehypePlugins: [sharedHeadingIds] },
  // Each page carries its own CSS: on a slow connection a render-blocking stylesheet request costs more
  // round trips than its bytes do inside the (gzipped) HTML (see `npm run bench`).
  build: { inlineStylesheets: 'always' },
  // Scripts and assets stay in files: a strict Content-Security-Policy allows no inline code but hashed
  // snippets (the theme snippet, Astro's island loader and the deferred-script loader of src/lib/defer-scripts.ts).
  vite: { build: { assetsInlineLimit: 0 } },
});
