/** Command-line arguments of the terminal checker. */
import { parseDay } from '../dates/resolve';

export interface CliArgs {
  json: boolean;
  help: boolean;
  /** A path, '-' for stdin, or null for the bundled sample article. */
  file: string | null;
  /** --date YYYY-MM-DD: the article's date, for relative dates (23日, 来年夏); null when not given. */
  date: string | null;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE = 'usage: npm run -s check -- [--json] [--date YYYY-MM-DD] [FILE|-]';

export function parseArgs(argv: readonly string[]): ParseResult {
  const args: CliArgs = { json: false, help: false, file: null, date: null };
  let positional = false;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    if (!positional && a === '--') {
      positional = true;
      continue;
    }
    if (!positional && a.startsWith('-') && a !== '-') {
      if (a === '--json') args.json = true;
      else if (a === '--help' || a === '-h') args.help = true;
      else if (a === '--date' || a.startsWith('--date=')) {
        const value = a === '--date' ? argv[++k] : a.slice('--date='.length);
        if (value === undefined) return { ok: false, error: `--date needs a value YYYY-MM-DD (${USAGE})` };
        if (parseDay(value) === null)
          return { ok: false, error: `--date ${JSON.stringify(value)} is not a calendar day YYYY-MM-DD` };
        args.date = value;
      } else return { ok: false, error: `unknown option: ${a} (${USAGE})` };
      continue;
    }
    if (args.file !== null) return { ok: false, error: `only one FILE may be given (${USAGE})` };
    args.file = a;
  }
  return { ok: true, args };
}
