/** The benchmark's output: a table for people, then one `BENCH {json}` line for machines. */
import type { CpuHotspot, CpuProfileSummary, ThreadTime } from './browser';
import type { BundleSizes } from './build';
import type { CheckerCliResult, CheckerResult } from './checker';
import type { PageSize } from './generator';
import type { ScanResult } from './page/api';
import { median, round } from './stats';

type PerSize = Record<PageSize, number>;

export interface Report {
  textBytes: PerSize;
  runs: PerSize;
  walkMs: PerSize;
  floorMs: PerSize;
  floorBusyMs: PerSize;
  oursMs: PerSize;
  oursBusyMs: PerSize;
  oursRegistrations: PerSize;
  /** 1 MB page, ours with the number checker never loaded (mentions only). */
  mentionsOnlyMs: number;
  mentionsOnlyBusyMs: number;
  markjsMs: PerSize;
  markjsRegExpMs: PerSize;
  markjsRuns: PerSize;
  textChars: PerSize;
  floorMatches: PerSize;
  markjsMarks: PerSize;
  markjsRegExpMarks: PerSize;
  oursFound: Record<PageSize, ScanResult | null>;
  pagesLoad: [number, number];
  appendMs: PerSize;
  appendBusyMs: PerSize;
  appendMarks: PerSize;
  appendMinMarks: PerSize;
  appendFound: Record<PageSize, ScanResult | null>;
  appendLoad: [number, number];
  appendParagraphs: number;
  firstMark: {
    top: number;
    openedMid: number;
    scrolledMid: number;
    worstScrolledMid: number;
    runs: number;
    scrollAfterMs: number;
    load: [number, number];
  };
  /** Traced runs on the 1 MB page: the main thread's time on the clock and on the CPU (medians). */
  mainThread: {
    runs: number;
    load: [number, number];
    ours: ThreadTime;
    markRegExp: ThreadTime;
    /** V8's optimising compilers' CPU time, from runs traced for them alone. */
    oursJitMs: number;
    markRegExpJitMs: number;
  };
  longestTaskMs: number;
  heapMB: number;
  heapRetainedMB: number;
  bundle: BundleSizes;
  checker: CheckerResult;
  /** The checker as a reader runs it (spawned, on a 16 MB file): what the budget is about. */
  checkerCli: CheckerCliResult;
  checkerLoad: number;
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
const loadNote = ([from, to]: [number, number]) => `load average ${from.toFixed(2)} → ${to.toFixed(2)}`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length))) ?? [];
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

const per = (f: (s: PageSize) => number): PerSize =>
  Object.fromEntries(SIZES.map((s) => [s, f(s)])) as PerSize;

export function printReport(r: Report): void {
  const paintOverBusy = per((s) => r.oursMs[s] / r.oursBusyMs[s]);
  const busyOverFloor = per((s) => r.oursBusyMs[s] / r.floorMs[s]);
  const oursOverFloor = per((s) => r.oursMs[s] / r.floorMs[s]);
  const regexpOverOurs = per((s) => r.markjsRegExpMs[s] / r.oursMs[s]);
  const markjsOverOurs = per((s) => r.markjsMs[s] / r.oursMs[s]);
  const out: string[] = [];
  out.push('Plan Lens benchmark (headless Chromium; medians, ms; each run on a freshly loaded page)');
  out.push('(a) TreeWalker over every text node, nothing else');
  out.push(
    '(b) fair floor: walk + join + one RegExp of all aliases and a number shape + a StaticRange per match + one Highlight, to the next painted frame',
  );
  out.push(
    '(c) Plan Lens: Session.start() to the first painted frame after its last Highlight registration; busy = its own time (start + slices + registrations)',
  );
  out.push("(d) mark.js 8.11.1 markRegExp with the floor's one pattern, to the next painted frame");
  out.push('(e) mark.js 8.11.1 as the old bench ran it: the aliases array (one pass per alias, no numbers)');
  out.push('');
  out.push(`Scans — ${loadNote(r.pagesLoad)}`);
  out.push(
    table([
      [
        'page',
        'text',
        'runs',
        '(a) walk',
        '(b) floor',
        'floor busy',
        '(c) ours',
        'ours busy',
        '(d) markRegExp',
        '(e) mark.js',
        'ours/busy',
        'busy/floor',
        'markRegExp/ours',
        'mark.js/ours',
      ],
      ...SIZES.map((s) => [
        s,
        kb(r.textBytes[s]),
        `${r.runs[s]}${r.markjsRuns[s] !== r.runs[s] ? ` (e: ${r.markjsRuns[s]})` : ''}`,
        ms(r.walkMs[s]),
        ms(r.floorMs[s]),
        ms(r.floorBusyMs[s]),
        ms(r.oursMs[s]),
        ms(r.oursBusyMs[s]),
        ms(r.markjsRegExpMs[s]),
        ms(r.markjsMs[s]),
        ratio(paintOverBusy[s]),
        ratio(busyOverFloor[s]),
        ratio(regexpOverOurs[s]),
        ratio(markjsOverOurs[s]),
      ]),
    ]),
  );
  out.push('');
  out.push(`Where ours' time goes, 1 MB page (same runs as Scans) — ${loadNote(r.pagesLoad)}`);
  out.push(
    table([
      ['', 'to painted', 'busy', 'markRegExp / it'],
      [
        '(c) ours',
        ms(r.oursMs['1MB']),
        ms(r.oursBusyMs['1MB']),
        ratio(r.markjsRegExpMs['1MB'] / r.oursMs['1MB']),
      ],
      [
        'ours, mentions only (number checker not loaded)',
        ms(r.mentionsOnlyMs),
        ms(r.mentionsOnlyBusyMs),
        ratio(r.markjsRegExpMs['1MB'] / r.mentionsOnlyMs),
      ],
      [
        'the number checker (the difference)',
        ms(r.oursMs['1MB'] - r.mentionsOnlyMs),
        ms(r.oursBusyMs['1MB'] - r.mentionsOnlyBusyMs),
        '',
      ],
    ]),
  );
  out.push('');
  out.push(`What each found (last run) — ${loadNote(r.pagesLoad)}`);
  out.push(
    table([
      [
        'page',
        'chars',
        'floor matches',
        'markRegExp marks',
        'mark.js marks',
        'ours findings',
        'ours marks (mention/match/problem/not-in-plan)',
        'registrations',
        'ours start / busy / idle-wait ms',
        'slices (longest ms)',
      ],
      ...SIZES.map((s) => {
        const found = r.oursFound[s];
        const ranges = found?.ranges ?? {};
        return [
          s,
          String(r.textChars[s]),
          String(r.floorMatches[s]),
          String(r.markjsRegExpMarks[s]),
          String(r.markjsMarks[s]),
          String(found?.findings ?? '—'),
          ['mention', 'match', 'problem', 'not-in-plan'].map((k) => ranges[k] ?? 0).join('/'),
          String(r.oursRegistrations[s]),
          found ? `${ms(found.startMs)} / ${ms(found.busyMs)} / ${ms(found.idleWaitMs)}` : '—',
          found ? `${found.slices} (${ms(found.maxSliceMs)})` : '—',
        ];
      }),
    ]),
  );
  out.push('');
  out.push(`Appended batch of ${r.appendParagraphs} paragraphs into <main> — ${loadNote(r.appendLoad)}`);
  out.push(
    table([
      ['page', 'to painted', 'busy', 'share of full scan', 'marks added (median / fewest)', 'findings after'],
      ...SIZES.map((s) => [
        s,
        ms(r.appendMs[s]),
        ms(r.appendBusyMs[s]),
        `${((100 * r.appendMs[s]) / r.oursMs[s]).toFixed(1)}%`,
        `${r.appendMarks[s]} / ${r.appendMinMarks[s]}`,
        String(r.appendFound[s]?.findings ?? '—'),
      ]),
    ]),
  );
  out.push('');
  const fm = r.firstMark;
  out.push(`First mark the reader sees, 1 MB page, ${fm.runs} runs — ${loadNote(fm.load)}`);
  out.push(
    table([
      ['where', 'ms to the painted frame'],
      ['at the top, from the scan start', ms(fm.top)],
      ['page opened at 50%, from the scan start', ms(fm.openedMid)],
      [
        `scrolled to 50% ${fm.scrollAfterMs} ms into the scan, from the scroll`,
        `${ms(fm.scrolledMid)} (worst ${ms(fm.worstScrolledMid)})`,
      ],
    ]),
  );
  out.push('');
  const mt = r.mainThread;
  out.push(
    `The page's main thread during the 1 MB scan, traced (${mt.runs} runs each) — ${loadNote(mt.load)}`,
  );
  out.push(
    table([
      ['', 'task time on the clock', 'CPU time', 'CPU / clock', "workers' CPU", "JIT compilers' CPU"],
      ...(
        [
          ['(c) ours', mt.ours, mt.oursJitMs],
          ['(d) markRegExp', mt.markRegExp, mt.markRegExpJitMs],
        ] as const
      ).map(([name, t, jit]) => [
        name,
        ms(t.wallMs),
        ms(t.cpuMs),
        `${((100 * t.cpuMs) / t.wallMs).toFixed(0)}%`,
        ms(t.workersCpuMs),
        ms(jit),
      ]),
      [
        'markRegExp / ours',
        ratio(mt.markRegExp.wallMs / mt.ours.wallMs),
        ratio(mt.markRegExp.cpuMs / mt.ours.cpuMs),
        '',
        '',
        '',
      ],
    ]),
  );
  out.push(
    '  (time the thread spends waiting for a core inside its tasks counts on the clock, not on the CPU;',
  );
  out.push(
    "   workers' CPU: the renderer's helper threads over the same time (V8's compilers and GC, parsing, raster);",
  );
  out.push(
    "   JIT compilers' CPU: V8's Maglev and TurboFan compiling the page's JavaScript, from runs of their own whose trace slows the page)",
  );
  out.push('');
  const b = r.bundle;
  out.push(`Longest task during the 1 MB scan: ${ms(r.longestTaskMs)} ms (0 = none over 50 ms)`);
  out.push(
    `JS heap during the 1 MB scan: +${r.heapMB.toFixed(1)} MB used, +${r.heapRetainedMB.toFixed(1)} MB retained after GC`,
  );
  out.push(
    `Bundles (${r.buildNote}): content ${kb(b.contentMin)} min / ${kb(b.contentGzip)} gz` +
      `${b.contentHasZod ? ' (contains "zod")' : ', no zod'}; checker.js (pages about the plan) ` +
      `${kb(b.checkerMin)} / ${kb(b.checkerGzip)}, both ${kb(b.contentMin + b.checkerMin)}; popup ${kb(b.popupMin)} / ${kb(b.popupGzip)}; ` +
      `background ${kb(b.backgroundMin)} / ${kb(b.backgroundGzip)}`,
  );
  out.push(
    `Terminal checker end to end (load average ${r.checkerLoad.toFixed(2)}): ${r.checkerCli.mbps.toFixed(1)} MB/s on ${r.checkerCli.textMB.toFixed(1)} MB ` +
      `(runs ${r.checkerCli.runsMs.map((x) => x.toFixed(0)).join(', ')} ms); start for one sentence ${median(r.checkerCli.startMs).toFixed(0)} ms; ` +
      `engine alone, warm: ${r.checker.mbps.toFixed(1)} MB/s on ${r.checker.textMB.toFixed(1)} MB ` +
      `(runs ${r.checker.runsMs.map((x) => x.toFixed(0)).join(', ')} ms; ${r.checker.mentions} mentions, ${r.checker.claims} claims)`,
  );
  out.push(
    `Floor RegExp: ${r.aliases} aliases + a number shape. Total bench time: ${r.totalSeconds.toFixed(0)} s`,
  );
  out.push('');
  out.push('Targets (design.md, Budgets; 1 MB page)');
  const appendedEverywhere = SIZES.every((s) => r.appendMinMarks[s] > 0);
  const targets: Array<[string, boolean, string]> = [
    [
      "all marks painted ≤ 1.3× the scan's busy time",
      paintOverBusy['1MB'] <= 1.3,
      ratio(paintOverBusy['1MB']),
    ],
    ['busy time ≤ 4× the fair floor', busyOverFloor['1MB'] <= 4, ratio(busyOverFloor['1MB'])],
    ['≥ 3× faster than mark.js markRegExp', regexpOverOurs['1MB'] >= 3, ratio(regexpOverOurs['1MB'])],
    [
      `first mark at 50% within 100 ms of scrolling there (median of ${fm.runs})`,
      fm.scrolledMid <= 100,
      `${ms(fm.scrolledMid)} ms`,
    ],
    ['no long task > 50 ms', r.longestTaskMs <= 50, `${ms(r.longestTaskMs)} ms`],
    [
      'appended paragraphs marked on every page size',
      appendedEverywhere,
      SIZES.map((s) => `${s} ${r.appendMinMarks[s]}`).join(', '),
    ],
    [
      'content script < 100 KB minified, no zod',
      b.contentMin < 100 * 1024 && !b.contentHasZod,
      kb(b.contentMin),
    ],
    [
      'checker ≥ 20 MB/s end to end on 16 MB',
      r.checkerCli.mbps >= 20,
      `${r.checkerCli.mbps.toFixed(1)} MB/s`,
    ],
    [
      'checker start < 0.3 s',
      median(r.checkerCli.startMs) < 300,
      `${median(r.checkerCli.startMs).toFixed(0)} ms`,
    ],
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
    floorBusyMs: roundAll(r.floorBusyMs),
    oursMs: roundAll(r.oursMs),
    oursBusyMs: roundAll(r.oursBusyMs),
    oursRegistrations: r.oursRegistrations,
    mentionsOnlyMs: round(r.mentionsOnlyMs),
    mentionsOnlyBusyMs: round(r.mentionsOnlyBusyMs),
    markjsRegExpMs: roundAll(r.markjsRegExpMs),
    markjsMs: roundAll(r.markjsMs),
    appendMs: roundAll(r.appendMs),
    appendMarks: r.appendMarks,
    firstMark: {
      top: round(fm.top),
      openedMid: round(fm.openedMid),
      scrolledMid: round(fm.scrolledMid),
      worstScrolledMid: round(fm.worstScrolledMid),
    },
    mainThread: {
      oursWallMs: round(mt.ours.wallMs),
      oursCpuMs: round(mt.ours.cpuMs),
      markRegExpWallMs: round(mt.markRegExp.wallMs),
      markRegExpCpuMs: round(mt.markRegExp.cpuMs),
      oursWorkersCpuMs: round(mt.ours.workersCpuMs),
      oursJitCpuMs: round(mt.oursJitMs),
      markRegExpWorkersCpuMs: round(mt.markRegExp.workersCpuMs),
      markRegExpJitCpuMs: round(mt.markRegExpJitMs),
      load: mt.load,
    },
    longestTaskMs: round(r.longestTaskMs),
    heapMB: round(r.heapMB, 2),
    heapRetainedMB: round(r.heapRetainedMB, 2),
    bundle: {
      contentMin: b.contentMin,
      contentGzip: b.contentGzip,
      checkerMin: b.checkerMin,
      checkerGzip: b.checkerGzip,
      popupMin: b.popupMin,
      popupGzip: b.popupGzip,
      backgroundMin: b.backgroundMin,
      backgroundGzip: b.backgroundGzip,
      contentHasZod: b.contentHasZod,
    },
    checkerMBps: round(r.checkerCli.mbps),
    checkerEngineMBps: round(r.checker.mbps),
    checkerStartMs: round(median(r.checkerCli.startMs)),
    ratios: {
      paintOverBusy: roundAll(paintOverBusy, 2),
      busyOverFloor: roundAll(busyOverFloor, 2),
      oursOverFloor: roundAll(oursOverFloor, 2),
      markRegExpOverOurs: roundAll(regexpOverOurs, 2),
      markjsOverOurs: roundAll(markjsOverOurs, 1),
    },
    load: { pages: r.pagesLoad, append: r.appendLoad, firstMark: fm.load, checker: r.checkerLoad },
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
