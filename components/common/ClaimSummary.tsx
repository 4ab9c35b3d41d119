import type { ComponentChildren } from 'preact';
import type { Claim } from '../../lib/check/types';
import type { Citation, Figure, Misstatement, Source, Status } from '../../lib/plan/schema';
import { explanationParts, noteToShow } from './explanation';
import { useI18n } from './i18n-context';
import { LaterList } from './LaterList';
import { SourceLink } from './SourceLink';
import { StatusTag } from './StatusTag';
import { VerdictPill } from './VerdictPill';

/** What the figure's value is called beside the article's: 「公式」 only for the plan's own word. */
const VALUE_KEYS: Record<Status, string> = {
  plan: 'kit_value_plan',
  'pm-statement': 'kit_value_pm_statement',
  reported: 'kit_value_reported',
  context: 'kit_value_context',
  unverified: 'kit_value_unverified',
  misstatement: 'kit_value_misstatement',
};

export function valueLabelKey(status: Status | null): string {
  return status ? VALUE_KEYS[status] : 'kit_value_plan';
}

interface Props {
  claim: Claim;
  figure: Figure | undefined;
  misstatement: Misstatement | undefined;
  sourceOf: (id: string) => Source | undefined;
  /** The plan document's own citation: the evidence of a 計画に記載なし verdict (no figure to cite). */
  planCitation?: Citation | undefined;
  /** The element of the figure's name: h2 in the card, a paragraph in the popup's lists. */
  titleTag?: 'h2' | 'h3' | 'p';
  titleId?: string;
  /** Actions under the summary (the popup's export buttons). */
  children?: ComponentChildren;
}

/**
 * One checked number, the same in the card and the popup: the verdict, the article's value beside
 * the figure's, one sentence, the correction once, the source; the rest behind "more".
 */
export function ClaimSummary({
  claim,
  figure,
  misstatement,
  sourceOf,
  planCitation,
  titleTag: Title = 'p',
  titleId,
  children,
}: Props) {
  const { t, lang } = useI18n();
  const official = figure ? figure.display[lang] : claim.official;
  const status = figure?.status ?? claim.status;
  const citation =
    misstatement?.sources[0] ??
    figure?.sources[0] ??
    (claim.verdict === 'not-in-plan' ? planCitation : undefined);
  const { lead, more } = explanationParts(claim, figure, lang);
  const note = claim.verdict === 'misstatement' ? null : noteToShow(figure, [lead, ...more], lang);
  const later = claim.verdict === 'misstatement' ? [] : (figure?.later ?? []);
  const hasDetails = more.length > 0 || note !== null || later.length > 0;
  return (
    <div class={`pl-claim pl-claim--${claim.verdict}`}>
      <div class="pl-claim__head">
        <VerdictPill verdict={claim.verdict} />
        {figure ? (
          <Title class="pl-claim__topic" id={titleId}>
            {figure.label[lang]}
          </Title>
        ) : null}
      </div>
      <dl class="pl-compare">
        <div class="pl-compare__row">
          <dt>{t('kit_value_article')}</dt>
          <dd class="pl-compare__article">{claim.text}</dd>
        </div>
        <div class="pl-compare__row">
          <dt>{t(valueLabelKey(status))}</dt>
          <dd class="pl-compare__official">
            {official ? (
              <>
                <span class="pl-compare__value">{official}</span>
                {status ? <StatusTag status={status} /> : null}
              </>
            ) : (
              <span class="pl-compare__none">{t('kit_value_none')}</span>
            )}
          </dd>
        </div>
      </dl>
      <p class="pl-claim__lead">{lead}</p>
      {misstatement ? (
        <p class="pl-correction">
          <strong>{t('kit_correction')}</strong> {misstatement.correction[lang]}
        </p>
      ) : null}
      {citation ? <SourceLink citation={citation} source={sourceOf(citation.sourceId)} /> : null}
      {hasDetails ? (
        <details class="pl-details">
          <summary>{t('kit_details')}</summary>
          {more.map((sentence) => (
            <p key={sentence} class="pl-details__text">
              {sentence}
            </p>
          ))}
          {note ? <p class="pl-details__text">{note}</p> : null}
          <LaterList later={later} />
        </details>
      ) : null}
      {children}
    </div>
  );
}
