import { describe, expect, it } from 'vitest';
import { nextHandover } from '../../../entrypoints/content/scanner';

describe('how much text is handed to the checker at once', () => {
  it('grows while the checker is fast, towards what fits in about 4 ms, and never past 4,000', () => {
    let size = 200;
    for (let i = 0; i < 20; i++) size = nextHandover(size, size, size / 1000); // 1 ms per 1,000 chars
    expect(size).toBe(4_000);
  });

  it('shrinks at once on text that costs ten times as much, and grows back a quarter at a time', () => {
    const once = nextHandover(4_000, 4_000, 40); // 10 ms per 1,000 characters
    expect(once).toBe(400);
    // the text is cheap again: back towards 4,000, by at most a quarter per hand-over
    const sizes = [once];
    for (let i = 0; i < 20; i++)
      sizes.push(nextHandover(sizes.at(-1) as number, sizes.at(-1) as number, 0.1));
    for (let i = 1; i < sizes.length; i++)
      expect(sizes[i]).toBeLessThanOrEqual(Math.round((sizes[i - 1] as number) * 1.25));
    expect(sizes.at(-1)).toBe(4_000);
  });

  it('keeps at least 200 characters, and ignores hand-overs too small to measure', () => {
    expect(nextHandover(300, 1_000, 500)).toBe(200);
    expect(nextHandover(1_500, 40, 30)).toBe(1_500);
  });
});
