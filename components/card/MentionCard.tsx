import type { Mention } from '../../lib/check/types';
import type { Lang, Translate } from '../i18n';
import { SourceLine, StatusTag } from './parts';
import { figureById, policyById, termById } from './plan-lookup';

const MAX_FIGURES = 4;

/** What the term is, its basic policy (our own classification), its key figures, its source. */
export function MentionBody({ mention, t, lang }: { mention: Mention; t: Translate; lang: Lang }) {
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
        <section aria-label={t('card_key_figures')}>
          <h3 class="section-title">{t('card_key_figures')}</h3>
          <ul class="figures">
            {figures.map((figure) => (
              <li key={figure.id} class="figure">
                <span class="figure__label">{figure.label[lang]}</span>
                <span class="figure__value">{figure.display[lang]}</span>
                <StatusTag status={figure.status} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {citation ? <SourceLine citation={citation} t={t} lang={lang} /> : null}
    </>
  );
}
