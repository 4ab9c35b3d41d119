/**
 * The quantities a block's claims are made of: what lib/numbers finds, plus bare days (「19日、」)
 * it may leave out, with counters of items and nouns of people read, nested ones dropped.
 */
import type { Quantity } from '../numbers/types';

/** Counters of items that a bare numeral may carry (4つの方針, 7項目, 7点, 3原則, 10万基). */
const ITEM_COUNTER = /^(?:つ|項目|点|本|原則|か条|カ条|ヶ条|項|件|基|社|台|校|機関|拠点)/;
/** English nouns of people after a bare number ("100,000 government employees", "100,000+ users"). */
const PERSON_NOUN =
  /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:employees|staff|staffers|people|persons|workers|officials|civil servants|engineers|researchers|specialists|professionals|experts|students|teachers|users|members)\b/i;
/** A day of the month on its own (「政府は19日、…」): 19日, not 19日間 or 5月19日 (already a date). */
const DAY_ONLY = /(?<![0-9０-９月年.．])([0-9０-９]{1,2})日(?![間本目分])/g;

/** Dates written as a bare day, which the numbers library leaves out. */
export function bareDays(text: string): Quantity[] {
  if (!text.includes('日')) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(DAY_ONLY)) {
    const day = Number((m[1] as string).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    if (day < 1 || day > 31) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: Number.NaN,
      unit: 'date',
      bound: 'exact',
      date: { day, relative: { dayOnly: true } },
    });
  }
  return out;
}

/** What may follow a count that ends its phrase: punctuation, the end, or a word of when. */
const PHRASE_END = /^\s*(?:[,.;)]|$|(?:from|now|by|in|as of|at present|currently|today|under)\b)/;

/** A noun of staff shortly before a bare number in English ("the staff ... from about 30", "staff will grow to 500"). */
const STAFF_BEFORE =
  /\b(?:staff|staffers|headcount|personnel|workforce|employees)\b(?:[^.;:!?]{0,50}|:\s*(?:about |around |roughly |some )?)$/i;
/**
 * A label that opens its block right before a bare number (「- Basic policies: 4」, 「・原則：3」): the
 * label says what the number counts, as a counter would.
 */
const LABEL_BEFORE = /^\s*(?:[・\-–—•●○■□◆◇▶►▪*]\s*)?[^:：。.!?\n]{2,40}[:：]\s*$/;

/**
 * A bare numeral followed by an item counter counts items; by a noun of people, persons; as the whole
 * value of a labelled line, what its label names.
 */
export function withCounter(text: string, q: Quantity): Quantity {
  if (q.unit !== 'number' || !Number.isInteger(q.value)) return q;
  if (PERSON_NOUN.test(text.slice(q.end, q.end + 40))) return { ...q, unit: 'persons' };
  // "grow to 500." / "from about 30, aiming…" / "to 200 from about 30 now": an English number ending
  // its phrase after a noun of staff (the phrase may go on with when: from, now, by, in…)
  const endsPhrase = PHRASE_END.test(text.slice(q.end, q.end + 14));
  if (
    endsPhrase &&
    /^[\x20-\x7e]*$/.test(q.text) &&
    STAFF_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))
  ) {
    return { ...q, unit: 'persons' };
  }
  const m = ITEM_COUNTER.exec(text.slice(q.end, q.end + 3));
  if (m === null) {
    // "- Basic policies: 4": the whole value of a labelled line
    if (endsPhrase && q.start <= 44 && LABEL_BEFORE.test(text.slice(0, q.start)))
      return { ...q, unit: 'count' };
    return q;
  }
  // 原則 stays outside: it is the cue word of the principles count
  const end = q.end + (m[0] === '原則' ? 0 : m[0].length);
  return { ...q, end, text: text.slice(q.start, end), unit: 'count', counter: m[0] };
}

function byStartThenLongest(a: Quantity, b: Quantity): number {
  return a.start - b.start || b.end - a.end;
}

function isSorted(qs: readonly Quantity[]): boolean {
  for (let k = 1; k < qs.length; k++)
    if (byStartThenLongest(qs[k - 1] as Quantity, qs[k] as Quantity) > 0) return false;
  return true;
}

/** The block's quantities, sorted, none nested in another. A failing reader yields none. */
export function blockQuantities(text: string, find: (text: string) => Quantity[]): Quantity[] {
  let qs: Quantity[];
  try {
    qs = find(text);
  } catch {
    return [];
  }
  const days = bareDays(text);
  const out = (days.length === 0 ? qs : [...qs, ...days]).filter(
    (q) =>
      Number.isInteger(q.start) &&
      Number.isInteger(q.end) &&
      q.start >= 0 &&
      q.end > q.start &&
      q.end <= text.length,
  );
  for (let k = 0; k < out.length; k++) out[k] = withCounter(text, out[k] as Quantity);
  // the finder's quantities come in order: sort only when the bare days (or a reader) broke it
  // (the sort is stable, so skipping it on sorted input changes nothing)
  if (!isSorted(out)) out.sort(byStartThenLongest);
  const flat: Quantity[] = [];
  for (let k = 0; k < out.length; k++) {
    const q = out[k] as Quantity;
    const last = flat[flat.length - 1];
    if (last !== undefined && q.start < last.end) continue;
    flat.push(q);
  }
  return flat;
}

/** What may stand before a wire dateline's date: a place and a comma ("TOKYO, ", 「東京、」). */
const DATELINE_PLACE = /^\s*(?:[A-Z][A-Za-z.'’ -]{1,30}|[\u30a0-\u30ff\u4e00-\u9fff・]{1,10})[,，、]\s*$/;
/** And after it: the agency in brackets and a dash ("(Kyodo) --", 「（共同）―」), or a dash. */
const DATELINE_AFTER = /^\s*(?:[（(][^()（）]{1,24}[)）]\s*)?(?:--|[-—–―ー－])/;

/**
 * A wire dateline's date opening the block ("Tokyo, Dec. 26 (Kyodo) -- …", 「東京、12月26日（共同）―…」),
 * or null. It is the day the story was filed, not a date the story says anything about: read as one,
 * it called the decision date wrong. It stays among the block's quantities (a bare 23日 later may
 * take its month from it) but gets no verdict.
 */
export function datelineOf(text: string, qs: readonly Quantity[]): Quantity | null {
  const first = qs[0];
  if (first === undefined || first.unit !== 'date') return null;
  if (!DATELINE_PLACE.test(text.slice(0, first.start))) return null;
  if (!DATELINE_AFTER.test(text.slice(first.end, first.end + 40))) return null;
  return first;
}
