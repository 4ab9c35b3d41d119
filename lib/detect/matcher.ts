/**
 * One compiled matcher for every alias of every term.
 *
 * All aliases (ja and en) become one RegExp alternation, longest alias first, compiled once. The
 * pattern runs over width-folded text (see fold.ts), so 「ＡＩ基本計画」 and 「AI基本計画」 are the
 * same and offsets stay those of the input. Between a Latin run and a Japanese run (「AI 基本計画」) and
 * wherever an alias has a space, spaces and tabs are tolerated. An alias that starts or ends with a
 * Latin letter or digit must not touch another one there (word boundaries for English aliases, and
 * 「AISI」 is not found inside 「XAISIY」). A match that lies inside one of its term's exclusions
 * (平賀源内 for 源内, エネルギー基本計画 for 基本計画) is dropped.
 */
import type { Term } from '../plan/schema';
import { foldWidth, normalizeKey } from './fold';

export interface TermInfo {
  id: string;
  anchorsPlan: boolean;
  /** Exclusions, folded and lower-cased. */
  exclusions: string[];
}

export interface RawMatch {
  start: number;
  end: number;
  term: TermInfo;
  /** true when the match was dropped because it lies inside an exclusion. */
  excluded: boolean;
}

const SPACE = '[ \\t\\u00A0]';
const isAsciiWord = (ch: string) => /[A-Za-z0-9]/.test(ch);
const isSpace = (ch: string) => /\s/.test(ch);

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** The RegExp source for one alias (already width-folded). */
export function aliasPattern(alias: string): string {
  const chars = Array.from(alias.trim());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (isSpace(ch)) {
      // collapse a run of spaces in the alias into one tolerant gap
      while (i + 1 < chars.length && isSpace(chars[i + 1] as string)) i++;
      out += `${SPACE}*`;
      continue;
    }
    const prev = chars[i - 1];
    if (prev !== undefined && !isSpace(prev) && isAsciiWord(prev) !== isAsciiWord(ch)) {
      // 「AI基本計画」 also matches 「AI 基本計画」
      if (prev.charCodeAt(0) > 0x7f || ch.charCodeAt(0) > 0x7f) out += `${SPACE}*`;
    }
    out += escapeChar(ch);
  }
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  if (isAsciiWord(first)) out = `(?<![A-Za-z0-9])${out}`;
  if (isAsciiWord(last)) out = `${out}(?![A-Za-z0-9])`;
  return out;
}

export interface TermMatcher {
  /** Every match in `text` (any width; it is folded here), in order, including excluded ones. */
  scan(text: string): RawMatch[];
  /** The same on text already width-folded with foldWidth (saves folding twice). */
  scanFolded(folded: string): RawMatch[];
  /** Number of distinct aliases compiled. */
  size: number;
}

export function compileTermMatcher(terms: readonly Term[]): TermMatcher {
  const byKey = new Map<string, TermInfo>();
  const aliases: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const info: TermInfo = {
      id: term.id,
      anchorsPlan: term.anchorsPlan,
      exclusions: term.exclusions.map((x) => foldWidth(x).toLowerCase()),
    };
    for (const alias of [...term.aliases.ja, ...term.aliases.en]) {
      const folded = foldWidth(alias).trim();
      const key = normalizeKey(folded);
      if (key.length === 0) continue;
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== info) continue; // first term to claim an alias keeps it
      byKey.set(key, info);
      if (!seen.has(folded)) {
        seen.add(folded);
        aliases.push(folded);
      }
    }
  }
  aliases.sort((a, b) => normalizeKey(b).length - normalizeKey(a).length || (a < b ? -1 : 1));
  // A never-matching pattern when there is nothing to find.
  // A look-ahead on the aliases' first characters lets the engine skip most positions at once.
  const firsts = [...new Set(aliases.map((a) => Array.from(a)[0] as string))]
    .map((c) => c.replace(/[\\\][^-]/g, '\\$&'))
    .join('');
  const source = aliases.length > 0 ? `(?=[${firsts}])(?:${aliases.map(aliasPattern).join('|')})` : '(?!)';
  const re = new RegExp(source, 'gi');

  function scan(input: string): RawMatch[] {
    return scanFolded(foldWidth(input));
  }

  function scanFolded(text: string): RawMatch[] {
    const out: RawMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const matched = m[0];
      const end = start + matched.length;
      if (matched.length === 0) {
        re.lastIndex++;
        continue;
      }
      // a key is its own normal form, so a match written as the key (源内, aisi) needs no normalising
      const term = byKey.get(matched) ?? byKey.get(normalizeKey(matched));
      if (term === undefined) continue;
      out.push({ start, end, term, excluded: insideExclusion(text, start, end, term) });
    }
    return out;
  }

  return { scan, scanFolded, size: aliases.length };
}

/** Is text[start,end) part of one of the term's exclusion strings at this place? */
function insideExclusion(text: string, start: number, end: number, term: TermInfo): boolean {
  if (term.exclusions.length === 0) return false;
  const matched = text.slice(start, end).toLowerCase();
  for (let n = 0; n < term.exclusions.length; n++) {
    const ex = term.exclusions[n] as string;
    for (let k = ex.indexOf(matched); k !== -1; k = ex.indexOf(matched, k + 1)) {
      const from = start - k;
      if (from < 0 || from + ex.length > text.length) continue;
      if (text.slice(from, from + ex.length).toLowerCase() === ex) return true;
    }
  }
  return false;
}
