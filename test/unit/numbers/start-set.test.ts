import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../lib/numbers';
import { CLS, NORM, START_SOURCE } from '../../../lib/numbers/chars';

describe('the scanner start set', () => {
  it('holds exactly the code units whose class (after width folding) is not 0', () => {
    const re = new RegExp(`^${START_SOURCE}$`);
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const expected = CLS[c >= 0xa0 ? (NORM[c] as number) : c] !== 0;
      if (re.test(String.fromCharCode(c)) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('finds quantities after long runs with nothing that can start one', () => {
    const filler = 'ああ、いいえ。'.repeat(500);
    const qs = findQuantities(`${filler}１兆円${filler}8割${filler}`);
    expect(qs.map((q) => [q.text, q.value])).toEqual([
      ['１兆円', 1e12],
      ['8割', 0.8],
    ]);
  });
});
