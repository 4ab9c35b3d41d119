/**
 * A date that opens its sentence as an adverbial (「2025年12月23日、政府は…を閣議決定した。」,
 * "On 15 March 2025, the Diet enacted …") dates the sentence's main clause, however long the subject
 * between them: wire copy and explainers put the date first and the verb last. The rules bind a
 * date to a cue word only when they are close (rules.ts, boundTo); this says when a far cue is the
 * main clause's verb all the same.
 *
 * Precision first, so the shapes are narrow: the date is the sentence's first words (after "On"/"In"
 * or a short topic 「政府は」) and a comma follows it; in Japanese the cue is the sentence's final
 * predicate in the past tense (「…を閣議決定した。」, not 「…を閣議決定する方針を示した」), with no
 * clause ending before it; in English nothing between the comma and the cue reports, plans or starts
 * another clause ("said the cabinet would adopt" is not the adoption).
 */
import { JA_PAST } from '../dates/tense';
import type { Span } from '../detect/blocks';

/** What may come before a lead date in its sentence: nothing, "On"/"In", or a short topic (「政府は」). */
const BEFORE_LEAD = /^(?:(?:On|In)\s+|[^\s、。,.]{1,6}(?:は|では)|)$/;
/** A comma right after the date (「2025年12月23日、」「…23日に、」 "2025,"). */
const COMMA_AFTER = /^(?:に|には)?[、，,]/;
/** In Japanese, the cue ends the sentence, in the past tense (or as a noun: 「…を閣議決定。」). */
const JA_FINAL = /^(?:(?:し|され)(?:た|ました))?[。．！]?[」』）)]?\s*$/;
/** A comma in the Japanese subject may only follow a topic or subject marker (「政府は、」). */
const JA_CLAUSE_COMMA = /[^はが][、，]/;
/**
 * A past verb inside the subject (「政府が国会に提出したAI法案は」) or a word of sequence (のち, 後):
 * the lead date may be that earlier event's.
 */
const JA_EARLIER_EVENT = new RegExp(`${JA_PAST.source}|のち|後`);
/** Words that make the English verb after them another clause's (reported, planned, relative). */
const EN_NOT_MAIN =
  /\b(?:said|says|say|told|announced|announces|reported|reports|expects?|expected|plans?|planned|aims?|will|would|could|should|may|might|can|to|that|which|who|whose|when|while|after|before|as|and|but)\b/i;
/** The longest subject an English lead date reaches over to its verb. */
const MAX_EN_SUBJECT = 80;

/** Does the date `q`, opening sentence `sent`, date the main clause whose verb is the cue `hit`? */
export function datesMainClause(block: string, sent: Span, q: Span, hit: Span): boolean {
  if (hit.start < q.end) return false;
  const before = block.slice(sent.start, q.start).trimStart();
  if (!BEFORE_LEAD.test(before)) return false;
  const after = block.slice(q.end, hit.start);
  const comma = COMMA_AFTER.exec(after);
  if (comma === null) return false;
  const subject = after.slice(comma[0].length);
  const first = block.charCodeAt(hit.start);
  const english = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (english) {
    return subject.length <= MAX_EN_SUBJECT && !/[,;:]/.test(subject) && !EN_NOT_MAIN.test(subject);
  }
  return (
    !JA_CLAUSE_COMMA.test(subject) &&
    !JA_EARLIER_EVENT.test(subject) &&
    JA_FINAL.test(block.slice(hit.end, sent.end))
  );
}
