import { defineConfig } from '@playwright/test';

// `npx playwright test -c test/screenshots` redraws the README's screenshots from the test build
// (`npm run build:test`). Not part of `npm test`: the pictures are looked at, not asserted.
export default defineConfig({
  testDir: '.',
  testMatch: 'take.spec.ts',
  timeout: 240_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/screenshots',
});
