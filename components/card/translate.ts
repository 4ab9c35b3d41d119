import { fillMessage } from '../fill-message';
import type { Translate } from '../i18n';

/**
 * A translator over a plain map of messages (the card's strings, sent by the background), with
 * the same `$1`, `$2` substitution as components/i18n.ts. A missing key shows as itself.
 */
export function translatorFrom(messages: Readonly<Record<string, string>>): Translate {
  return (key, ...substitutions) => {
    const message = messages[key];
    if (message === undefined) return key;
    return fillMessage(message, substitutions);
  };
}
