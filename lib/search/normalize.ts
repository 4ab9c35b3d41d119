/**
 * Folds the ways one name is written into one form, for search: full-width and half-width
 * (NFKC), upper and lower case, katakana and hiragana, and separators (space, ・, -, 「」).
 * Readings in romaji (Gennai) and other spellings come from the dataset's aliases.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s・･·\-‐–—_/「」『』"'“”()（）[\]【】]/g, '');
}
