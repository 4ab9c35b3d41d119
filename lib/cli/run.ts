/** The terminal checker, with its I/O injected (main.ts wires the real process). */
import { type AnalyzeOptions, analyzeText } from '../check';
import { articleDateFromMetadata } from '../dates/article-date';
import { parseArgs, USAGE } from './args';
import { formatHuman, toJson, useColor, writeJson } from './format';
import { htmlDateCandidates } from './html-meta';
import { decodeInput, InputError, readPath, readStream, samplePath, textToCheck } from './input';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => AsyncIterable<Uint8Array | string>;
  isTTY: boolean | undefined;
  env: Record<string, string | undefined>;
}

const HELP = `${USAGE}

Checks numbers quoted in a news text about Japan's AI Basic Plan (人工知能基本計画) against the
plan's official figures. FILE is plain text or HTML (UTF-8, or UTF-16 with a BOM); '-' reads
stdin; with no FILE the bundled sample article is checked.

  --json               print {"mentions":[…],"claims":[…]} (offsets in UTF-16 units of the checked text)
  --date YYYY-MM-DD    the article's date, to read relative dates (23日, 来年夏, "next summer");
                       for HTML it is otherwise taken from the page's metadata (JSON-LD datePublished,
                       article:published_time, <time datetime>); with no date they are not checked
  -h, --help           this help
`;

/** Runs the checker; returns the exit code (0 ok, 2 bad usage or bad input, 1 internal error). */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`plan-lens: ${parsed.error}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  try {
    let bytes: Uint8Array;
    let name: string;
    if (args.file === '-') {
      name = 'stdin';
      bytes = await readStream(io.stdin());
    } else if (args.file === null) {
      name = 'sample article';
      bytes = await readPath(samplePath());
    } else {
      name = args.file;
      bytes = await readPath(args.file);
    }
    const raw = decodeInput(bytes, name);
    const { text, html } = textToCheck(raw);
    const articleDate = args.date ?? (html ? articleDateFromMetadata(htmlDateCandidates(raw)) : null);
    // A variable, not a literal: the option is new in the engine and older engines ignore it.
    const options: AnalyzeOptions & { articleDate?: string } = {};
    if (articleDate !== null) options.articleDate = articleDate;
    const findings = analyzeText(text, options);
    if (args.json) writeJson(toJson(findings), io.stdout);
    else io.stdout(formatHuman(text, findings, useColor(io.isTTY, io.env), name, articleDate));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`plan-lens: ${e.message}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`plan-lens: internal error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
