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

/** A number in a passage about the plan whose sentence carries a figure's cue words. */
export interface Claim {
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
  explanation: Text;
  quantity: Quantity;
}

/** What the checker found in one text. */
export interface Findings {
  mentions: Mention[];
  claims: Claim[];
}
