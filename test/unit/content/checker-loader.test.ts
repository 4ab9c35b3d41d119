import { describe, expect, it } from 'vitest';
import { LazyChecker } from '../../../entrypoints/content/checker-loader';
import { type CheckerModule, createPageChecker } from '../../../lib/check/page-checker';
import { pageDetector } from '../../../lib/check/page-detector';

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));
const SENTENCE = 'AI基本計画によると、源内は2026年5月から20万人以上の政府職員が使う。';

describe('LazyChecker: the checker the content script loads on first need', () => {
  it('loads nothing until asked, then loads and compiles once for every caller', async () => {
    let loads = 0;
    let compiles = 0;
    const lazy = new LazyChecker(
      async () => {
        loads++;
        return {
          createPageChecker: (detector) => {
            compiles++;
            return createPageChecker(detector);
          },
        } satisfies CheckerModule;
      },
      pageDetector,
      nextTask,
    );
    expect([lazy.requested, lazy.current, loads]).toEqual([false, null, 0]);
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect(await lazy.get()).toBe(a);
    expect(b).toBe(a);
    expect([loads, compiles, lazy.current === a]).toEqual([1, 1, true]);
    expect(a?.analyzeText(SENTENCE).claims.map((c) => [c.text, c.verdict])).toEqual([
      ['2026年5月', 'match'],
      ['20万人以上', 'mismatch'],
    ]);
  });

  it('fails safe: a checker that cannot load gives null (mentions, no verdicts), never throws', async () => {
    const missing = new LazyChecker(
      () => Promise.reject(new TypeError('Failed to fetch')),
      pageDetector,
      nextTask,
    );
    expect(await missing.get()).toBeNull();
    expect(missing.current).toBeNull();
    const broken = new LazyChecker(async () => ({}) as unknown as CheckerModule, pageDetector, nextTask);
    expect(await broken.get()).toBeNull();
  });
});
