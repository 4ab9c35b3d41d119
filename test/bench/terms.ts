/**
 * What the baselines look for: the dataset's term aliases (from lib/plan, as the extension sees
 * them) and, for the matching floor, a generic number shape. The floor is one compiled RegExp: the
 * least work any text matcher must do to find these terms and numbers in a page.
 */
import { allAliases } from '../../lib/plan/index';

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * Every distinct alias (width-folded, as the detector matches them), longest first, so an
 * alternation prefers the longer of two overlapping ones.
 */
export function termAliases(): string[] {
  const unique = [
    ...new Set(
      allAliases()
        .map((a) => a.alias.trim())
        .filter((a) => a.length > 0),
    ),
  ];
  return unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * A number as articles write it: digits (half or full width) with separators, kanji multipliers
 * (1兆2,000億), and an optional unit or counter (円, ドル, 人, 割, %, 年, 月…).
 */
export const NUMBER_PATTERN =
  '[0-9０-９][0-9０-９,，.．]*(?:[兆億万千][0-9０-９,，.．]*)*(?:円|ドル|人|名|割|%|％|倍|年度?|月|日|件)?';

/** The floor's single RegExp source: all aliases, then the number shape. */
export function floorPattern(aliases: readonly string[]): { source: string; flags: string } {
  return { source: `${aliases.map(escapeRegExp).join('|')}|${NUMBER_PATTERN}`, flags: 'g' };
}
