/**
 * Does a block name a 基本計画 other than the AI plan (宇宙基本計画, エネルギー基本計画, 第6期科学技術・
 * イノベーション基本計画…)? Numbers in such a block are not checked unless the block also names the
 * AI plan. A 「基本計画」 counts as another plan when it is not part of a plan mention and is preceded
 * by a run of two or more kanji/katakana that is not a deictic (同, 本, 次期, 今回…).
 */
import type { Span } from './blocks';

const KEYWORD = '基本計画';
const NOT_A_NAME = new Set(['次期', '今回', '前回', '現行', '当該', '政府', '今後', '新た', '従来', '同国']);
const EN_OTHER_G =
  /\bBasic\s+(?:Energy|Space|Ocean|Science|Cyber\w*)\s+(?:Policy\s+)?Plan\b|\bBasic\s+Plan\s+(?:on|for)\s+(?:Space|Energy|Ocean|Science|Disaster)|\b(?:Space|Energy|Ocean|Strategic\s+Energy)\s+Basic\s+Plan\b/gi;

function isNameChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    (c >= 0x30a0 && c <= 0x30ff) || // katakana incl. ー and ・
    c === 0x3005 // 々
  );
}

/**
 * Where `text` names another 基本計画: positions, in order. `covered`: spans of plan mentions
 * (offsets into `text`), sorted by start.
 */
export function otherPlanPositions(text: string, covered: readonly Span[]): number[] {
  const out: number[] = [];
  let c = 0;
  for (let i = text.indexOf(KEYWORD); i !== -1; i = text.indexOf(KEYWORD, i + 1)) {
    while (c < covered.length && (covered[c] as Span).end <= i) c++;
    const cov = covered[c];
    if (cov !== undefined && cov.start <= i) continue;
    if (namedBefore(text, i)) out.push(i);
  }
  if (/basic/i.test(text)) {
    EN_OTHER_G.lastIndex = 0;
    for (let m = EN_OTHER_G.exec(text); m !== null; m = EN_OTHER_G.exec(text)) out.push(m.index);
    out.sort((a, b) => a - b);
  }
  return out;
}

/** Whether the 基本計画 at `i` follows a name (two or more kanji/katakana, not a deictic). */
function namedBefore(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 24 && isNameChar(text.charCodeAt(j - 1))) j--;
  if (i - j < 2) return false;
  return !NOT_A_NAME.has(text.slice(j, i));
}

/**
 * otherPlanPositions(text, covered).length > 0 where `covered` would be every match of
 * `coveredBefore` (a pattern ending at the end of the text before 基本計画: the plan's own name),
 * without building either list: a paragraph of 100,000 characters naming the plan 6,000 times is
 * answered in one pass over its 基本計画s.
 */
export function namesOtherPlanExcept(text: string, coveredBefore: RegExp): boolean {
  for (let i = text.indexOf(KEYWORD); i !== -1; i = text.indexOf(KEYWORD, i + 1)) {
    // the cheap test first: most 基本計画s of a long paragraph follow "AI", which names nothing
    if (!namedBefore(text, i)) continue;
    if (!coveredBefore.test(text.slice(Math.max(0, i - 12), i))) return true;
  }
  if (!/basic/i.test(text)) return false;
  EN_OTHER_G.lastIndex = 0;
  return EN_OTHER_G.test(text);
}

/** Does `text` name another 基本計画? `covered`: spans of plan mentions in it, sorted. */
export function namesOtherPlan(text: string, covered: readonly Span[]): boolean {
  return otherPlanPositions(text, covered).length > 0;
}
