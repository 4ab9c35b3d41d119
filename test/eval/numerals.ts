/**
 * Measures parseNumber against numeral test vectors gathered from other parsers' test suites.
 *
 *   npm run eval:numerals
 *
 * The vectors live outside the project (../shared/eval/numerals/vectors.jsonl, relative to the
 * project root) and are read at run time; they are never copied here. This is a measurement, not a
 * test: it always exits 0 and prints a summary line.
 *
 * Scoring:
 * - Japanese-script set: inputs with kana, kanji, CJK punctuation or full-width characters.
 *   English/ASCII set: everything else.
 * - Excluded from both: notes containing "bigint" (values past Number.MAX_SAFE_INTEGER, which a
 *   JavaScript number cannot hold exactly), "library-specific" (one library's quirks, such as taking
 *   the first number of any string) and "extraction" (pulling a number out of a sentence: that is
 *   findQuantities' job, not parseNumber's).
 * - "INVERTED" cases (a formatter's output read backwards) are kept: a formatter's kanji is still a
 *   numeral with that value. They are counted, and their failures flagged, separately in the output.
 * - Values compare with a relative tolerance of 1e-9.
 * - compromise's percentages are percentage points; parseNumber does not read % at all (see below).
 *
 * Deliberate differences (parseNumber reads bare numerals; numbers with units are findQuantities'):
 * - 元 alone is not a numeral (ya-kansuji reads it as 0); in 令和元年 findQuantities reads it as 1.
 * - A numeral followed by a unit or other text (二十キロメートル, 88,000 円です) is not a bare numeral: null.
 *   A currency mark around the amount is accepted (¥88,000, 8万8千円, $10, 20 euros): the value is the amount.
 * - Qualifiers make it not a bare numeral: "under seven euros", "at least $1.42" → null.
 * - Percentages: "twenty two percent", "220 percent" → null (findQuantities reads 22% as ratio 0.22).
 * - Invisible separators U+0085 / U+200B inside a numeral (一\u200b二) make it not a numeral: null.
 * - "￥40 k", "￥40billion": a detached "k" and a run-together "billion" are not read: null.
 * - compromise's "false-positive" rows (three three → 3, seven and twenty → 7, four two zero → 4):
 *   these are not one numeral, so null.
 * - 分 is a tenth of a 割 (3割5分 = 0.35) in findQuantities only; parseNumber takes no 割/分.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNumber } from '../../lib/numbers';

interface Vector {
  source_repo: string;
  source_path: string;
  input: string;
  expected: number | string;
  note: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const path = resolve(root, '../shared/eval/numerals/vectors.jsonl');

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (e) {
  console.log(`eval:numerals: cannot read ${path}: ${(e as Error).message}`);
  process.exit(0);
}

const vectors: Vector[] = [];
for (const line of text.split('\n')) {
  if (line.trim() === '') continue;
  try {
    vectors.push(JSON.parse(line) as Vector);
  } catch {
    console.log(`eval:numerals: skipping a malformed line: ${line.slice(0, 80)}`);
  }
}

const EXCLUDE = ['bigint', 'library-specific', 'extraction'];
// kana, kanji, CJK punctuation, full-width forms, and the astral CJK planes (surrogates D840–D87F)
const JA_SCRIPT = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f]/;

const close = (got: number, want: number): boolean =>
  got === want || Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

interface Tally {
  total: number;
  pass: number;
  inverted: number;
  invertedPass: number;
  failures: Array<{ v: Vector; got: number | null }>;
}
const tally = (): Tally => ({ total: 0, pass: 0, inverted: 0, invertedPass: 0, failures: [] });
const ja = tally();
const en = tally();
const excluded = new Map<string, number>();

for (const v of vectors) {
  const reason = EXCLUDE.find((w) => v.note.includes(w));
  if (reason) {
    excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
    continue;
  }
  const want = typeof v.expected === 'number' ? v.expected : Number(v.expected);
  const t = JA_SCRIPT.test(v.input) ? ja : en;
  const inverted = v.note.includes('INVERTED');
  let got: number | null;
  try {
    got = parseNumber(v.input);
  } catch {
    got = null;
  }
  const ok = got !== null && close(got, want);
  t.total++;
  if (inverted) t.inverted++;
  if (ok) {
    t.pass++;
    if (inverted) t.invertedPass++;
  } else t.failures.push({ v, got });
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function report(name: string, t: Tally): void {
  console.log(`\n${name}: ${t.pass}/${t.total} (${pct(t.pass, t.total)})`);
  console.log(`  of which INVERTED (formatter output read back): ${t.invertedPass}/${t.inverted}`);
  for (const { v, got } of t.failures) {
    const flag = v.note.includes('INVERTED') ? ' [INVERTED]' : '';
    console.log(
      `  FAIL${flag} ${JSON.stringify(v.input)} expected ${JSON.stringify(v.expected)} got ${JSON.stringify(got)}` +
        `  (${v.source_repo}: ${v.note})`,
    );
  }
}

console.log(`eval:numerals: ${vectors.length} vectors from ${path}`);
console.log(
  `excluded: ${[...excluded].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'} (${[...excluded.values()].reduce((a, b) => a + b, 0)} in all)`,
);
report('Japanese-script', ja);
report('English/ASCII', en);
console.log(
  `\nSUMMARY eval:numerals ja ${ja.pass}/${ja.total} (${pct(ja.pass, ja.total)}), en ${en.pass}/${en.total} (${pct(en.pass, en.total)})`,
);
