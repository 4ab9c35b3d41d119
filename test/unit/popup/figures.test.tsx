// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import { $, $$, dataset, openTab, renderPopup } from './helpers';

describe('popup figures', () => {
  it('shows every figure with its display value, status tag, policy and sources', async () => {
    await renderPopup();
    await openTab('数字');
    for (const figure of dataset.figures) {
      const card = document.getElementById(anchorId('figure', figure.id));
      expect(card, figure.id).not.toBeNull();
      expect($('.pl-figure__value', card as HTMLElement).textContent).toBe(figure.display.ja);
      const tag = $('.pl-figure__head .pl-status', card as HTMLElement);
      expect(tag.dataset.status).toBe(figure.status);
      expect(tag.textContent?.trim().length).toBeGreaterThan(0);
      expect($$('.pl-figure__head .pl-tag__shape', card as HTMLElement)).toHaveLength(1);
      expect($$(':scope > .pl-source', card as HTMLElement)).toHaveLength(figure.sources.length);
    }
  });

  it('opens sources in a new tab without opener or referrer', async () => {
    await renderPopup();
    await openTab('数字');
    const links = $$<HTMLAnchorElement>('a.pl-source__link');
    expect(links.length).toBeGreaterThan(dataset.figures.length);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.href).toMatch(/^https:\/\//);
    }
  });

  it('labels each status in words, never by colour alone', async () => {
    await renderPopup();
    await openTab('数字');
    const words = new Map($$('.pl-status').map((tag) => [tag.dataset.status, tag.textContent]));
    expect(words.get('plan')).toBe('計画');
    expect(words.get('pm-statement')).toBe('首相発言');
    expect(words.get('reported')).toBe('報道');
    expect(words.get('context')).toBe('参考値');
    expect(words.get('unverified')).toBe('未確認');
  });

  it('shows later developments beside the figure they update, and the misstatements with corrections', async () => {
    await renderPopup();
    await openTab('数字');
    const withLater = dataset.figures.find((f) => f.later.length > 0);
    expect(withLater).toBeDefined();
    const card = document.getElementById(anchorId('figure', withLater?.id ?? ''));
    expect($('.pl-later', card as HTMLElement).textContent).toContain(withLater?.later[0]?.text.ja);
    expect($$('.pl-misstatement')).toHaveLength(dataset.misstatements.length);
    const first = dataset.misstatements[0];
    const item = document.getElementById(anchorId('misstatement', first?.id ?? ''));
    expect(item?.textContent).toContain(first?.claim.ja);
    expect(item?.textContent).toContain(first?.correction.ja);
  });

  it('draws the charts as SVG from the figures, with text alternatives', async () => {
    await renderPopup();
    await openTab('数字');
    const charts = $$('.pl-chart');
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const svg = $('svg', chart);
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBeTruthy();
      expect($('title', svg).textContent).toBeTruthy();
      expect($('desc', svg).textContent).toBeTruthy();
      expect($('table.pl-visually-hidden', chart)).not.toBeNull();
    }
    const usage = document.getElementById(anchorId('chart', 'usage')) as HTMLElement;
    const values = $$('tbody td:first-of-type', usage).map((td) => td.textContent);
    const fig = (id: string) => dataset.figures.find((f) => f.id === id)?.display.ja;
    expect(values).toEqual(
      ['genai-use-2024', 'genai-use-first', 'genai-use-future', 'genai-use-us', 'genai-use-cn'].map(fig),
    );
    // Bar widths follow the values: 8割 is drawn longer than 5割.
    const bars = $$('.pl-chart__bar', usage).map((bar) => Number(bar.getAttribute('width')));
    expect(bars[2]).toBeGreaterThan(bars[1] ?? 0);
    const investment = document.getElementById(anchorId('chart', 'investment')) as HTMLElement;
    expect($$('tbody tr', investment)).toHaveLength(6);
    expect(investment.textContent).toContain(fig('private-ai-2023-us'));
  });
});
