/**
 * Width folding that keeps offsets: every full-width ASCII character (U+FF01–U+FF5E) becomes its
 * half-width twin and the ideographic space (U+3000) becomes a plain space. Each replacement is one
 * UTF-16 unit for one UTF-16 unit, so an offset in the folded text is the same offset in the input.
 */

const FOLDABLE = /[\uFF01-\uFF5E\u3000]/;
const FOLDABLE_G = /[\uFF01-\uFF5E\u3000]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/** Fold full-width ASCII and the ideographic space to half-width, one unit for one unit. */
export function foldWidth(text: string): string {
  // Most page text has none: skip the copy.
  if (!FOLDABLE.test(text)) return text;
  return text.replace(FOLDABLE_G, foldChar);
}

/** The form used to compare an alias or cue with matched text: folded, lower-case, no spaces. */
export function normalizeKey(text: string): string {
  return foldWidth(text)
    .replace(/[\s\u00A0]+/g, '')
    .toLowerCase();
}

/**
 * A cue word as the checker's cue index (lib/check/cues.ts) compares it: folded, trimmed, runs of
 * spaces as one, lower case. Two words with the same key are one word to it. Here, beside the
 * folding, so the page dataset can key its words without loading the checker.
 */
export function cueKey(word: string): string {
  return foldWidth(word).trim().replace(/\s+/g, ' ').toLowerCase();
}
