import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { badgeFor, expect, test } from './fixtures';
import { findingsOf, settledFindings } from './page-helpers';

// Nothing here outlives its pages (no settings, no site switches): one browser for the file.
test.use({ shareBrowser: true });

/**
 * News pages built like real ones (test/fixtures/news-layouts/): the article is checked, its
 * surroundings are not. Each page says in its markup which passages are article text
 * (data-expect="checked", with the claims that must be found there) and which are chrome
 * (data-expect="quiet"), and what colour the badge must have.
 */
const LAYOUTS = path.resolve(import.meta.dirname, '../fixtures/news-layouts');
const pages = readdirSync(LAYOUTS).filter((f) => f.endsWith('.html'));

const RED = [217, 48, 37, 255];
const NEUTRAL = [95, 99, 104, 255];
const HIGHLIGHT_OF: Record<string, string> = {
  match: 'plan-lens-match',
  mismatch: 'plan-lens-problem',
  misstatement: 'plan-lens-problem',
  'not-in-plan': 'plan-lens-not-in-plan',
};

interface DrawnMark {
  highlight: string;
  text: string;
  /** data-expect of the nearest marked region, or null. */
  expect: string | null;
  /** Index of that region among all [data-expect] elements. */
  region: number;
}

/** Every range in the page's Plan Lens highlights, with the fixture region it falls in (main world). */
function drawnMarks(page: Page): Promise<DrawnMark[]> {
  return page.evaluate(() => {
    const regions = [...document.querySelectorAll('[data-expect]')];
    const out: DrawnMark[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('plan-lens-') || name === 'plan-lens-active') continue;
      for (const r of highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const region = r.startContainer.parentElement?.closest('[data-expect]') ?? null;
        out.push({
          highlight: name,
          text: live.toString(),
          expect: region?.getAttribute('data-expect') ?? null,
          region: region ? regions.indexOf(region) : -1,
        });
      }
    }
    return out;
  });
}

/** The claims each checked region must hold: [region index, text, verdict | null]. */
function requiredClaims(page: Page): Promise<Array<[number, string, string | null]>> {
  return page.evaluate(() => {
    const regions = [...document.querySelectorAll('[data-expect]')];
    const out: Array<[number, string, string | null]> = [];
    regions.forEach((region, i) => {
      const list = region.getAttribute('data-claims');
      if (!list) return;
      for (const item of list.split('|')) {
        const [text, verdict] = item.split('=');
        out.push([i, text as string, verdict ?? null]);
      }
    });
    return out;
  });
}

for (const file of pages) {
  test(`${file}: the article's numbers are checked; nothing in the chrome is marked or colours the badge`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const url = server.url(`news-layouts/${file}`);
    await page.goto(url);
    const badge = await page.locator('meta[name="expect-badge"]').getAttribute('content');
    const required = await requiredClaims(page);

    if (badge === 'none') {
      // A page whose article is not about the plan: a sidebar naming the plan changes nothing.
      await expect.poll(async () => (await findingsOf(serviceWorker, url)) !== null).toBe(true);
      await page.waitForTimeout(1500);
      expect((await findingsOf(serviceWorker, url))?.total).toBe(0);
      expect(await drawnMarks(page)).toEqual([]);
      expect((await badgeFor(serviceWorker, url)).text).toBe('');
      return;
    }

    const reply = await settledFindings(serviceWorker, url, required.length);
    const marks = await drawnMarks(page);
    expect(
      marks.filter((m) => m.expect !== 'checked').map((m) => `${m.text} (${m.expect})`),
      'marks outside the article text',
    ).toEqual([]);
    for (const [region, text, verdict] of required) {
      const found = marks.filter(
        (m) => m.region === region && m.text === text && m.highlight !== 'plan-lens-mention',
      );
      expect(found.length, `claim ${text} in region ${region}`).toBeGreaterThan(0);
      if (verdict) expect(found.map((m) => m.highlight)).toContain(HIGHLIGHT_OF[verdict]);
    }
    // Every finding is drawn (no cap on pages this size) and listed.
    expect(marks.length).toBe(reply.total);
    const problems = reply.findings.filter((f) => f.verdict === 'mismatch' || f.verdict === 'misstatement');
    expect(problems.length > 0).toBe(badge === 'red');
    await expect.poll(async () => (await badgeFor(serviceWorker, url)).text).toBe(String(reply.total));
    expect((await badgeFor(serviceWorker, url)).color).toEqual(badge === 'red' ? RED : NEUTRAL);
  });
}
