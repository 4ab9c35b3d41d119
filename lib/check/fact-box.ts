/**
 * Fact boxes: a short heading that names the plan, then short items that say a fact each without
 * naming it again (explainers, law-firm notes, blogs):
 *
 *   AI基本計画の概要
 *   ・閣議決定：2025年12月23日
 *   ・基本的な方針：4つ
 *
 * An item's numbers are the heading's subject, so an item reads as if it said the heading too: the
 * terms it names (the plan, 源内, AISI) and its cue words (the checker's engine does that with the
 * heading found here). Without this a wrong date in such a box was silent: a date is compared only
 * where its sentence names what it dates.
 */

/** The terms a block names (mention term ids), as the detector found them. */
export interface NamedTerms {
  mentions: readonly { termId: string }[];
}

/** A heading is at most this long (trimmed): a title, not a sentence. */
const MAX_HEADING = 40;
/** English titles run about twice as long in characters ("FACTBOX: Japan's AI Basic Plan at a glance"). */
const MAX_HEADING_LATIN = 80;
/** An item is at most this long: one fact, not a paragraph. */
const MAX_ITEM = 100;
/** A sentence end at the end of a block: a sentence, not a heading. */
const ENDS_SENTENCE = /[。．.!?！？]$/;
/** A list item's own bullet or number: ・ - • ● ■ ◆ ▶ *, 1. 1) ①. */
const BULLET = /^(?:[・\-–—•●○■□◆◇▶►▪*]|[0-9０-９]{1,2}[.)．）]|[①-⑳])\s*/;
/**
 * 「項目：値」, "Label: value": a label of at most 40 characters (English ones run long: "Adopted by
 * the Cabinet"), then a colon (not a time of day: 「12月26日 10:00」 is a dateline).
 */
const LABELLED = /^[^。．.!?！？:：]{0,39}[^0-9０-９\s。．.!?！？:：][:：]/;

/**
 * A heading of links, not facts: related articles, a ranking, more to read. Their items are other
 * stories' headlines (「政府、12月26日に閣議決定へ」 from before the decision), not facts of the plan.
 */
const LINKS_HEADING =
  /関連|ランキング|あわせて|合わせて|おすすめ|オススメ|注目記事|人気記事|バックナンバー|連載|\b(?:related|ranking|most read|popular|read more|more on|recommended|see also)\b/i;

/** Is the block a heading (short, no sentence end), whatever it names? */
export function isHeading(block: string): boolean {
  // most blocks are paragraphs: too long to be a heading even with white space around them
  if (block.length > MAX_HEADING_LATIN * 2) return false;
  const t = block.trim();
  const max = isMostlyLatin(t) ? MAX_HEADING_LATIN : MAX_HEADING;
  return t.length > 0 && t.length <= max && !ENDS_SENTENCE.test(t) && !LINKS_HEADING.test(t);
}

/** Are at least four in five of its characters ASCII (an English title, a name or two in it)? */
function isMostlyLatin(t: string): boolean {
  let other = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) other++;
  return other * 5 <= t.length;
}

/**
 * Labels of what is not a fact of the box: a photo's caption (「写真：閣議に臨む首相（12月26日）」 may
 * show another day's meeting), a source, a note, a related link, a page's own dates.
 */
const NOT_A_FACT =
  /^(?:[・\-–—•●○■□◆◇▶►▪*]\s*)?(?:(?:写真|画像|動画|映像|図|表|資料|出典|出所|提供|撮影|注|関連記事|参考|更新|配信|公開|掲載)\s*[:：=＝]|※|(?:photo|image|video|figure|table|source|credit|caption|note|related|see also|read more|updated|published|posted)\b)/i;

/** Is the block one item of a box: short, with a bullet or a label, or a list item of the page's own. */
export function isItem(block: string, listItem: boolean): boolean {
  if (block.length > MAX_ITEM * 2) return false;
  const t = block.trim();
  if (t.length === 0 || t.length > MAX_ITEM || NOT_A_FACT.test(t)) return false;
  return listItem || BULLET.test(t) || LABELLED.test(t);
}

/**
 * Per block, the text of the fact-box heading it is an item under, or null when it is no item of a
 * box whose heading names anything. `listItem[i]`: the page marks block i as a list item (<li>, <dd>,
 * a table cell), so it needs no bullet of its own. `given[i]`: the heading the page puts above block
 * i's list, when it may not be among `blocks` (the content script checks a page in pieces).
 */
export function factBoxHeadings(
  blocks: readonly string[],
  scans: readonly NamedTerms[],
  listItem: readonly boolean[] = [],
  given: readonly (string | null)[] = [],
): (string | null)[] {
  const out: (string | null)[] = [];
  // the heading the current run of items sits under, if any
  let current: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    const item = isItem(block, listItem[i] === true);
    const pageHeading = item ? given[i] : null;
    if (pageHeading !== null && pageHeading !== undefined && isHeading(pageHeading)) {
      out.push(pageHeading);
      current = pageHeading;
      continue;
    }
    if (item && current !== null) {
      out.push(current);
      continue;
    }
    out.push(null);
    const scan = scans[i];
    // a heading starts a box only when it names something; any other block ends the box
    current = scan !== undefined && scan.mentions.length > 0 && isHeading(block) ? block : null;
  }
  return out;
}
