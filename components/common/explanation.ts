/**
 * A claim's explanation, cut to what a card shows first (one sentence) and what it keeps behind
 * "more". The checker writes one paragraph that also restates the official figure, the correction
 * and what came later; the view shows those as their own parts, so here they are said once.
 */
import type { Claim } from '../../lib/check/types';
import type { Figure } from '../../lib/plan/schema';
import type { Lang } from '../i18n';

/** Sentences of a paragraph; a 。 or a full stop inside 「」 or quotes does not end one. */
export function sentencesOf(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '「' || ch === '“' || ch === '（' || ch === '(') depth++;
    else if ((ch === '」' || ch === '”' || ch === '）' || ch === ')') && depth > 0) depth--;
    const ends =
      depth === 0 &&
      (lang === 'ja' ? ch === '。' : ch === '.' && (text[i + 1] === ' ' || i === text.length - 1));
    if (ends) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

const LATER = /^(その後（|Later \()/;
const CORRECTION = /^(正しくは|Correction:|公式の数値：|Official: )/;

export interface ExplanationParts {
  /** The one sentence shown first. */
  lead: string;
  /** What else the explanation says that no other part of the view shows. */
  more: string[];
}

/** The lead sentence, and the rest without what the values, correction and later list already say. */
export function explanationParts(claim: Claim, figure: Figure | undefined, lang: Lang): ExplanationParts {
  const [lead = '', ...rest] = sentencesOf(claim.explanation[lang], lang);
  const officialStart = figure ? (lang === 'ja' ? `${figure.label.ja}は「` : `${figure.label.en}: `) : null;
  const more = rest.filter(
    (s) =>
      !LATER.test(s) &&
      !CORRECTION.test(s) &&
      !(officialStart && s.startsWith(officialStart)) &&
      // A misstatement's explanation is the correction again, and the official value again.
      claim.verdict !== 'misstatement',
  );
  return { lead, more };
}

/** A figure's note, unless the explanation already says it (or says it was "not a target"). */
export function noteToShow(figure: Figure | undefined, shown: readonly string[], lang: Lang): string | null {
  const note = figure?.note?.[lang];
  if (!note) return null;
  const all = shown.join(' ');
  if (all.includes(note)) return null;
  return note;
}

/** The newest date in a list of later developments ("2026-03" sorts after "2026-01-15"). */
export function newestDate(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((best, d) => (best === null || d > best ? d : best), null);
}
