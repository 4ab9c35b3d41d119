import type { Reaction } from '../../lib/plan/schema';
import { anchorId } from '../../lib/search/anchors';
import { useDataset } from '../common/dataset-context';
import { formatDate, useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';

const REACTION_KIND_KEYS: Record<Reaction['kind'], string> = {
  welcome: 'popup_reactions_kind_welcome',
  concern: 'popup_reactions_kind_concern',
  criticism: 'popup_reactions_kind_criticism',
  opinion: 'popup_reactions_kind_opinion',
};

/**
 * The plan at a glance: vision, 3 principles, 4 basic policies, the PM's 7 instructions, terms,
 * and reactions to it (opinions from the press, never figures).
 */
export function OverviewView() {
  const { t, lang } = useI18n();
  const { dataset, lookup } = useDataset();
  const { plan } = dataset;
  return (
    <div class="pl-view pl-overview">
      <article class="pl-card pl-vision" id={anchorId('plan', 'plan')} tabIndex={-1}>
        <h2 class="pl-card__eyebrow">{t('popup_vision')}</h2>
        {plan.vision.map((line) => (
          <p key={line.ja} class="pl-vision__line">
            {line[lang]}
          </p>
        ))}
        <dl class="pl-facts">
          <dt>{t('popup_legal_basis')}</dt>
          <dd>{plan.legalBasis[lang]}</dd>
        </dl>
        <p class="pl-card__links">
          <a href={plan.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('popup_plan_document')}
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      </article>

      <section class="pl-section" aria-labelledby="pl-h-principles">
        <h2 class="pl-section__title" id="pl-h-principles">
          {t('popup_principles', dataset.principles.length)}
        </h2>
        <ol class="pl-principles">
          {dataset.principles.map((p) => (
            <li key={p.id} id={anchorId('principle', p.id)} tabIndex={-1} class="pl-principle">
              <span class="pl-num" aria-hidden="true">
                {p.number}
              </span>
              <div>
                <p class="pl-principle__title">{p.title[lang]}</p>
                <p class="pl-principle__summary">{p.summary[lang]}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section class="pl-section" aria-labelledby="pl-h-policies">
        <h2 class="pl-section__title" id="pl-h-policies">
          {t('popup_policies', dataset.policies.length)}
        </h2>
        <ol class="pl-policies">
          {dataset.policies.map((p) => {
            const instructions = dataset.instructions.filter((i) => i.policyIds.includes(p.id));
            return (
              <li
                key={p.id}
                id={anchorId('policy', p.id)}
                tabIndex={-1}
                class={`pl-card pl-policy pl-policy--${p.number}`}
              >
                <p class="pl-policy__head">
                  <span class="pl-policy__badge">{t('policy_number', p.number)}</span>
                  <span class="pl-policy__slogan">{p.slogan[lang]}</span>
                </p>
                <h3 class="pl-policy__title">{p.title[lang]}</h3>
                <p class="pl-policy__summary">{p.summary[lang]}</p>
                {instructions.length > 0 ? (
                  <p class="pl-policy__instructions">
                    {t('policy_instructions')}{' '}
                    {instructions.map((i) => (
                      <a key={i.id} class="pl-chip" href={`#${anchorId('instruction', i.id)}`}>
                        {t('policy_instruction_ref', i.number)}
                      </a>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section class="pl-section" aria-labelledby="pl-h-instructions">
        <h2 class="pl-section__title" id="pl-h-instructions">
          {t('popup_instructions', dataset.instructions.length)}
        </h2>
        <p class="pl-note">{t('popup_instructions_note')}</p>
        <ol class="pl-instructions">
          {dataset.instructions.map((i) => (
            <li key={i.id} id={anchorId('instruction', i.id)} tabIndex={-1} class="pl-instruction">
              <span class="pl-num pl-num--pm" aria-hidden="true">
                {i.number}
              </span>
              <div>
                <p class="pl-instruction__title">{i.title[lang]}</p>
                <p class="pl-instruction__summary">{i.summary[lang]}</p>
                <p class="pl-instruction__policies">
                  {i.policyIds.map((id) => {
                    const policy = lookup.policy(id);
                    return policy ? (
                      <a
                        key={id}
                        class={`pl-chip pl-chip--policy-${policy.number}`}
                        href={`#${anchorId('policy', id)}`}
                      >
                        {t('policy_number', policy.number)} {policy.slogan[lang]}
                      </a>
                    ) : null;
                  })}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section class="pl-section" aria-labelledby="pl-h-terms">
        <h2 class="pl-section__title" id="pl-h-terms">
          {t('popup_terms')}
        </h2>
        <dl class="pl-terms">
          {dataset.terms.map((term) => (
            <div key={term.id} id={anchorId('term', term.id)} tabIndex={-1} class="pl-term">
              <dt>
                {term.name[lang]}
                {term.name.ja !== term.name.en ? (
                  <span class="pl-term__other" lang={lang === 'ja' ? 'en' : 'ja'}>
                    {term.name[lang === 'ja' ? 'en' : 'ja']}
                  </span>
                ) : null}
              </dt>
              <dd>{term.summary[lang]}</dd>
            </div>
          ))}
        </dl>
      </section>

      {dataset.reactions.length > 0 ? (
        <section class="pl-section pl-reactions" aria-labelledby="pl-h-reactions">
          <h2 class="pl-section__title" id="pl-h-reactions">
            {t('popup_reactions_title')}
          </h2>
          <p class="pl-note">{t('popup_reactions_note')}</p>
          <ul class="pl-reactions__list">
            {dataset.reactions.map((r) => (
              <li
                key={r.id}
                id={anchorId('reaction', r.id)}
                tabIndex={-1}
                class={`pl-reaction pl-reaction--${r.kind}`}
                data-kind={r.kind}
              >
                <p class="pl-reaction__head">
                  <span class={`pl-tag pl-rkind pl-rkind--${r.kind}`}>
                    <span class="pl-tag__shape" aria-hidden="true" />
                    {t(REACTION_KIND_KEYS[r.kind])}
                  </span>
                  <span class="pl-reaction__who">{r.who[lang]}</span>
                </p>
                <p class="pl-reaction__text">{r.text[lang]}</p>
                {r.sources.map((c) => (
                  <SourceLink key={c.sourceId} citation={c} source={lookup.source(c.sourceId)} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <footer class="pl-dataset">
        {t('popup_dataset_version', plan.datasetVersion, formatDate(plan.asOf, lang))}
      </footer>
    </div>
  );
}
