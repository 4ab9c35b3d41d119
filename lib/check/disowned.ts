/**
 * Claims an article makes only to reject them. Fact-checks and explainers quote a known slip in
 * order to correct it: 「一部では「7本柱」との表現も見られるが、計画が掲げるのは4つの基本的な方針だ」,
 * 「閣議決定日を12月19日とする報道があるが、正しくは23日」, "Some reports described the plan as
 * having seven pillars, but it sets out four basic policies". The article is right there: calling
 * its quotation 既知の誤り (and turning the badge red) would accuse a correct article. Such a number
 * is nobody's claim, so it gets no verdict at all.
 */

/**
 * Words with which an article calls a claim wrong (「…との誤った情報」, 「12月19日ではなく」, "wrongly
 * reported", "incorrectly"), debunks it ("it is a myth that", a correction note: "Correction: An earlier version of this
 * article said…", 「訂正します」; the bare words are left out: 'the correction of misinformation') or sets it at odds with another (「首相の説明と食い違う」, "contradicts"). Not 偽情報 or "disinformation": countering those is one of the plan's
 * own topics.
 */
const DISPUTED =
  /誤った|誤り|誤報|誤情報|誤解|間違い|デマ|事実と異な|事実ではな|ではなく|ではない|正しくは|訂正(?:[:：]|します|しました|いたします|いたしました)|おわびして訂正|桁が(?:一つ|ひとつ|1つ)?(?:違|ちが)う|桁違い|(?<![A-Za-z])correction:|食い違|矛盾|\b(?:false(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|wrong(?:ly)?|misreport(?:ed|s)?|not true|rather than|contradict(?:s|ed|ing)?|at odds with|inconsistent with|(?:it is |it's |it’s |is |was )?a (?:common )?(?:myth|misconception) that|debunk(?:s|ed|ing)?|(?:has been|was|were|have been) corrected|an earlier version of (?:this|the) (?:article|story|report|piece)|originally (?:said|stated|described|reported|gave|misstated))\b/i;

/** Does the sentence say that some claim in it is wrong? */
export function isDisputed(sentence: string): boolean {
  return DISPUTED.test(sentence);
}

/**
 * Japanese hearsay right after the quoted words: 「…」との表現, …とする報道, …と報じられた, …とされる.
 * Not 「…と説明した」 or 「…と発表した」: what the government itself says is not hearsay.
 */
const JA_HEARSAY_AFTER =
  /^[」』"”’）)]?[^。、]{0,8}?と(?:(?:の|いう|する|した|される|された)(?:表現|報道|記述|記事|見出し|言い方|呼び方|紹介|情報|説|見方|声)|報じ|伝え|言われ|いわれ|紹介され|書かれ|記され|呼ばれ|称され|され)/;
/** A turn after the hearsay: 「…が、」「…けれど」「…ものの」 within the sentence. */
const JA_TURN = /が[、，]|けれど|ものの|しかし/;

/**
 * English hearsay before the quoted words: "Some reports described…", "dubbed…". Not "called" or
 * "cited": "the plan, called the AI Basic Plan, has seven pillars, but…" is the article's own claim.
 */
const EN_HEARSAY_BEFORE =
  /\b(?:reports?|reported(?:ly)?|reporting|described|dubbed|billed|characteri[sz]ed|portrayed|claimed|referred to|media|outlets|commentators)\b/i;
/** A turn after them: "…, but the plan itself…", "however", "in fact". */
const EN_TURN_AFTER = /\b(?:but|however|though|although|whereas|yet|in fact|actually)\b/i;
/** A turn against others' words before them: "Contrary to reports of seven pillars, …". */
const EN_TURN_BEFORE =
  /\b(?:contrary to|despite|unlike)\s+(?:[\w'’-]+\s+){0,2}(?:reports?|claims?|descriptions?|accounts?|coverage|what)\b/i;
/** English negation in the clause before: "does not have seven pillars", "was not approved … on Dec. 19". */
const EN_NEGATED_BEFORE = /\b(?:not|never|n't)\b[^,;.!?、。]{0,40}$/i;

/**
 * Is the claim at [start, end) of the sentence one the article rejects? Yes when the sentence calls
 * something in it wrong (isDisputed), when the words are others' (hearsay) followed by a turn, or
 * (English) when they are negated in their clause.
 */
export function isDisowned(sentence: string, start: number, end: number): boolean {
  if (isDisputed(sentence)) return true;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  return quotedThenTurned(before, after) || EN_NEGATED_BEFORE.test(before);
}

/** Others' words, then a turn away from them (Japanese: the quotative after; English: before). */
function quotedThenTurned(before: string, after: string): boolean {
  const ja = JA_HEARSAY_AFTER.exec(after);
  if (ja !== null && JA_TURN.test(after.slice(ja[0].length))) return true;
  if (EN_TURN_BEFORE.test(before)) return true;
  return EN_HEARSAY_BEFORE.test(before) && EN_TURN_AFTER.test(after);
}
