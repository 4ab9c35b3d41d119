// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import { $, $$, dataset, openTab, renderPopup } from './helpers';

describe('popup timeline', () => {
  it('lists every milestone in date order with its status, marking later facts', async () => {
    await renderPopup();
    await openTab('年表');
    const items = $$('.pl-milestone');
    expect(items).toHaveLength(dataset.timeline.length);
    const dates = items.map((li) => $('time', li).getAttribute('datetime') ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const m of dataset.timeline) {
      const li = document.getElementById(anchorId('milestone', m.id)) as HTMLElement;
      expect($('.pl-status', li).dataset.status).toBe(m.status);
      expect(li.classList.contains('pl-milestone--later')).toBe(m.later);
      expect(Boolean($('.pl-later__badge', li))).toBe(m.later);
    }
    expect(dataset.timeline.some((m) => m.later)).toBe(true);
  });
});
