// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../../components/popup/bridge';
import type { FindingsReply } from '../../../lib/messages';
import { $, $$, click, fakeBridge, openTab, renderPopup } from './helpers';

const reply: FindingsReply = {
  url: 'https://www.nikkei.com/article/1',
  from: 0,
  version: 1,
  total: 40,
  capped: true,
  highlightsSupported: true,
  findings: [
    {
      index: 0,
      kind: 'mention',
      text: 'AI基本計画',
      termId: 'plan',
      figureId: null,
      verdict: null,
      official: null,
      context: '政府はAI基本計画を閣議決定した。',
    },
    {
      index: 1,
      kind: 'claim',
      text: '2兆円',
      termId: null,
      figureId: 'investment',
      verdict: 'mismatch',
      official: '当面1兆円超',
      context: 'AI関連に2兆円を投資する。',
    },
  ],
};

const ready: PageState = {
  kind: 'ready',
  url: reply.url,
  origin: 'https://www.nikkei.com',
  enabled: true,
  reply,
};

const wait = (ms: number) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

describe('popup: this page', () => {
  it('asks a page still being read again, and shows its list when it comes; a read page is asked once', async () => {
    const empty: PageState = { ...ready, reply: { ...reply, findings: [], total: 0, capped: false } };
    const bridge = fakeBridge(empty);
    await renderPopup({ bridge });
    await openTab('このページ');
    expect($$('.pl-finding')).toHaveLength(0);
    bridge.loadPage.mockResolvedValue(ready);
    await wait(1_100);
    expect($$('.pl-finding')).toHaveLength(2);
    const calls = bridge.loadPage.mock.calls.length;
    await wait(1_100);
    expect(bridge.loadPage.mock.calls.length).toBe(calls);
  });

  it('lists problems first, with verdicts, and says when marks were capped', async () => {
    const bridge = fakeBridge(ready);
    await renderPopup({ bridge });
    await openTab('このページ');
    const rows = $$('.pl-finding');
    // The mismatch comes before the mention that precedes it on the page.
    expect(rows.map((r) => $('.pl-finding__text', r).textContent)).toEqual(['2兆円', 'AI基本計画']);
    expect($('.pl-verdict', rows[0]).textContent).toContain('不一致');
    expect($('.pl-warning').textContent).toContain('40件の所見はすべてこの一覧にあります');
    await click($('.pl-finding__button', rows[0]));
    expect(bridge.showFinding).toHaveBeenCalledWith(1);
  });

  it('filters the findings to problems, numbers or mentions, with counts', async () => {
    await renderPopup({ bridge: fakeBridge(ready) });
    await openTab('このページ');
    const buttons = $$('.pl-filter__button');
    expect(buttons.map((b) => b.textContent)).toEqual(['すべて 2', '要注意 1', '数字 1', '用語 1']);
    expect($('#pl-h-findings').textContent).toBe('検出 2件 · 要注意 1件');
    await click(buttons[3] ?? null);
    expect($$('.pl-finding').map((r) => $('.pl-finding__text', r).textContent)).toEqual(['AI基本計画']);
    expect($$('.pl-filter__button')[3]?.getAttribute('aria-pressed')).toBe('true');
    await click($$('.pl-filter__button')[1] ?? null);
    expect($$('.pl-finding').map((r) => $('.pl-finding__text', r).textContent)).toEqual(['2兆円']);
  });

  it('counts read right in English: one problem, two findings', async () => {
    await renderPopup({ bridge: fakeBridge(ready), browserLanguages: ['en-US'] });
    await openTab('This page');
    expect($('#pl-h-findings').textContent).toBe('2 findings · 1 problem');
    expect($$('.pl-filter__button').map((b) => b.textContent)).toEqual([
      'All 2',
      '1 problem',
      '1 number',
      '1 mention',
    ]);
  });

  it('exports a page claim with the page URL as its appearance', async () => {
    const bridge = fakeBridge(ready);
    await renderPopup({ bridge, check: async () => ({ mentions: [], claims: [] }) });
    await openTab('このページ');
    await click($$('.pl-export button').find((b) => b.textContent?.includes('ClaimReview')) ?? null);
    const json = JSON.parse(bridge.copy.mock.calls[0]?.[0] ?? '{}');
    expect(json.itemReviewed.appearance.url).toBe(reply.url);
    expect(json.reviewRating.alternateName).toBe('不一致');
  });

  it('turns the site off and on with a labelled switch', async () => {
    const bridge = fakeBridge(ready);
    await renderPopup({ bridge });
    await openTab('このページ');
    const toggle = $('[role="switch"]');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toContain('www.nikkei.com');
    await click(toggle);
    expect(bridge.setSiteEnabled).toHaveBeenCalledWith('https://www.nikkei.com', false);
    expect($('[role="switch"]').getAttribute('aria-checked')).toBe('false');
    await click($('[role="switch"]'));
    expect(bridge.setSiteEnabled).toHaveBeenLastCalledWith('https://www.nikkei.com', true);
  });

  it('keeps the switch off when the reader declines the permission', async () => {
    const bridge = fakeBridge({
      kind: 'unavailable',
      url: 'https://example.org/a',
      origin: 'https://example.org',
      enabled: false,
    });
    bridge.setSiteEnabled.mockResolvedValueOnce(false);
    await renderPopup({ bridge });
    await openTab('このページ');
    expect($('.pl-empty').textContent).toContain('オフ');
    await click($('[role="switch"]'));
    expect($('[role="switch"]').getAttribute('aria-checked')).toBe('false');
    expect($('.pl-site__notice').textContent).toContain('許可されなかった');
  });

  it('explains restricted pages and missing tabs', async () => {
    await renderPopup({ bridge: fakeBridge({ kind: 'restricted', url: 'chrome://extensions' }) });
    await openTab('このページ');
    expect($('.pl-empty').textContent).toContain('動作できません');
    expect($('[role="switch"]')).toBeNull();
    await renderPopup({ bridge: fakeBridge({ kind: 'no-tab' }) });
    await openTab('このページ');
    expect($('.pl-empty').textContent).toContain('タブが見つかりません');
  });
});
