import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import { fillMessage } from './fill-message';

/**
 * Every string a person sees comes from public/_locales/{ja,en}/messages.json. We read the files
 * ourselves rather than through browser.i18n.getMessage because the reader may choose a language
 * other than the browser's in the options, and getMessage cannot switch language at run time.
 */

export type Lang = 'ja' | 'en';

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Lang, Catalog> = { ja, en };

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** A translator for one language; `$1`, `$2`… in a message are replaced by the substitutions. */
export function createTranslator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, ...substitutions) => {
    const entry = catalog[key] ?? CATALOGS.ja[key];
    if (!entry) return key;
    return fillMessage(entry.message, substitutions);
  };
}

/** The reader's language: the explicit choice, else the browser's (Japanese unless it says English). */
export function resolveLang(choice: 'auto' | Lang, browserLanguages: readonly string[]): Lang {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'ja';
}
