/**
 * Text folding shared by the dataset's checks and lookups. Pure and dependency-free, so the
 * content script can use it.
 */

/** Full-width ASCII (U+FF01–U+FF5E: ＡＩ, １０, ＃) to its half-width form. Nothing else changes. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * The key two aliases are compared by: full-width ASCII folded, the ideographic space (U+3000)
 * read as a space, lowercase.
 */
export function aliasKey(alias: string): string {
  return foldWidth(alias)
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}
