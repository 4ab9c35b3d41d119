import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText } from '../../../lib/check';
import { factBoxHeadings, isItem } from '../../../lib/check/fact-box';

// Fact boxes as explainers and law-firm notes write them (written for these tests).

const claims = (text: string) => analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId]);

describe('a fact box under a heading that names the plan', () => {
  it('checks each item as if it named the plan: a wrong decision date is 不一致', () => {
    const box =
      'AI基本計画のポイント\n・閣議決定：2025年12月26日\n・基本的な方針：4つ\n・政府職員の源内利用：10万人規模';
    expect(claims(box)).toEqual([
      ['2025年12月26日', 'mismatch', 'decision-date'],
      ['4つ', 'match', 'policies-count'],
      ['10万人規模', 'match', 'gennai-users'],
    ]);
    expect(claims('AI基本計画の概要:\n- 閣議決定:2025年12月23日')).toEqual([
      ['2025年12月23日', 'match', 'decision-date'],
    ]);
    expect(claims("Key facts: Japan's AI Basic Plan\n- Adopted by the Cabinet: December 26, 2025")).toEqual([
      ['December 26, 2025', 'mismatch', 'decision-date'],
    ]);
  });

  it('a timeline under the plan’s name: each event is its own, and unknown ones stay silent', () => {
    const timeline = [
      'AI基本計画をめぐる経緯',
      '・2024年12月26日　AI制度研究会が中間とりまとめを公表',
      '・2025年5月28日　AI推進法が成立',
      '・2025年12月19日　戦略本部が計画案を了承',
      '・2025年12月23日　閣議決定',
    ].join('\n');
    expect(claims(timeline)).toEqual([
      ['2025年5月28日', 'match', 'ai-act-enacted'],
      ['2025年12月19日', 'match', 'approval-date'],
      ['2025年12月23日', 'match', 'decision-date'],
    ]);
  });

  it('without the box the same item says nothing: a date is compared where the plan is named', () => {
    expect(claims('AI基本計画について。\n閣議決定は2025年12月26日だった。')).toEqual([]);
  });

  it('a photo caption, a source, the page’s own dates are not facts of the box', () => {
    expect(claims('AI基本計画を閣議決定\n写真：閣議に臨む首相（12月26日）')).toEqual([]);
    expect(claims('AI基本計画を閣議決定\n2025年12月26日 10:00 配信\n更新：2025年12月26日')).toEqual([]);
  });

  it('a heading of related articles or a ranking makes no box: its items are other stories', () => {
    expect(claims('AI基本計画の関連記事\n・政府、12月26日に閣議決定へ')).toEqual([]);
    expect(claims('Related: Japan AI Basic Plan\n- Cabinet to adopt plan on Dec. 26')).toEqual([]);
  });

  it('a box ends at the first block that is no item', () => {
    const text =
      'AI基本計画のポイント\n・基本的な方針：4つ\n別の話題として、政府は2025年12月26日に閣議決定した予算案を公表した。';
    expect(claims(text)).toEqual([['4つ', 'match', 'policies-count']]);
  });
});

describe('the content script’s batches', () => {
  it('an item checked in a later batch than its heading takes the heading the page gives', () => {
    const { results } = analyzeBlocks(['閣議決定：2025年12月26日'], {
      aboutPlan: true,
      listItems: [true],
      headings: ['AI基本計画のポイント'],
    });
    expect(results[0]?.claims.map((c) => [c.text, c.verdict])).toEqual([['2025年12月26日', 'mismatch']]);
    // a heading that names nothing makes no box
    const plain = analyzeBlocks(['閣議決定：2025年12月26日'], {
      aboutPlan: true,
      listItems: [true],
      headings: ['今日のニュース'],
    });
    expect(plain.results[0]?.claims).toEqual([]);
  });

  it('a table cell is checked as its row reads, and keeps only its own claims', () => {
    // 「閣議決定」 | 「2025年12月26日」: the cell alone names nothing and has no cue word
    const cell = (rows?: { before: string; after: string }[]) =>
      analyzeBlocks(['2025年12月26日'], {
        aboutPlan: true,
        listItems: [true],
        headings: ['AI基本計画の概要'],
        ...(rows ? { rows } : {}),
      }).results[0]?.claims.map((c) => [c.text, c.verdict, c.start, c.end]);
    expect(cell()).toEqual([]);
    expect(cell([{ before: '閣議決定：', after: '' }])).toEqual([['2025年12月26日', 'mismatch', 0, 11]]);
    // a timeline: the date in the first cell, its event after it
    expect(cell([{ before: '', after: '：AI基本計画を閣議決定' }])).toEqual([
      ['2025年12月26日', 'mismatch', 0, 11],
    ]);
    // the row's other numbers are their cells' own: none of them is this cell's claim
    const label = analyzeBlocks(['閣議決定'], {
      aboutPlan: true,
      listItems: [true],
      headings: ['AI基本計画の概要'],
      rows: [{ before: '', after: '：2025年12月26日' }],
    });
    expect(label.results[0]?.claims).toEqual([]);
  });

  it('an English label may run long ("Adopted by the Cabinet: Dec. 26, 2025")', () => {
    expect(isItem('Adopted by the Cabinet: Dec. 26, 2025', false)).toBe(true);
    expect(
      analyzeText('The AI Basic Plan\nAdopted by the Cabinet: Dec. 26, 2025').claims.map((c) => [
        c.text,
        c.verdict,
      ]),
    ).toEqual([['Dec. 26, 2025', 'mismatch']]);
  });

  it('a list item needs no bullet of its own', () => {
    expect(isItem('閣議決定は12月23日', true)).toBe(true);
    expect(isItem('閣議決定は12月23日', false)).toBe(false);
    expect(
      factBoxHeadings(
        ['AI基本計画', '閣議決定は12月23日'],
        [{ mentions: [{ termId: 'plan' }] }, { mentions: [] }],
        [false, true],
      ),
    ).toEqual([null, 'AI基本計画']);
  });
});

describe('English fact boxes as the wires lay them out', () => {
  it('a longer English title heads its box, and a labelled count is counted by its label', () => {
    const text = [
      "FACTBOX: Japan's AI Basic Plan at a glance",
      '- Cabinet decision: Dec. 23, 2025',
      '- Basic policies: 4',
      "- PM's instructions: 7",
      '- AISI staff: about 30',
    ].join('\n');
    expect(analyzeText(text).claims.map((c) => [c.text, c.verdict, c.figureId])).toEqual([
      ['Dec. 23, 2025', 'match', 'decision-date'],
      ['4', 'match', 'policies-count'],
      ['7', 'match', 'instructions-count'],
      ['about 30', 'match', 'aisi-now'],
    ]);
  });
  it('a labelled number with no cue in its label counts nothing the plan has', () => {
    expect(analyzeText("Japan's AI Basic Plan at a glance\n- Pages: 4").claims).toEqual([]);
  });
});
