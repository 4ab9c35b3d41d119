import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3, from `npm run build:test`) into
// Debian's Chromium. One worker: every test starts its own persistent browser context.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
