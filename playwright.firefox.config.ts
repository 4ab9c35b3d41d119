import { defineConfig } from '@playwright/test';

// End-to-end tests in real Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi, with the Firefox test build (.output/test/firefox-mv3, `npm run build:test:firefox`)
// installed as a temporary add-on. Playwright is only the test runner here.
export default defineConfig({
  testDir: 'test/e2e-firefox',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
});
