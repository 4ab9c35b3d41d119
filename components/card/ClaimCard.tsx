import type { Claim } from '../../lib/check/types';
import type { Lang, Translate } from '../i18n';
import { LaterList, SourceLine, StatusTag, VerdictPill } from './parts';
import { figureById, misstatementById } from './plan-lookup';

/**
 * A number checked against the plan: the verdict in words and colour, the article's value beside
 * the official figure and whose word that figure is, the explanation, the source, and anything
 * that changed later.
 */
export function ClaimBody({
  claim,
  t,
  lang,
  compact = false,
}: {
  claim: Claim;
  t: Translate;
  lang: Lang;
  compact?: boolean;
}) {
  const figure = figureById(claim.figureId);
  const misstatement = misstatementById(claim.misstatementId);
  const official = figure ? figure.display[lang] : claim.official;
  const status = claim.status ?? figure?.status ?? null;
  const citation = figure?.sources[0] ?? misstatement?.sources[0];
  const explanation = claim.explanation[lang];
  // The checker's explanation often already says the note and what came later: say it once.
  const note = figure?.note && !explanation.includes(figure.note[lang]) ? figure.note[lang] : null;
  const later = (figure?.later ?? []).filter((item) => !explanation.includes(item.text[lang]));
  return (
    <div class={`claim claim--${claim.verdict}`}>
      <div class="claim__head">
        <VerdictPill verdict={claim.verdict} t={t} />
        {figure ? (
          <h2 class="claim__topic" id={compact ? undefined : 'plan-lens-card-title'}>
            {figure.label[lang]}
          </h2>
        ) : null}
      </div>
      <dl class="compare">
        <dt>{t('card_article_value')}</dt>
        <dd class="compare__article">{claim.text}</dd>
        <dt>{t('card_official')}</dt>
        <dd class="compare__official">
          {official ? (
            <>
              <span class="compare__value">{official}</span>
              {status ? <StatusTag status={status} t={t} /> : null}
            </>
          ) : (
            <span class="compare__none">{t('card_no_official')}</span>
          )}
        </dd>
      </dl>
      {status === 'reported' ? <p class="warn">{t('card_status_reported_note')}</p> : null}
      <p class="explanation">{explanation}</p>
      {misstatement ? (
        <p class="correction">
          <strong>{t('card_correction')}</strong> {misstatement.correction[lang]}
        </p>
      ) : null}
      {!compact && note ? <p class="note">{note}</p> : null}
      {citation ? <SourceLine citation={citation} t={t} lang={lang} /> : null}
      <LaterList later={later} t={t} lang={lang} />
    </div>
  );
}
