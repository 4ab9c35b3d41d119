import { citationDisplay } from '../../lib/plan/evidence';
import type { Citation } from '../../lib/plan/schema';
import type { Lang } from '../i18n';

interface Props {
  citation: Citation;
  lang: Lang;
  /** The wrapper's class in the view that shows it (card and popup style it differently). */
  class?: string;
}

/**
 * The words under a source. Words confirmed on the page are shown in quotation marks; anything
 * else is Plan Lens's summary, shown without quotation marks and labelled 要約 / Summary, so a
 * reader never looks on the page for words that are not there.
 */
export function SourceQuote({ citation, lang, class: className }: Props) {
  const shown = citationDisplay(citation, lang);
  if (shown.form === 'quote') {
    return (
      <span class={className} data-verification="confirmed">
        {shown.open}
        {shown.text}
        {shown.close}
      </span>
    );
  }
  return (
    <span class={className} data-verification="unconfirmed">
      <span class="pl-summary-label" style={{ fontWeight: 600 }}>
        {shown.label}
        {lang === 'ja' ? '：' : ': '}
      </span>
      {shown.text}
    </span>
  );
}
