/**
 * Browser tests: Debian's Chromium driven by playwright-core against the
 * built site (dist/) served on loopback. `npm run test:e2e` builds first.
 */
import { defineConfig } from 'vitest/config';
import { withHansPlugin } from './src/integrations/zh-hans.ts';

export default defineConfig({
  // Test files import the site's modules, whose Simplified string tables are compiled by this plugin.
  plugins: [withHansPlugin()],
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file, two files at a time: one per core on the 2-core machines here (README).
    maxWorkers: 2,
  },
});
