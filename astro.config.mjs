// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { validateDataIntegration } from './src/integrations/validate-data.ts';
import { postbuildIntegration } from './src/integrations/postbuild.ts';
import { sharedHeadingIds } from './src/integrations/shared-heading-ids.ts';

export default defineConfig({
  site: 'https://chips.example.org',
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
  build: { inlineStylesheets: 'never' },
  // Scripts and assets stay in files: a strict Content-Security-Policy allows no inline code but the hashed theme snippet.
  vite: { build: { assetsInlineLimit: 0 } },
});
