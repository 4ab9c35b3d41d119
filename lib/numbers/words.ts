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

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
for (const [v, w] of ONES.entries()) add(w, W_ONES, v);
add('nought', W_ONES, 0);
for (const [v, w] of TEENS.entries()) add(w, W_TEEN, 10 + v);
for (const [v, w] of TENS.entries()) add(w, W_TENS, 20 + 10 * v);
add('hundred', W_HUNDRED, 100);
add('hundreds', W_HUNDRED, 100, { plural: true });
const SCALES: Array<[string, number]> = [
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['quadrillion', 1e15],
  ['quintillion', 1e18],
  ['sextillion', 1e21],
];
for (const [w, v] of SCALES) {
  add(w, W_SCALE, v);
  add(`${w}s`, W_SCALE, v, { plural: true });
}
add('dozen', W_DOZEN, 12);
add('and', W_AND, 0);
add('a', W_ARTICLE, 1);
add('an', W_ARTICLE, 1);
add('point', W_POINT, 0);
add('dot', W_POINT, 0);
add('half', W_HALF, 0.5);

const ORDINALS: Array<[string, number, number]> = [
  ['first', W_ONES, 1],
  ['second', W_ONES, 2],
  ['third', W_ONES, 3],
  ['fourth', W_ONES, 4],
  ['fifth', W_ONES, 5],
  ['sixth', W_ONES, 6],
  ['seventh', W_ONES, 7],
  ['eighth', W_ONES, 8],
  ['ninth', W_ONES, 9],
  ['tenth', W_TEEN, 10],
  ['eleventh', W_TEEN, 11],
  ['twelfth', W_TEEN, 12],
  ['thirteenth', W_TEEN, 13],
  ['fourteenth', W_TEEN, 14],
  ['fifteenth', W_TEEN, 15],
  ['sixteenth', W_TEEN, 16],
  ['seventeenth', W_TEEN, 17],
  ['eighteenth', W_TEEN, 18],
  ['nineteenth', W_TEEN, 19],
  ['twentieth', W_TENS, 20],
  ['thirtieth', W_TENS, 30],
  ['fortieth', W_TENS, 40],
  ['fiftieth', W_TENS, 50],
  ['sixtieth', W_TENS, 60],
  ['seventieth', W_TENS, 70],
  ['eightieth', W_TENS, 80],
  ['ninetieth', W_TENS, 90],
  ['hundredth', W_HUNDRED, 100],
  ['thousandth', W_SCALE, 1e3],
  ['millionth', W_SCALE, 1e6],
  ['billionth', W_SCALE, 1e9],
];
for (const [w, k, v] of ORDINALS) add(w, k, v, { ordinal: true });

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
MONTHS.forEach((w, m) => {
  add(w, W_MONTH, m + 1);
  if (w.length > 3) add(w.slice(0, 3), W_MONTH, m + 1, { abbrev: true });
});
add('sept', W_MONTH, 9, { abbrev: true });
add('spring', W_SEASON, 0, { tag: 'spring' });
add('summer', W_SEASON, 0, { tag: 'summer' });
add('autumn', W_SEASON, 0, { tag: 'autumn' });
add('fall', W_SEASON, 0, { tag: 'autumn' });
add('winter', W_SEASON, 0, { tag: 'winter' });
add('fiscal', W_FISCAL, 0);
add('fy', W_FISCAL, 0);
for (const [w, v] of [
  ['double', 2],
  ['doubled', 2],
  ['doubles', 2],
  ['doubling', 2],
  ['twofold', 2],
  ['triple', 3],
  ['tripled', 3],
  ['triples', 3],
  ['tripling', 3],
  ['threefold', 3],
  ['quadruple', 4],
  ['quadrupled', 4],
  ['fourfold', 4],
] as const) {
  add(w, W_MULT, v);
}
add('us', W_CURRENCY, 0, { tag: 'USD' });
add('usd', W_CURRENCY, 0, { tag: 'USD' });
add('jpy', W_CURRENCY, 0, { tag: 'JPY' });

// Units after a number (tag: QuantityUnit; value: multiplier; ratio words divide by 100 in the scanner).
for (const w of ['percent', 'pct']) add(w, W_UNIT, 1, { tag: 'ratio' });
for (const w of ['people', 'persons', 'person', 'employees', 'staff', 'workers', 'researchers', 'officials'])
  add(w, W_UNIT, 1, { tag: 'persons' });
for (const w of [
  'companies',
  'firms',
  'countries',
  'nations',
  'organizations',
  'organisations',
  'institutions',
  'agencies',
  'cases',
  'projects',
  'startups',
  // Counted items of a policy text: "three principles", "four pillars", "seven instructions".
  'principles',
  'pillars',
  'instructions',
  'measures',
  'policies',
  'priorities',
  'goals',
  'objectives',
  'areas',
  'directives',
  'initiatives',
  'strategies',
  'directions',
  'fields',
])
  add(w, W_UNIT, 1, { tag: 'count' });
/** Words that may stand between a number and its unit word: "1,000 government employees". */
export const W_MODIFIER = 17;
for (const w of [
  'government',
  'public',
  'civil',
  'national',
  'central',
  'additional',
  'new',
  'more',
  'full',
  'time',
  'basic',
  'policy',
  'guiding',
  'key',
  'core',
  'main',
])
  add(w, W_MODIFIER, 0);
for (const w of ['member', 'members', 'servants', 'employee', 'official', 'worker', 'researcher', 'users'])
  add(w, W_UNIT, 1, { tag: 'persons' });
add('parameters', W_UNIT, 1, { tag: 'parameters' });
add('times', W_UNIT, 1, { tag: 'multiplier' });
add('yen', W_UNIT, 1, { tag: 'JPY' });
add('dollars', W_UNIT, 1, { tag: 'USD' });
add('dollar', W_UNIT, 1, { tag: 'USD' });
add('gigawatts', W_UNIT, 1e9, { tag: 'watts' });
add('gigawatt', W_UNIT, 1e9, { tag: 'watts' });
add('megawatts', W_UNIT, 1e6, { tag: 'watts' });
add('megawatt', W_UNIT, 1e6, { tag: 'watts' });
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
  for (const e of list) {
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
