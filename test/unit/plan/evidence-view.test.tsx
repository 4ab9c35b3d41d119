// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../lib/search/anchors';
import { $$, dataset, openTab, renderPopup } from '../popup/helpers';

/** The popup's figures tab, as a reader sees each figure's sources. */
describe('the popup shows a quote only when its words were confirmed on the page', () => {
  it('quotes confirmed words and labels the rest as a summary, figure by figure', async () => {
    await renderPopup();
    await openTab('数字');
    let quoted = 0;
    let summaries = 0;
    for (const figure of dataset.figures) {
      const card = document.getElementById(anchorId('figure', figure.id)) as HTMLElement;
      const shown = $$(':scope > .pl-source .pl-source__quote', card);
      expect(shown, figure.id).toHaveLength(figure.sources.length);
      figure.sources.forEach((citation, i) => {
        const text = shown[i]?.textContent ?? '';
        if (citation.verification.state === 'confirmed') {
          expect(text, `${figure.id} #${i}`).toBe(`「${citation.quote}」`);
          quoted++;
        } else {
          // The label, then the words as they are: no quotation marks put around them.
          expect(text, `${figure.id} #${i}`).toBe(`要約：${citation.quote}`);
          summaries++;
        }
      });
    }
    // Both kinds occur, so both branches above were exercised.
    expect(quoted).toBeGreaterThan(20);
    expect(summaries).toBeGreaterThan(10);
  });

  it('shows each source’s kind beside it and never a maintainer note', async () => {
    await renderPopup();
    await openTab('数字');
    const kinds = $$('.pl-source .pl-source-kind');
    expect(kinds.length).toBeGreaterThan(dataset.figures.length);
    expect(new Set(kinds.map((k) => k.dataset.kind))).toContain('survey');
    const hai = kinds.find((k) => k.dataset.kind === 'survey');
    expect(hai?.textContent).toBe('調査・');
    for (const s of dataset.sources)
      if (s.maintainerNote) expect(document.body.textContent).not.toContain(s.maintainerNote);
    for (const f of dataset.figures)
      if (f.maintainerNote) expect(document.body.textContent).not.toContain(f.maintainerNote);
  });
});
