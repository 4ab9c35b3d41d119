import type { Mention } from '../../lib/check/types';
import { useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';
import { StatusTag } from '../common/StatusTag';
import { figureById, policyById, sourceById, termById } from './plan-lookup';

const MAX_FIGURES = 4;

/**
 * What the term is and its source first; its basic policy (our own classification) and its key
 * figures behind "more", so the source never scrolls out of a short window.
 */
export function MentionBody({ mention }: { mention: Mention }) {
  const { t, lang } = useI18n();
  const term = termById(mention.termId);
  if (!term) return <p class="lead">{mention.text}</p>;
  const policy = policyById(term.policyId);
  const figures = term.figureIds
    .map((id) => figureById(id))
    .filter((f) => f !== undefined)
    .slice(0, MAX_FIGURES);
  const name = term.name[lang];
  const asWritten = mention.text !== name && mention.text !== term.name.ja && mention.text !== term.name.en;
  const citation = term.sources[0];
  return (
    <>
      <h2 class="title" id="plan-lens-card-title">
        {name}
      </h2>
      <p class="subtle">
        {t(`card_term_kind_${term.kind}`)}
        {asWritten ? <> · {t('card_as_written', mention.text)}</> : null}
      </p>
      <p class="lead">{term.summary[lang]}</p>
      {citation ? <SourceLink citation={citation} source={sourceById(citation.sourceId)} /> : null}
      {policy || figures.length > 0 ? (
        <details class="pl-details">
          <summary>
            {[
              policy ? t('card_policy_number', policy.number) : null,
              figures.length > 0 ? t('card_key_figures') : null,
            ]
              .filter((part) => part !== null)
              .join(' · ')}
          </summary>
          {policy ? (
            <div class="policy">
              <span class="policy__number" aria-hidden="true">
                {policy.number}
              </span>
              <div>
                <p class="policy__label">
                  {t('card_policy_number', policy.number)} · {policy.slogan[lang]}
                </p>
                <p class="policy__title">{policy.title[lang]}</p>
              </div>
              <span class="own" title={t('card_own_classification_hint')}>
                {t('card_own_classification')}
              </span>
            </div>
          ) : null}
          {figures.length > 0 ? (
            <ul class="figures" aria-label={t('card_key_figures')}>
              {figures.map((figure) => (
                <li key={figure.id} class="figure">
                  <span class="figure__label">{figure.label[lang]}</span>
                  <span class="figure__value">{figure.display[lang]}</span>
                  <StatusTag status={figure.status} />
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
    </>
  );
}
