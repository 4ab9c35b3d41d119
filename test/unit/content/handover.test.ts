import { describe, expect, it } from 'vitest';
import { nextHandover } from '../../../entrypoints/content/scanner';

describe('how much text is handed to the checker at once', () => {
  it('grows while the checker is fast, towards what fits in about 4 ms, and never past 4,000', () => {
    let size = 200;
    for (let i = 0; i < 20; i++) size = nextHandover(size, size, size / 1000); // 1 ms per 1,000 chars
    expect(size).toBe(4_000);
  });

  it('shrinks on text that costs ten times as much, but halfway at a time (one slow call is not a trend)', () => {
    const once = nextHandover(4_000, 4_000, 40); // 10 ms per 1,000 characters
    expect(once).toBeGreaterThan(400);
    expect(once).toBeLessThan(4_000);
    let size = 4_000;
    for (let i = 0; i < 20; i++) size = nextHandover(size, size, size / 100);
    expect(size).toBeGreaterThanOrEqual(395);
    expect(size).toBeLessThanOrEqual(410);
  });

  it('keeps at least 200 characters, and ignores hand-overs too small to measure', () => {
    expect(nextHandover(300, 1_000, 500)).toBe(200);
    expect(nextHandover(1_500, 40, 30)).toBe(1_500);
  });
});
