/**
 * The order and filters of the popup's "this page" list: problems first (known misstatements,
 * then mismatches), then the other numbers, then mentions; reading order within each group.
 */
import type { FindingSummary } from '../../lib/messages';

export type FindingFilter = 'all' | 'problems' | 'numbers' | 'mentions';

export function isProblem(finding: FindingSummary): boolean {
  return finding.verdict === 'misstatement' || finding.verdict === 'mismatch';
}

function rank(finding: FindingSummary): number {
  if (finding.verdict === 'misstatement') return 0;
  if (finding.verdict === 'mismatch') return 1;
  if (finding.kind === 'claim') return 2;
  return 3;
}

export function problemsFirst(findings: readonly FindingSummary[]): FindingSummary[] {
  return [...findings].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

export function matchesFilter(finding: FindingSummary, filter: FindingFilter): boolean {
  if (filter === 'problems') return isProblem(finding);
  if (filter === 'numbers') return finding.kind === 'claim';
  if (filter === 'mentions') return finding.kind === 'mention';
  return true;
}
