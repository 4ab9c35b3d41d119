import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it): without this
// a failing test crashes the reporter and hides the real error. The config runs in the main process.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// Unit and component tests, in Node. A file that needs a DOM says so in its first line
// (`// @vitest-environment happy-dom`): making happy-dom's window for every file was half of the
// run's time. WxtVitest wires WXT's aliases and a fake `browser` for entrypoint code.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
