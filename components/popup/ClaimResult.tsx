import type { Claim } from '../../lib/check/types';
import { sentenceAround } from '../../lib/export/index';
import { ClaimSummary } from '../common/ClaimSummary';
import { useDataset } from '../common/dataset-context';
import { useI18n } from '../common/i18n-context';
import { statusKey } from '../common/StatusTag';
import { verdictKey } from '../common/VerdictPill';
import { ExportButtons } from './ExportButtons';

interface Props {
  claim: Claim;
  /** The text the claim was found in, for the claim's sentence. */
  text: string;
  pageUrl?: string | null;
  copy: (text: string) => Promise<void>;
  today: () => Date;
}

/** One checked number, as the card shows it (../common/ClaimSummary), with export buttons. */
export function ClaimResult({ claim, text, pageUrl, copy, today }: Props) {
  const { t, lang } = useI18n();
  const { dataset, lookup } = useDataset();
  const figure = lookup.figure(claim.figureId);
  const misstatement = lookup.misstatement(claim.misstatementId);
  const official = figure ? figure.display[lang] : claim.official;
  const status = figure?.status ?? claim.status;
  const first = misstatement?.sources[0] ?? figure?.sources[0];
  const firstSource = first ? lookup.source(first.sourceId) : undefined;
  return (
    <li class={`pl-card pl-claim-card pl-claim-card--${claim.verdict}`}>
      <ClaimSummary
        claim={claim}
        figure={figure}
        misstatement={misstatement}
        sourceOf={lookup.source}
        planCitation={dataset.plan.sources[0]}
      >
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
      </ClaimSummary>
    </li>
  );
}
