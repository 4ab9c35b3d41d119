/** The terminal checker, with its I/O injected (main.ts wires the real process). */
import { analyzeText } from '../check';
import { parseArgs, USAGE } from './args';
import { formatHuman, toJson, useColor } from './format';
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
plan's official figures. FILE is plain text or HTML (UTF-8); '-' reads stdin; with no FILE the
bundled sample article is checked.

  --json     print {"mentions":[…],"claims":[…]} (offsets in UTF-16 units of the checked text)
  -h, --help this help
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
    const { text } = textToCheck(raw);
    const findings = analyzeText(text);
    if (args.json) io.stdout(`${JSON.stringify(toJson(findings))}\n`);
    else io.stdout(formatHuman(text, findings, useColor(io.isTTY, io.env), name));
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
