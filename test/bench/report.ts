/** The benchmark's output: a table for people, then one `BENCH {json}` line for machines. */
import type { CpuHotspot, CpuProfileSummary } from './browser';
import type { BundleSizes } from './build';
import type { CheckerResult } from './checker';
import type { PageSize } from './generator';
import type { ScanResult } from './page/api';
import { round } from './stats';

type PerSize = Record<PageSize, number>;

export interface Report {
  textBytes: PerSize;
  runs: PerSize;
  walkMs: PerSize;
  floorMs: PerSize;
  oursMs: PerSize;
  oursBusyMs: PerSize;
  markjsMs: PerSize;
  markjsRuns: PerSize;
  textChars: PerSize;
  floorMatches: PerSize;
  markjsMarks: PerSize;
  oursFound: Record<PageSize, ScanResult | null>;
  appendMs: number;
  appendFound: ScanResult | null;
  appendParagraphs: number;
  longestTaskMs: number;
  heapMB: number;
  heapRetainedMB: number;
  bundle: BundleSizes;
  checker: CheckerResult;
  profiles: { scan: CpuProfileSummary; append: CpuProfileSummary } | null;
  composition: Array<{ group: string; bytes: number }>;
  buildNote: string;
  aliases: number;
  totalSeconds: number;
}

const SIZES: PageSize[] = ['100KB', '1MB', '5MB'];
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length))) ?? [];
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

export function printReport(r: Report): void {
  const oursOverFloor = Object.fromEntries(SIZES.map((s) => [s, r.oursMs[s] / r.floorMs[s]])) as PerSize;
  const markjsOverOurs = Object.fromEntries(SIZES.map((s) => [s, r.markjsMs[s] / r.oursMs[s]])) as PerSize;
  const appendShare = r.appendMs / r.oursMs['1MB'];
  const out: string[] = [];
  out.push('Plan Lens benchmark (headless Chromium; medians, ms; each run on a freshly loaded page)');
  out.push(
    '(a) TreeWalker over every text node  (b) walk + join + one RegExp of all aliases and a number shape',
  );
  out.push(
    '(c) Plan Lens: Session.start() until its idle slices are done, highlights set, style and layout forced',
  );
  out.push('(d) mark.js 8.11.1 marking the same aliases, until done() and layout forced');
  out.push('');
  out.push(
    table([
      [
        'page',
        'text',
        'runs',
        '(a) walk',
        '(b) floor',
        '(c) ours',
        '(d) mark.js',
        'ours/floor',
        'mark.js/ours',
      ],
      ...SIZES.map((s) => [
        s,
        kb(r.textBytes[s]),
        `${r.runs[s]}${r.markjsRuns[s] !== r.runs[s] ? ` (mark.js ${r.markjsRuns[s]})` : ''}`,
        ms(r.walkMs[s]),
        ms(r.floorMs[s]),
        ms(r.oursMs[s]),
        ms(r.markjsMs[s]),
        ratio(oursOverFloor[s]),
        ratio(markjsOverOurs[s]),
      ]),
    ]),
  );
  out.push('');
  out.push(
    table([
      [
        'page',
        'chars',
        'floor matches',
        'ours findings',
        'ours marks (mention/match/problem/not-in-plan)',
        'ours start / busy / idle-wait ms',
        'slices (longest ms)',
        'mark.js marks',
      ],
      ...SIZES.map((s) => {
        const found = r.oursFound[s];
        const ranges = found?.ranges ?? {};
        return [
          s,
          String(r.textChars[s]),
          String(r.floorMatches[s]),
          String(found?.findings ?? '—'),
          ['mention', 'match', 'problem', 'not-in-plan'].map((k) => ranges[k] ?? 0).join('/'),
          found ? `${ms(found.startMs)} / ${ms(r.oursBusyMs[s])} / ${ms(found.idleWaitMs)}` : '—',
          found ? `${found.slices} (${ms(found.maxSliceMs)})` : '—',
          String(r.markjsMarks[s]),
        ];
      }),
    ]),
  );
  out.push('');
  const b = r.bundle;
  out.push(
    `Appended batch (${r.appendParagraphs} paragraphs, 1 MB page): ${ms(r.appendMs)} ms = ${(100 * appendShare).toFixed(1)}% of the full scan` +
      (r.appendFound
        ? ` (busy ${ms(r.appendFound.busyMs)} ms in ${r.appendFound.slices} slices; findings after: ${r.appendFound.findings})`
        : ''),
  );
  out.push(`Longest task during the 1 MB scan: ${ms(r.longestTaskMs)} ms (0 = none over 50 ms)`);
  out.push(
    `JS heap during the 1 MB scan: +${r.heapMB.toFixed(1)} MB used, +${r.heapRetainedMB.toFixed(1)} MB retained after GC`,
  );
  out.push(
    `Bundles (${r.buildNote}): content ${kb(b.contentMin)} min / ${kb(b.contentGzip)} gz` +
      `${b.contentHasZod ? ' (contains "zod")' : ', no zod'}; popup ${kb(b.popupMin)} / ${kb(b.popupGzip)}; ` +
      `background ${kb(b.backgroundMin)} / ${kb(b.backgroundGzip)}`,
  );
  out.push(
    `Terminal checker: ${r.checker.mbps.toFixed(1)} MB/s on ${r.checker.textMB.toFixed(1)} MB ` +
      `(runs ${r.checker.runsMs.map((x) => x.toFixed(0)).join(', ')} ms; ${r.checker.mentions} mentions, ${r.checker.claims} claims)`,
  );
  out.push(
    `Floor RegExp: ${r.aliases} aliases + a number shape. Total bench time: ${r.totalSeconds.toFixed(0)} s`,
  );
  out.push('');
  out.push('Targets');
  const targets: Array<[string, boolean, string]> = [
    ['ours ≤ 2× the matching floor (1 MB)', oursOverFloor['1MB'] <= 2, ratio(oursOverFloor['1MB'])],
    ['ours ≥ 30× faster than mark.js (1 MB)', markjsOverOurs['1MB'] >= 30, ratio(markjsOverOurs['1MB'])],
    ['appended batch ≤ 5% of the full scan', appendShare <= 0.05, `${(100 * appendShare).toFixed(1)}%`],
    ['no long task > 50 ms (1 MB)', r.longestTaskMs <= 50, `${ms(r.longestTaskMs)} ms`],
    [
      'content script ≤ 120 KB minified, no zod',
      b.contentMin <= 120 * 1024 && !b.contentHasZod,
      kb(b.contentMin),
    ],
    ['checker ≥ 10 MB/s', r.checker.mbps >= 10, `${r.checker.mbps.toFixed(1)} MB/s`],
  ];
  for (const [name, ok, value] of targets) out.push(`  ${pass(ok)}  ${name}: ${value}`);
  if (r.profiles) {
    out.push(...profileTables('full scan of the 1 MB page', r.profiles.scan));
    out.push(...profileTables(`appended batch of ${r.appendParagraphs} paragraphs`, r.profiles.append));
  }
  if (r.composition.length) {
    out.push('');
    out.push('Content script by origin (esbuild, minified, UTF-8; close to the Vite build):');
    out.push(
      table([['bytes', 'from'], ...r.composition.slice(0, 10).map((c) => [String(c.bytes), c.group])]),
    );
  }
  const bench = {
    walkMs: roundAll(r.walkMs),
    floorMs: roundAll(r.floorMs),
    oursMs: roundAll(r.oursMs),
    oursBusyMs: roundAll(r.oursBusyMs),
    markjsMs: roundAll(r.markjsMs),
    appendMs: round(r.appendMs, 2),
    longestTaskMs: round(r.longestTaskMs),
    heapMB: round(r.heapMB, 2),
    heapRetainedMB: round(r.heapRetainedMB, 2),
    bundle: {
      contentMin: b.contentMin,
      contentGzip: b.contentGzip,
      popupMin: b.popupMin,
      popupGzip: b.popupGzip,
      backgroundMin: b.backgroundMin,
      backgroundGzip: b.backgroundGzip,
      contentHasZod: b.contentHasZod,
    },
    checkerMBps: round(r.checker.mbps),
    ratios: {
      oursOverFloor: roundAll(oursOverFloor, 2),
      markjsOverOurs: roundAll(markjsOverOurs, 1),
      appendOverScan: round(appendShare, 4),
    },
    textBytes: r.textBytes,
    runs: r.runs,
    markjsRuns: r.markjsRuns,
  };
  out.push('');
  out.push(`BENCH ${JSON.stringify(bench)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function roundAll(values: PerSize, digits = 1): PerSize {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, digits)])) as PerSize;
}

function profileTables(what: string, p: CpuProfileSummary): string[] {
  const rows = (list: CpuHotspot[]) =>
    list.map((h) => [
      h.selfMs.toFixed(1),
      h.totalMs.toFixed(1),
      h.totalPercent.toFixed(1),
      h.functionName,
      `${h.url}:${h.line}`,
    ]);
  const head = ['self ms', 'total ms', 'total %', 'function', 'where'];
  return [
    '',
    `CPU profile, ${what} (${p.busyMs.toFixed(0)} ms sampled), top by self time:`,
    table([head, ...rows(p.bySelf)]),
    '',
    'Plan Lens functions by inclusive time:',
    table([head, ...rows(p.byTotal)]),
  ];
}
