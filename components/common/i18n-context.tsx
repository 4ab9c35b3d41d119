import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Text } from '../../lib/plan/schema';
import type { Lang, Translate } from '../i18n';

export interface I18n {
  lang: Lang;
  t: Translate;
}

/**
 * Every view provides its translator: the popup, options and first-run pages from the bundled
 * catalogs (../i18n.ts), the card from the strings the background sends. The default shows keys,
 * and keeps the catalogs out of the page's content script, which renders the card.
 */
export const I18nContext = createContext<I18n>({ lang: 'ja', t: (key) => key });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The dataset's text in the reader's language. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** "2025-12-23" → "2025年12月23日" / "Dec 23, 2025"; partial dates keep their precision. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (lang === 'ja') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}
