/**
 * English words the scanner knows, looked up straight from the text by a rolling hash (no substring
 * is built), case-insensitively.
 */
import * as charsMod from './chars';

// Local bindings (module-scope constants), so hot loops do not go through live-binding accessors.
const { codeAt, isAsciiLetter, lower } = charsMod;

export const W_ONES = 1; // zero..nine
export const W_TEEN = 2; // ten..nineteen
export const W_TENS = 3; // twenty..ninety
export const W_HUNDRED = 4;
export const W_SCALE = 5; // thousand, million…
export const W_DOZEN = 6;
export const W_AND = 7;
export const W_ARTICLE = 8; // a, an
export const W_POINT = 9; // point, dot
export const W_HALF = 10;
export const W_MONTH = 11;
export const W_SEASON = 12;
export const W_FISCAL = 13; // fiscal, FY
export const W_MULT = 14; // double, triple…
export const W_CURRENCY = 15; // US, USD, JPY… before a number
export const W_UNIT = 16; // unit words after a number: tag is the unit, value the multiplier
export const W_MODIFIER = 17; // words that may stand between a number and its unit: "1,000 government employees"
export const W_WEEKDAY = 18; // sunday (0) … saturday (6)

export interface WordEntry {
  word: string;
  kind: number;
  value: number;
  /** Ordinal form (fifth, twentieth): the numeral must end there. */
  ordinal?: boolean;
  /** Plural scale (millions): only in parseNumber. */
  plural?: boolean;
  /** A month written as an abbreviation that may take a period (Dec.). */
  abbrev?: boolean;
  /** For W_SEASON, the season; for W_CURRENCY / unit words, a tag. */
  tag?: string;
}

const TABLE = new Map<number, WordEntry[]>();

function hashRange(s: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + lower(codeAt(s, k))) | 0;
  return h;
}

function add(word: string, kind: number, value: number, extra?: Partial<WordEntry>): void {
  const e: WordEntry = { word: word.toLowerCase(), kind, value, ...extra };
  const h = hashRange(e.word, 0, e.word.length);
  const list = TABLE.get(h);
  if (list) list.push(e);
  else TABLE.set(h, [e]);
}

// The tables below are space-separated word lists: far smaller in the bundle than arrays of
// literals. Insertion order is kept (it decides which entry a shared hash finds first).

/** Adds each space-separated word with the same kind, value and extras. */
function addAll(words: string, kind: number, value: number, extra?: Partial<WordEntry>): void {
  for (const w of words.split(' ')) add(w, kind, value, extra);
}

/** Adds the words in order with the values first, first + step, first + 2 × step… */
function addSeries(
  words: string,
  kind: number,
  first: number,
  step: number,
  extra?: Partial<WordEntry>,
): void {
  words.split(' ').forEach((w, i) => {
    add(w, kind, first + step * i, extra);
  });
}

/** thousand, million… and their ordinals: 1e3, 1e6… (written as decimal literals, so exact). */
const thousandPower = (i: number): number => Number(`1e${3 * (i + 1)}`);

addSeries('zero one two three four five six seven eight nine', W_ONES, 0, 1);
add('nought', W_ONES, 0);
addSeries('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', W_TEEN, 10, 1);
addSeries('twenty thirty forty fifty sixty seventy eighty ninety', W_TENS, 20, 10);
add('hundred', W_HUNDRED, 100);
add('hundreds', W_HUNDRED, 100, { plural: true });
'thousand million billion trillion quadrillion quintillion sextillion'.split(' ').forEach((w, i) => {
  add(w, W_SCALE, thousandPower(i));
  add(`${w}s`, W_SCALE, thousandPower(i), { plural: true });
});
// Indian English: 1 lakh = 100,000; 1 crore = 10,000,000 ("used by over 1 lakh government employees")
add('lakh', W_SCALE, 1e5);
add('lakhs', W_SCALE, 1e5, { plural: true });
add('crore', W_SCALE, 1e7);
add('crores', W_SCALE, 1e7, { plural: true });
add('dozen', W_DOZEN, 12);
add('and', W_AND, 0);
addAll('a an', W_ARTICLE, 1);
addAll('point dot', W_POINT, 0);
add('half', W_HALF, 0.5);

const ORDINAL = { ordinal: true };
addSeries('first second third fourth fifth sixth seventh eighth ninth', W_ONES, 1, 1, ORDINAL);
addSeries(
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
  W_TEEN,
  10,
  1,
  ORDINAL,
);
addSeries(
  'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth',
  W_TENS,
  20,
  10,
  ORDINAL,
);
add('hundredth', W_HUNDRED, 100, ORDINAL);
'thousandth millionth billionth'.split(' ').forEach((w, i) => {
  add(w, W_SCALE, thousandPower(i), ORDINAL);
});

'january february march april may june july august september october november december'
  .split(' ')
  .forEach((w, m) => {
    add(w, W_MONTH, m + 1);
    if (w.length > 3) add(w.slice(0, 3), W_MONTH, m + 1, { abbrev: true });
  });
add('sept', W_MONTH, 9, { abbrev: true });
// full names only: Sun, Sat, Wed are words of their own
'sunday monday tuesday wednesday thursday friday saturday'.split(' ').forEach((w, d) => {
  add(w, W_WEEKDAY, d);
});
for (const season of ['spring', 'summer', 'autumn']) add(season, W_SEASON, 0, { tag: season });
add('fall', W_SEASON, 0, { tag: 'autumn' });
add('winter', W_SEASON, 0, { tag: 'winter' });
addAll('fiscal fy', W_FISCAL, 0);
addAll('double doubled doubles doubling twofold', W_MULT, 2);
addAll('triple tripled triples tripling threefold', W_MULT, 3);
addAll('quadruple quadrupled fourfold', W_MULT, 4);
addAll('us usd', W_CURRENCY, 0, { tag: 'USD' });
add('jpy', W_CURRENCY, 0, { tag: 'JPY' });

// Units after a number (tag: QuantityUnit; value: multiplier; ratio words divide by 100 in the scanner).
addAll('percent pct', W_UNIT, 1, { tag: 'ratio' });
addAll('people persons person employees staff workers researchers officials', W_UNIT, 1, { tag: 'persons' });
// Counted items, among them those of a policy text: "three principles", "four pillars", "seven instructions".
addAll(
  'companies firms countries nations organizations organisations institutions agencies cases projects startups ' +
    'principles pillars instructions measures policies priorities goals objectives areas directives initiatives ' +
    'strategies directions fields',
  W_UNIT,
  1,
  { tag: 'count' },
);
/** The words that may stand between a number and its unit word (W_MODIFIER, above). */
addAll(
  'government public civil national central additional new more full time basic policy guiding key core main ' +
    'strategic major specific fundamental',
  W_MODIFIER,
  0,
);
addAll('member members servants employee official worker researcher users', W_UNIT, 1, { tag: 'persons' });
add('parameters', W_UNIT, 1, { tag: 'parameters' });
add('times', W_UNIT, 1, { tag: 'multiplier' });
add('yen', W_UNIT, 1, { tag: 'JPY' });
addAll('dollars dollar', W_UNIT, 1, { tag: 'USD' });
addAll('gigawatts gigawatt', W_UNIT, 1e9, { tag: 'watts' });
addAll('megawatts megawatt', W_UNIT, 1e6, { tag: 'watts' });
add('gw', W_UNIT, 1e9, { tag: 'watts' });
add('mw', W_UNIT, 1e6, { tag: 'watts' });
add('kw', W_UNIT, 1e3, { tag: 'watts' });
add('tw', W_UNIT, 1e12, { tag: 'watts' });
add('years', W_UNIT, 1, { tag: 'years' });

/** End of the ASCII-letter word starting at i. */
export function wordEnd(s: string, i: number): number {
  let k = i;
  while (isAsciiLetter(codeAt(s, k))) k++;
  return k;
}

/** The dictionary entry for s[start, end), or undefined. */
export function lookupWord(s: string, start: number, end: number): WordEntry | undefined {
  const len = end - start;
  if (len < 1 || len > 14) return undefined;
  const list = TABLE.get(hashRange(s, start, end));
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as WordEntry;
    if (e.word.length !== len) continue;
    let ok = true;
    for (let k = 0; k < len; k++) {
      if (lower(codeAt(s, start + k)) !== e.word.charCodeAt(k)) {
        ok = false;
        break;
      }
    }
    if (ok) return e;
  }
  return undefined;
}
