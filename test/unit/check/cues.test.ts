import { describe, expect, it } from 'vitest';
import { CueIndex } from '../../../lib/check/cues';

function indexOf(...cues: string[]): CueIndex {
  const idx = new CueIndex();
  for (const c of cues) idx.add(c);
  return idx;
}

/** The hits as [cue, start, end] triples, for readable expectations. */
function hits(idx: CueIndex, text: string, from?: number, to?: number): Array<[string, number, number]> {
  return idx.scan(text, from, to).map((h) => [idx.cues[h.cue] as string, h.start, h.end]);
}

describe('CueIndex', () => {
  it('finds a cue of one character (柱 of 7本柱)', () => {
    const idx = indexOf('柱', '基本計画');
    expect(hits(idx, '7本柱の計画')).toEqual([['柱', 2, 3]]);
    expect(idx.has('7本柱')).toBe(true);
  });

  it('finds a cue that ends exactly at the end of the range, and none that crosses it', () => {
    const idx = indexOf('閣議決定');
    expect(hits(idx, '計画を閣議決定')).toEqual([['閣議決定', 3, 7]]);
    expect(hits(idx, '計画を閣議決定した', 0, 6)).toEqual([]);
    expect(hits(idx, 'ーー閣議決定。', 2, 5)).toEqual([]);
    expect(hits(idx, 'ーー閣議決定。', 2, 6)).toEqual([['閣議決定', 2, 6]]);
  });

  it('folds width and case: ＡＩＳＩ, aisi and AISI are the same cue', () => {
    const idx = indexOf('AISI');
    expect(hits(idx, 'ＡＩＳＩの人員')).toEqual([['aisi', 0, 4]]);
    expect(hits(idx, 'the aisi staff')).toEqual([['aisi', 4, 8]]);
  });

  it('finds overlapping cues (利用率 inside 生成AI利用率)', () => {
    const idx = indexOf('利用率', '生成AI利用率');
    expect(hits(idx, '生成AI利用率は5割')).toEqual([
      ['生成ai利用率', 0, 7],
      ['利用率', 4, 7],
    ]);
  });

  it('keeps Latin cues on word boundaries, with English endings allowed', () => {
    const idx = indexOf('AI', 'invest');
    expect(hits(idx, 'SAIL and RAID')).toEqual([]);
    expect(hits(idx, 'AI investment')).toEqual([
      ['ai', 0, 2],
      ['invest', 3, 9],
    ]);
    // at the start of a range the character before it is not looked at
    expect(hits(idx, 'xAI', 1)).toEqual([['ai', 1, 3]]);
  });

  it('finds a cue added after an earlier scan', () => {
    const idx = indexOf('閣議決定');
    expect(hits(idx, 'ＧＰＵと閣議決定')).toEqual([['閣議決定', 4, 8]]);
    idx.add('gpu');
    expect(hits(idx, 'ＧＰＵと閣議決定')).toEqual([
      ['gpu', 0, 3],
      ['閣議決定', 4, 8],
    ]);
    expect(hits(idx, 'Gpu')).toEqual([['gpu', 0, 3]]);
  });

  it('finds cues after long runs of text where none can start', () => {
    const idx = indexOf('利用率');
    const filler = 'ああ、いいえ。'.repeat(300);
    expect(hits(idx, `${filler}利用率${filler}利用率`)).toEqual([
      ['利用率', 2100, 2103],
      ['利用率', 4203, 4206],
    ]);
  });

  it('has() agrees with scan() on text with and without cues', () => {
    const idx = indexOf('柱', 'AI基本計画', 'GPU');
    for (const text of ['', '柱', 'AI基本計画の', '計画', 'GPUs', 'GPUx', 'ＧＰＵ']) {
      expect(idx.has(text)).toBe(idx.scan(text).length > 0);
    }
  });
});
