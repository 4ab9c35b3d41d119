/**
 * Whose day a date is, when a sentence about the plan gives a day of something else: a draft's
 * (「19日に戦略本部で了承され」), another document the cabinet decided (「補正予算案を閣議決定した」), or
 * a verb of its own ("a report we issued on Dec. 15"). The rules (./rules.ts, boundTo) bind such a
 * date to the plan's decision never, or only through that verb.
 */
import type { Span } from '../detect/blocks';

/** After a date, a draft's own event: 「に案がまとまり」「に戦略本部で了承され」「、原案を承認」. */
const DRAFT_EVENT_AFTER =
  /^に[^。、，]{0,8}?(?:案が|原案が|骨子が)?(?:まとま|了承|承認|取りまとめ|とりまとめ)(?!を経)|^[、，]?[^。、，]{0,12}?(?:計画案|原案|骨子案?|素案|案)(?:が|を)[^。、，]{0,4}?(?:まとま|了承|承認|取りまとめ|とりまとめ|決定)/;
/** Before a date in its clause, the draft as what is decided: 「計画案を」「原案は」. */
const DRAFT_BEFORE = /(?:案|骨子|素案|たたき台)(?:を|は|について)[^、。，]{0,4}$/;
/** After a date, a bare decision (決定, not 閣議決定): 「19日に決定へ」. */
const BARE_DECISION_AFTER = /^に?決定/;

/**
 * Is the date the day of a draft, not of the cabinet's decision? Its own event is the draft's
 * (了承, まとまる), or what it decides is a draft (「計画案を19日に決定」), or it decides with a bare
 * 決定 while the sentence gives 閣議決定 apart (「19日に決定へ　閣議決定は来週」).
 */
export function isDraftsDate(block: string, sent: Span, q: Span): boolean {
  const after = block.slice(q.end, Math.min(sent.end, q.end + 16));
  if (DRAFT_EVENT_AFTER.test(after)) return true;
  if (!BARE_DECISION_AFTER.test(after)) return false;
  const before = block.slice(Math.max(sent.start, q.start - 20), q.start);
  if (DRAFT_BEFORE.test(before)) return true;
  // a 閣議決定 of its own elsewhere in the sentence, not the one right after the date (unless it is
  // 「同日」 the same day's: 「19日に決定され、同日中に閣議決定された」)
  const sentence = block.slice(sent.start, sent.end);
  if (sentence.includes('同日')) return false;
  const own = q.end - sent.start;
  for (let at = sentence.indexOf('閣議決定'); at >= 0; at = sentence.indexOf('閣議決定', at + 1)) {
    if (at < q.start - sent.start - 2 || at > own + 3) return true;
  }
  return false;
}

/** Another document the cabinet decides: 「補正予算案を閣議決定」「閣議決定された重点計画」. */
const OTHER_DOCUMENT = '(?:予算案|予算|法案|重点計画|戦略|方針|指針|大綱|要綱|白書)';
const OTHER_DOCUMENT_DECIDED = new RegExp(
  `${OTHER_DOCUMENT}(?:を|が)閣議決定|閣議決定(?:された|した|の)[^。、]{0,10}?${OTHER_DOCUMENT}`,
);
/** The plan as what the cabinet decides: 「AI基本計画を閣議決定」「閣議決定されたAI基本計画」. */
const PLAN_DECIDED =
  /基本計画(?:案)?(?:を|が|は)[^。]{0,12}閣議決定|閣議決定(?:された|した)[^。、]{0,6}基本計画/;

/** After a date, the cabinet deciding another document: 「11月28日に閣議決定された補正予算案」. */
const OTHER_DOCUMENT_AFTER = new RegExp(`^に?閣議決定(?:された|した)[^。、]{0,10}?${OTHER_DOCUMENT}`);

/** Is the date that of another document the cabinet decided, named right after it (OTHER_DOCUMENT_AFTER)? */
export function isOtherDocumentsDate(block: string, q: Span): boolean {
  return OTHER_DOCUMENT_AFTER.test(block.slice(q.end, q.end + 24));
}

/**
 * Does the sentence say the cabinet decided another document (a budget, a bill, another plan), and
 * not the plan? 「政府は11月28日、AI基本計画の施策を盛り込んだ補正予算案を閣議決定した」: the day is the
 * budget's.
 */
export function decidesOtherDocument(sentence: string): boolean {
  return OTHER_DOCUMENT_DECIDED.test(sentence) && !PLAN_DECIDED.test(sentence);
}

/** The cabinet meeting: "convened", "met". */
const MEETING_VERB = /^(?:convened|met|gathered)$/i;
const CABINET_BEFORE = /\bCabinet\b[^.;]{0,20}$/;

/** An English past verb, then on/in (and 'the'), ending right before a date: "issued on ", "held in ". */
const VERB_ON_BEFORE = /\b([A-Za-z]{2,}ed)\s+(?:on|in)\s+(?:the\s+)?$/;

/**
 * The span of the past verb a date follows as its own ("we issued on Dec. 15", "was published in
 * May"), or null. English only: a Japanese date is placed before its verb, and read by the rules'
 * other tests.
 */
export function verbBeforeDate(block: string, sent: Span, q: Span): Span | null {
  const from = Math.max(sent.start, q.start - 24);
  const m = VERB_ON_BEFORE.exec(block.slice(from, q.start));
  if (m === null) return null;
  const start = from + m.index;
  // "the Cabinet, which convened on Dec. 19": the cabinet's meeting is its decision's day
  if (
    MEETING_VERB.test(m[1] as string) &&
    CABINET_BEFORE.test(block.slice(Math.max(sent.start, start - 24), start))
  )
    return null;
  return { start, end: start + (m[1] as string).length };
}
