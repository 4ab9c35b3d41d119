/** Output of the terminal checker: for a person, or JSON in the shape design.md fixes. */
import { evidenceLabel, statusLabel, verdictLabel } from '../check/explain';
import type { Claim, Findings, Verdict } from '../check/types';
import { getFigure } from '../plan/index';

export interface JsonOutput {
  mentions: Array<{ start: number; end: number; text: string; termId: string }>;
  claims: Array<{
    start: number;
    end: number;
    text: string;
    verdict: Verdict;
    figureId: string | null;
    official: string | null;
    explanation: string;
  }>;
}

/** Exactly the contract's keys, in its order; the explanation is the Japanese text. */
export function toJson(findings: Findings): JsonOutput {
  return {
    mentions: findings.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, termId: m.termId })),
    claims: findings.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      verdict: c.verdict,
      figureId: c.figureId,
      official: c.official,
      explanation: c.explanation.ja,
    })),
  };
}

/** Items per write of --json output. */
const JSON_CHUNK = 2000;

/**
 * JSON of a string, remembered for the strings that repeat across findings (term ids, verdicts,
 * figure ids, official values, explanations): one explanation is shared by thousands of claims, and
 * encoding it once instead of each time is most of the cost of a large output. The memo is made
 * per call of writeJson and passed in.
 */
function encoder(memo: Map<string, string>): (s: string | null) => string {
  return (s) => {
    if (s === null) return 'null';
    let e = memo.get(s);
    if (e === undefined) {
      e = JSON.stringify(s);
      memo.set(s, e);
    }
    return e;
  };
}

/**
 * Writes the JSON output in pieces of JSON_CHUNK items, so that a 20 MB input with hundreds of
 * thousands of findings never builds one string of hundreds of megabytes (V8 caps a string near
 * 512 MB, and the peak memory would double). The bytes are exactly JSON.stringify(out) + newline:
 * each item is written by hand in the contract's key order, integers as JSON writes them.
 */
export function writeJson(out: JsonOutput, write: (s: string) => void): void {
  const known = encoder(new Map());
  const mention = (m: JsonOutput['mentions'][number]): string =>
    `{"start":${m.start},"end":${m.end},"text":${JSON.stringify(m.text)},"termId":${known(m.termId)}}`;
  const claim = (c: JsonOutput['claims'][number]): string =>
    `{"start":${c.start},"end":${c.end},"text":${JSON.stringify(c.text)},"verdict":${known(c.verdict)},` +
    `"figureId":${known(c.figureId)},"official":${known(c.official)},"explanation":${known(c.explanation)}}`;
  const list = <T>(key: string, items: readonly T[], one: (x: T) => string, last: boolean): void => {
    write(`${JSON.stringify(key)}:[`);
    for (let k = 0; k < items.length; k += JSON_CHUNK) {
      let part = k > 0 ? ',' : '';
      const end = Math.min(items.length, k + JSON_CHUNK);
      for (let i = k; i < end; i++) part += (i > k ? ',' : '') + one(items[i] as T);
      write(part);
    }
    write(last ? ']' : '],');
  };
  write('{');
  list('mentions', out.mentions, mention, false);
  list('claims', out.claims, claim, true);
  write('}\n');
}

const COLORS: Record<Verdict, string> = {
  match: '\u001b[32m',
  mismatch: '\u001b[31m',
  misstatement: '\u001b[35m',
  'not-in-plan': '\u001b[33m',
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The claim in its surroundings: 「…AI投資を【2兆円】とする…」. */
export function context(text: string, c: Claim, width = 14): string {
  let a = c.start;
  while (a > 0 && c.start - a < width && text[a - 1] !== '\n') a--;
  let b = c.end;
  while (b < text.length && b - c.end < width && text[b] !== '\n') b++;
  const pre = (a > 0 && text[a - 1] !== '\n' ? '…' : '') + oneLine(text.slice(a, c.start));
  const post = oneLine(text.slice(c.end, b)) + (b < text.length && text[b] !== '\n' ? '…' : '');
  return `${pre}【${oneLine(c.text)}】${post}`;
}

/** The short part of an explanation: what the reader needs on one line. */
export function brief(c: Claim): string {
  const ja = oneLine(c.explanation.ja);
  // drop the opening sentence that restates the verdict; keep the rest
  const cut = ja.indexOf('。');
  const rest = cut >= 0 && c.verdict !== 'not-in-plan' ? ja.slice(cut + 1) : ja;
  const s = rest.length > 0 ? rest : ja;
  return s.length > 160 ? `${s.slice(0, 159)}…` : s;
}

/** What the figure a claim is compared with is called: 公式 only for the plan's text and the PM's statement. */
function evidenceOf(c: Claim): string {
  const figure = c.figureId === null ? undefined : getFigure(c.figureId);
  return figure === undefined ? '公式' : evidenceLabel(figure, 'ja');
}

export function formatClaim(text: string, c: Claim, color: boolean): string {
  const label = `${verdictLabel(c.verdict, 'ja')} / ${verdictLabel(c.verdict, 'en')}`;
  const head = color ? `${BOLD}${COLORS[c.verdict]}[${label}]${RESET}` : `[${label}]`;
  const evidence = evidenceOf(c);
  const status = c.status === null ? null : statusLabel(c.status, 'ja');
  // 「報道: …（報道）」 would say it twice: the status only where it says more (計画本文, 首相発言)
  const official =
    c.official === null
      ? ''
      : ` ${evidence}: ${c.official}${status === null || status === evidence ? '' : `（${status}）`}`;
  const note = brief(c);
  return `${head} ${context(text, c)}${official}${note.length > 0 ? ` — ${color ? DIM : ''}${note}${color ? RESET : ''}` : ''}`;
}

export function formatSummary(findings: Findings): string {
  const count = (v: Verdict) => findings.claims.filter((c) => c.verdict === v).length;
  const parts = (['match', 'mismatch', 'misstatement', 'not-in-plan'] as const).map(
    (v) => `${verdictLabel(v, 'ja')} ${count(v)}`,
  );
  return `数値 ${findings.claims.length} 件（${parts.join(' / ')}）、言及 ${findings.mentions.length} 件 — ${findings.claims.length} claims (${count('match')} match, ${count('mismatch')} mismatch, ${count('misstatement')} known misstatement, ${count('not-in-plan')} not in the plan), ${findings.mentions.length} mentions`;
}

export function formatMentions(findings: Findings): string | null {
  if (findings.mentions.length === 0) return null;
  const counts = new Map<string, { text: string; n: number }>();
  for (const m of findings.mentions) {
    const e = counts.get(m.termId);
    if (e === undefined) counts.set(m.termId, { text: m.text, n: 1 });
    else e.n++;
  }
  return `言及 / Mentions: ${[...counts.values()].map((e) => `${e.text} ×${e.n}`).join('、')}`;
}

/** The whole report for a person. */
export function formatHuman(
  text: string,
  findings: Findings,
  color: boolean,
  source: string,
  articleDate: string | null = null,
): string {
  const lines: string[] = [];
  const dated = articleDate === null ? '' : `（記事の日付 / article date ${articleDate}）`;
  lines.push(color ? `${BOLD}Plan Lens${RESET} — ${source}${dated}` : `Plan Lens — ${source}${dated}`);
  if (findings.mentions.length === 0 && findings.claims.length === 0) {
    lines.push(
      'AI基本計画についての文章ではないようです。確認する数値はありません。 / Not about the AI Basic Plan: nothing to check.',
    );
  }
  for (const c of findings.claims) lines.push(formatClaim(text, c, color));
  const mentions = formatMentions(findings);
  if (mentions !== null) lines.push(mentions);
  lines.push(formatSummary(findings));
  return `${lines.join('\n')}\n`;
}
