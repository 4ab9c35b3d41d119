import type { Claim } from '../../lib/check/types';
import { sentenceAround } from '../../lib/export/index';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { SourceLink } from '../common/SourceLink';
import { StatusTag, statusKey } from '../common/StatusTag';
import { VerdictPill, verdictKey } from '../common/VerdictPill';
import { ExportButtons } from './ExportButtons';

interface Props {
  claim: Claim;
  /** The text the claim was found in, for the claim's sentence. */
  text: string;
  pageUrl?: string | null;
  copy: (text: string) => Promise<void>;
  today: () => Date;
}

/** One checked number: verdict, official figure with its status and source, the explanation. */
export function ClaimResult({ claim, text, pageUrl, copy, today }: Props) {
  const { t, lang } = useI18n();
  const { lookup } = useDataset();
  const figure = lookup.figure(claim.figureId);
  const misstatement = lookup.misstatement(claim.misstatementId);
  const official = figure ? figure.display[lang] : claim.official;
  const status = figure?.status ?? claim.status;
  const citations = misstatement?.sources ?? figure?.sources ?? [];
  const first = citations[0];
  const firstSource = first ? lookup.source(first.sourceId) : undefined;
  return (
    <li class={`pl-card pl-claim pl-claim--${claim.verdict}`}>
      <p class="pl-claim__head">
        <VerdictPill verdict={claim.verdict} />
        <strong class="pl-claim__text">{claim.text}</strong>
      </p>
      {official ? (
        <p class="pl-claim__official">
          <span class="pl-claim__official-label">{t('checker_official')}</span>{' '}
          <span class="pl-claim__official-value">{official}</span>{' '}
          {status ? <StatusTag status={status} /> : null}
        </p>
      ) : null}
      {figure ? <p class="pl-claim__figure">{figure.label[lang]}</p> : null}
      <p class="pl-claim__explanation">{claim.explanation[lang]}</p>
      {citations.slice(0, 2).map((citation) => (
        <SourceLink
          key={citation.sourceId + citation.quote}
          citation={citation}
          source={lookup.source(citation.sourceId)}
        />
      ))}
      <ExportButtons
        copy={copy}
        build={() => ({
          claim: sentenceAround(text, claim.start, claim.end) || claim.text,
          verdict: claim.verdict,
          verdictWords: t(verdictKey(claim.verdict)),
          explanation: claim.explanation[lang],
          official,
          statusWords: status ? t(statusKey(status)) : null,
          pageUrl: pageUrl ?? null,
          sourceUrl: firstSource?.url ?? null,
          sourceName: firstSource?.publisher ?? null,
          date: today(),
          lang,
        })}
      />
    </li>
  );
}
