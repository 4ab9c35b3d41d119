// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import { $, $$, dataset, renderPopup } from './helpers';

describe('popup overview', () => {
  it('shows the title as h1, the subtitle and both dates', async () => {
    await renderPopup();
    expect($('h1').textContent).toContain('人工知能基本計画');
    expect($('.pl-subtitle').textContent).toBe(dataset.plan.subtitle.ja);
    const dates = $('.pl-dates').textContent ?? '';
    expect(dates).toContain('本部決定');
    expect(dates).toContain('2025年12月19日');
    expect(dates).toContain('閣議決定');
    expect(dates).toContain('2025年12月23日');
    expect($$('time').map((t) => t.getAttribute('datetime'))).toEqual(
      expect.arrayContaining(['2025-12-19', '2025-12-23']),
    );
  });

  it('shows the vision, legal basis, 3 principles, 4 policies and the 7 instructions tied to policies', async () => {
    await renderPopup();
    expect($$('.pl-vision__line').map((p) => p.textContent)).toEqual(dataset.plan.vision.map((v) => v.ja));
    expect($('.pl-facts').textContent).toContain('第18条第1項');
    expect($$('.pl-principle')).toHaveLength(3);
    const policies = $$('.pl-policy');
    expect(policies).toHaveLength(4);
    expect(policies[0]?.textContent).toContain('AIを使う');
    expect(policies[0]?.textContent).toContain('AI利活用の加速的推進');
    const instructions = $$('.pl-instruction');
    expect(instructions).toHaveLength(7);
    for (const [i, instruction] of dataset.instructions.entries()) {
      const item = document.getElementById(anchorId('instruction', instruction.id));
      expect(item?.textContent).toContain(instruction.title.ja);
      const chips = $$('.pl-chip', item as HTMLElement);
      expect(chips.length, `instruction ${i + 1} has its policies`).toBe(instruction.policyIds.length);
    }
    expect(document.body.textContent).toContain('計画の「柱」ではありません');
  });

  it('lists the terms and the dataset version and as-of date', async () => {
    await renderPopup();
    expect(document.getElementById(anchorId('term', 'gennai'))?.textContent).toContain('源内');
    expect($('.pl-dataset').textContent).toContain(`v${dataset.plan.datasetVersion}`);
    expect($('.pl-dataset').textContent).toContain('時点');
  });

  it('shows English when the browser is English, keeping the Japanese title in the h1', async () => {
    await renderPopup({ browserLanguages: ['en-US'] });
    expect($('h1').textContent).toContain(dataset.plan.title.en);
    expect($('h1').textContent).toContain('人工知能基本計画');
    expect($('.pl-dates').textContent).toContain('Dec 23, 2025');
    expect(document.documentElement.lang).toBe('en');
  });
});
