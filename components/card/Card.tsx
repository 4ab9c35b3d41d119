import type { Claim, Findings, Mention } from '../../lib/check/types';
import { I18nContext } from '../common/i18n-context';
import { verdictKey } from '../common/VerdictPill';
import type { Lang, Translate } from '../i18n';
import { ClaimBody } from './ClaimCard';
import { MentionBody } from './MentionCard';
import { termById } from './plan-lookup';

/** What a card shows: one mention, one claim, or the check of a selected passage. */
export type CardContent =
  | { kind: 'mention'; mention: Mention }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'selection'; text: string; findings: Findings };

export interface CardProps {
  content: CardContent;
  lang: Lang;
  t: Translate;
  /** Where this finding stands among the page's findings, for keyboard readers. */
  position: { index: number; total: number } | null;
  onClose: () => void;
}

const URGENCY: Record<Claim['verdict'], number> = {
  misstatement: 0,
  mismatch: 1,
  'not-in-plan': 2,
  match: 3,
};

const KIND_KEYS: Record<CardContent['kind'], string> = {
  mention: 'card_kind_mention',
  claim: 'card_kind_claim',
  selection: 'card_kind_selection',
};

function labelOf(content: CardContent, t: Translate, lang: Lang): string {
  if (content.kind === 'mention') return termById(content.mention.termId)?.name[lang] ?? content.mention.text;
  if (content.kind === 'claim') return `${content.claim.text}: ${t(verdictKey(content.claim.verdict))}`;
  return t('card_kind_selection');
}

function SelectionBody({
  content,
  t,
  lang,
}: {
  content: Extract<CardContent, { kind: 'selection' }>;
  t: Translate;
  lang: Lang;
}) {
  const { mentions } = content.findings;
  // What needs the reader's attention first: known errors and disagreements, then the rest.
  const claims = [...content.findings.claims].sort((a, b) => URGENCY[a.verdict] - URGENCY[b.verdict]);
  const names = [...new Set(mentions.map((m) => termById(m.termId)?.name[lang] ?? m.text))];
  return (
    <>
      <h2 class="title" id="plan-lens-card-title">
        {t('card_kind_selection')}
      </h2>
      <p class="quote">{content.text.length > 140 ? `${content.text.slice(0, 139)}…` : content.text}</p>
      {names.length > 0 ? (
        <p class="subtle">{t('card_selection_mentions', names.join(lang === 'ja' ? '、' : ', '))}</p>
      ) : null}
      {claims.length === 0 ? (
        <p class="lead">{t('card_selection_none')}</p>
      ) : (
        <ol class="claims">
          {claims.map((claim) => (
            <li key={`${claim.start}-${claim.end}`}>
              <ClaimBody claim={claim} compact />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * The in-page card: compact, one clear hierarchy, and readable by a screen reader as a dialog. Its
 * parts read the language and translator from the same context as the popup's (I18nContext).
 */
export function Card({ content, lang, t, position, onClose }: CardProps) {
  return (
    <I18nContext.Provider value={{ lang, t }}>
      <CardFrame content={content} lang={lang} t={t} position={position} onClose={onClose} />
    </I18nContext.Provider>
  );
}

function CardFrame({ content, lang, t, position, onClose }: CardProps) {
  return (
    <div
      class={`card card--${content.kind}`}
      role="dialog"
      aria-label={t('card_dialog_label', labelOf(content, t, lang))}
      aria-describedby="plan-lens-card-body"
      tabIndex={-1}
      lang={lang}
    >
      <div class="bar">
        <span class="brand">
          <span class="brand__mark" aria-hidden="true" />
          Plan Lens
        </span>
        <span class="bar__kind">{t(KIND_KEYS[content.kind])}</span>
        {position ? (
          <span class="bar__position">{t('card_position', position.index + 1, position.total)}</span>
        ) : null}
        <button
          type="button"
          class="close"
          onClick={onClose}
          aria-label={t('card_close')}
          title={t('card_close')}
        >
          ×
        </button>
      </div>
      <div class="body" id="plan-lens-card-body">
        {content.kind === 'mention' ? <MentionBody mention={content.mention} /> : null}
        {content.kind === 'claim' ? <ClaimBody claim={content.claim} /> : null}
        {content.kind === 'selection' ? <SelectionBody content={content} t={t} lang={lang} /> : null}
      </div>
      <p class="foot">{t('card_keys_hint')}</p>
    </div>
  );
}
