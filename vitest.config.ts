import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. happy-dom stands in for the page where a test needs a DOM;
// WxtVitest wires WXT's aliases and a fake `browser` for entrypoint code.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
