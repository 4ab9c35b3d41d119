/**
 * The passage fixtures (test/fixtures/passages/*.jsonl, one passage a line, written for Plan Lens in
 * the styles of real coverage) and how a checker's findings are scored against them. Shared by
 * passages.test.ts and the report script (test/fixtures/passages/report.ts).
 *
 * A passage: { id, lang, date?, text, expect?: [[text, verdict | verdicts, figureId?]], negative? }.
 * `text` of an expectation is the number as written (its first occurrence); the verdict "none"
 * means the checker must stay silent on it. A negative passage must get no mention and no claim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Findings } from '../../../lib/check';

export type Expected = [text: string, verdict: string | string[], figureId?: string];

export interface Passage {
  id: string;
  lang: 'ja' | 'en';
  date?: string;
  text: string;
  expect?: Expected[];
  negative?: boolean;
  file: string;
}

export const PASSAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/passages');

export function loadPassages(): Passage[] {
  const out: Passage[] = [];
  for (const file of readdirSync(PASSAGE_DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(PASSAGE_DIR, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      out.push({ ...(JSON.parse(line) as Omit<Passage, 'file'>), file });
    }
  }
  return out;
}

export interface PassageScore {
  expected: number;
  right: number;
  /** mismatch / misstatement where the passage does not expect one. */
  falseFlags: string[];
  /** Expectations not met, for the report. */
  wrong: string[];
}

const FLAGS = new Set(['mismatch', 'misstatement']);

export function scorePassage(p: Passage, found: Findings): PassageScore {
  const score: PassageScore = { expected: 0, right: 0, falseFlags: [], wrong: [] };
  const covered: Array<{ start: number; end: number; verdicts: string[] }> = [];
  if (p.negative === true) {
    score.expected = 1;
    if (found.mentions.length === 0 && found.claims.length === 0) score.right = 1;
    else score.wrong.push(`marked: ${found.mentions.length} mentions, ${found.claims.length} claims`);
  }
  for (const [text, verdict, figureId] of p.expect ?? []) {
    const verdicts = Array.isArray(verdict) ? verdict : [verdict];
    const start = p.text.indexOf(text);
    if (start < 0) throw new Error(`${p.id}: "${text}" is not in the passage`);
    const end = start + text.length;
    covered.push({ start, end, verdicts });
    score.expected++;
    const claim = found.claims.find((c) => c.start < end && c.end > start);
    const got = claim?.verdict ?? 'none';
    const figureOk =
      claim === undefined ||
      figureId === undefined ||
      claim.verdict !== 'match' ||
      verdicts.length > 1 ||
      claim.figureId === figureId;
    if (verdicts.includes(got) && figureOk) score.right++;
    else
      score.wrong.push(
        `${text}: got ${got}${claim ? ` (${claim.figureId ?? claim.misstatementId})` : ''}, want ${verdicts.join('|')}${figureId ? ` ${figureId}` : ''}`,
      );
  }
  for (const c of found.claims) {
    if (!FLAGS.has(c.verdict)) continue;
    const allowed = covered.some((x) => x.start < c.end && x.end > c.start && x.verdicts.includes(c.verdict));
    if (!allowed) score.falseFlags.push(`${c.text} ${c.verdict} (${c.figureId ?? c.misstatementId})`);
  }
  return score;
}

export interface LanguageTally {
  passages: number;
  expected: number;
  right: number;
  falseFlags: number;
}

export function tally(
  passages: readonly Passage[],
  analyze: (p: Passage) => Findings,
): { byLang: Record<'ja' | 'en', LanguageTally>; lines: string[] } {
  const byLang = {
    ja: { passages: 0, expected: 0, right: 0, falseFlags: 0 },
    en: { passages: 0, expected: 0, right: 0, falseFlags: 0 },
  };
  const lines: string[] = [];
  for (const p of passages) {
    const s = scorePassage(p, analyze(p));
    const t = byLang[p.lang];
    t.passages++;
    t.expected += s.expected;
    t.right += s.right;
    t.falseFlags += s.falseFlags.length;
    for (const w of s.wrong) lines.push(`${p.id}: ${w}`);
    for (const f of s.falseFlags) lines.push(`${p.id}: FALSE FLAG ${f}`);
  }
  return { byLang, lines };
}
