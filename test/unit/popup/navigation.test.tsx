// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import { $, $$, click, key, renderPopup, type, until } from './helpers';

describe('popup tabs, search and language', () => {
  it('is a tablist with one tab in the tab order; arrows, Home and End move between tabs', async () => {
    await renderPopup();
    const tabs = $$('[role="tab"]');
    expect(tabs.map((t) => t.textContent)).toEqual(['概要', '数字', '年表', '照合', 'このページ']);
    expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1);
    expect($('[role="tabpanel"]').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    await key(tabs[0] as HTMLElement, 'ArrowRight');
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('数字');
    expect(document.activeElement?.textContent).toBe('数字');
    await key(document.activeElement as HTMLElement, 'ArrowLeft');
    await key(document.activeElement as HTMLElement, 'ArrowLeft');
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('このページ');
    await key(document.activeElement as HTMLElement, 'Home');
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('概要');
    await key(document.activeElement as HTMLElement, 'End');
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('このページ');
  });

  it('focuses the search field on open', async () => {
    await renderPopup();
    expect(document.activeElement?.id).toBe('pl-search-input');
    expect($('label[for="pl-search-input"]').textContent).toBeTruthy();
  });

  it('jumps from a search result to its item, on its tab, and focuses it', async () => {
    await renderPopup();
    const input = $<HTMLInputElement>('#pl-search-input');
    await type(input, 'げんない');
    await until(() => $$('.pl-search__result').length > 0);
    const results = $$('.pl-search__result');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.textContent).toContain('源内');
    await click(results[0] ?? null);
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('概要');
    expect(document.activeElement?.id).toBe(anchorId('term', 'gennai'));
    expect($$('.pl-search__result')).toHaveLength(0);

    // A figure lives on the figures tab: Enter takes the first result there.
    await type(input, '10万人以上');
    await until(() => $('.pl-search__result')?.textContent?.includes('10万人以上') ?? false);
    await key(input, 'Enter');
    expect($('[role="tab"][aria-selected="true"]').textContent).toBe('数字');
    expect(document.activeElement?.id).toBe(anchorId('figure', 'gennai-users'));
  });

  it('says so when nothing is found', async () => {
    await renderPopup();
    await type($<HTMLInputElement>('#pl-search-input'), 'zzqxv');
    await until(() => Boolean($('.pl-search__empty')));
    expect($('.pl-search__empty').textContent).toBe('見つかりませんでした');
  });

  it('switches language from the header and saves the choice', async () => {
    const { bridge } = await renderPopup();
    const button = $('.pl-lang-switch');
    // Named by the word it shows (EN), so speech input can find it; the title says what it does.
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(button.getAttribute('title')).toBe('Switch to English');
    await click(button);
    expect(bridge.saveSettings).toHaveBeenCalledWith({ lang: 'en' });
    expect($$('[role="tab"]').map((t) => t.textContent)).toEqual([
      'Overview',
      'Figures',
      'Timeline',
      'Check',
      'This page',
    ]);
    await click($('.pl-lang-switch'));
    expect(bridge.saveSettings).toHaveBeenLastCalledWith({ lang: 'ja' });
    expect($('[role="tab"]').textContent).toBe('概要');
  });

  it('opens the options page', async () => {
    const { bridge } = await renderPopup();
    await click($('[aria-label="設定を開く"]'));
    expect(bridge.openOptions).toHaveBeenCalled();
  });
});
