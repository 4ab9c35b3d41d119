/**
 * The tense of the verb a date goes with, for a month or month-day written without its year: an
 * article of January 2026 that says 「AI法は5月に成立した」 or "the law that was enacted in May" means
 * May 2025, not the nearer May 2026. Null when the words say neither (the nearest such date is
 * meant then). Only agreement rests on it: a date read with the article's date is never called
 * wrong (lib/check/engine.ts).
 */
import type { Span } from '../detect/blocks';
import type { Tense } from './resolve';

/** How far after a Japanese date its verb is looked for (「5月に国会で成立した」). */
const JA_REACH = 24;
/** How far before an English date its verb is looked for ("was enacted in May"). */
const EN_REACH = 40;

/** The endings of a Japanese verb in the past: 成立した, 公布された, 始まった, 決めた. */
export const JA_PAST = /した|された|れた|った|いた|えた|けた|めた|きた|んだ/;
/** A Japanese verb in the past, or one of the future (する, 予定, めど). */
const JA_VERB = new RegExp(
  `(?<past>${JA_PAST.source}|ました|だった)|(?<future>する(?![とのが])|される|予定|見通し|方針|めど|目途|目指|見込み|へ[。、]|になる)`,
);
/** An English past verb right before the date: "was enacted in", "took full effect in", "passed on". */
const EN_PAST =
  /\b(?:[a-z]+ed|took|came|began|went|became|was|were|passed|held|set|made|won|rose|fell|grew)\b[^.;:!?]{0,24}\b(?:in|on|since)\s+(?:early |mid-|late )?$/i;
/** Words of the future before an English date: "will start in", "is set to launch in", "expected in". */
const EN_FUTURE =
  /\b(?:will|shall|is to|are to|set to|plans? to|planned|aims? to|expected|scheduled|slated|due|upcoming)\b/i;

/** The tense the date's verb gives it, or null. `sent`: the date's sentence. */
export function tenseOf(text: string, sent: Span, q: Span): Tense | null {
  const before = text.slice(Math.max(sent.start, q.start - EN_REACH), q.start);
  if (/[A-Za-z]\s*$/.test(before) || /^\s*[A-Za-z.,]/.test(text.slice(q.end, q.end + 2))) {
    if (EN_FUTURE.test(before)) return 'future';
    return EN_PAST.test(before) ? 'past' : null;
  }
  const after = text.slice(q.end, Math.min(sent.end, q.end + JA_REACH));
  // the verb of the date's own clause: up to the next comma or full stop
  const clause = after.split(/[、。，．]/, 1)[0] ?? '';
  const m = JA_VERB.exec(clause);
  if (m === null) return null;
  return m.groups?.past !== undefined ? 'past' : 'future';
}
