/**
 * The in-page card's strings, served to content scripts on request: the locale catalogs stay out
 * of the page bundle, and the card can speak a language other than the browser's.
 */
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<'ja' | 'en', Catalog> = { ja, en };
/** The card's own strings, and the view kit's it shares with the popup (components/common). */
const PREFIXES = ['card_', 'kit_', 'verdict_', 'status_', 'common_'];

export function cardStrings(lang: 'ja' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(CATALOGS[lang])) {
    if (PREFIXES.some((prefix) => key.startsWith(prefix))) out[key] = entry.message;
  }
  return out;
}
