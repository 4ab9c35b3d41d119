import type { Quantity } from '../numbers/types';
import type { Status, Text } from '../plan/schema';

/** A place where the text names the plan or one of its entities. */
export interface Mention {
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  text: string;
  termId: string;
}

export type Verdict = 'match' | 'mismatch' | 'misstatement' | 'not-in-plan';

/**
 * Why a claim got its verdict, as data: the figure, the misstatement, the other figures it was
 * weighed against, the plan topic. The sentences a reader sees are written from it where they are
 * shown (./explain.ts explainClaim), so the content script ships no prose.
 */
export type Reason =
  | { verdict: 'match'; figureId: string }
  | { verdict: 'mismatch'; figureId: string; otherFigureIds: string[] }
  | { verdict: 'misstatement'; misstatementId: string; figureId: string | null }
  /** `topic`: the plan topic with no figure the sentence names (NO_FIGURE_TOPICS' label). */
  | { verdict: 'not-in-plan'; topic: Text };

/** A number in a passage about the plan whose sentence carries a figure's cue words: the engine's answer. */
export interface CheckedClaim {
  start: number;
  end: number;
  text: string;
  verdict: Verdict;
  /** The figure the claim is about (for misstatements: the figure the correction points to). */
  figureId: string | null;
  misstatementId: string | null;
  /** The official figure as articles write it (figure.display.ja), or null. */
  official: string | null;
  /** The status of the official figure (plan, pm-statement, reported…). */
  status: Status | null;
  reason: Reason;
  quantity: Quantity;
}

/** A claim with its explanation written out (the CLI, the popup checker, the card). */
export interface Claim extends CheckedClaim {
  explanation: Text;
}

/** What the engine found in one text (the content script's checker stops here). */
export interface CheckedFindings {
  mentions: Mention[];
  claims: CheckedClaim[];
}

/** What the checker found in one text, explanations written out. */
export interface Findings {
  mentions: Mention[];
  claims: Claim[];
}
