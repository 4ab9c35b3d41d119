// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';
import { $, $$, dataset, renderPopup } from './helpers';

describe('popup overview: reactions (評価)', () => {
  it('lists every reaction in Japanese with its kind in words and the opinion note', async () => {
    await renderPopup();
    const section = $('.pl-reactions');
    expect(section).toBeTruthy();
    expect($('#pl-h-reactions', section).textContent).toBe(ja.popup_reactions_title.message);
    expect($('.pl-note', section).textContent).toBe(ja.popup_reactions_note.message);
    expect(dataset.reactions.length).toBeGreaterThan(0);
    expect($$('.pl-reaction', section)).toHaveLength(dataset.reactions.length);
    for (const r of dataset.reactions) {
      const item = document.getElementById(anchorId('reaction', r.id)) as HTMLElement;
      expect(item, r.id).toBeTruthy();
      expect($('.pl-reaction__who', item).textContent).toBe(r.who.ja);
      expect($('.pl-reaction__text', item).textContent).toBe(r.text.ja);
      const kind = $('.pl-rkind', item);
      expect(kind.textContent).toBe(ja[`popup_reactions_kind_${r.kind}` as keyof typeof ja].message);
      expect($('.pl-tag__shape', kind).getAttribute('aria-hidden')).toBe('true');
      expect($$('.pl-source__link', item)).toHaveLength(r.sources.length);
    }
  });

  it('links the source where there is one', async () => {
    await renderPopup();
    for (const r of dataset.reactions.filter((x) => x.sources.length > 0)) {
      const item = document.getElementById(anchorId('reaction', r.id)) as HTMLElement;
      const links = $$<HTMLAnchorElement>('.pl-source__link', item);
      for (const [i, c] of r.sources.entries()) {
        const source = dataset.sources.find((s) => s.id === c.sourceId);
        expect(links[i]?.getAttribute('href')).toBe(source?.url);
        expect(links[i]?.getAttribute('target')).toBe('_blank');
      }
    }
  });

  it('shows every reaction in English when the browser is English', async () => {
    await renderPopup({ browserLanguages: ['en-US'] });
    const section = $('.pl-reactions');
    expect($('#pl-h-reactions', section).textContent).toBe(en.popup_reactions_title.message);
    expect($('.pl-note', section).textContent).toBe(en.popup_reactions_note.message);
    expect($$('.pl-reaction', section)).toHaveLength(dataset.reactions.length);
    for (const r of dataset.reactions) {
      const item = document.getElementById(anchorId('reaction', r.id)) as HTMLElement;
      expect($('.pl-reaction__who', item).textContent).toBe(r.who.en);
      expect($('.pl-reaction__text', item).textContent).toBe(r.text.en);
      expect($('.pl-rkind', item).textContent).toBe(
        en[`popup_reactions_kind_${r.kind}` as keyof typeof en].message,
      );
    }
  });
});
