/** Command-line arguments of the terminal checker. */

export interface CliArgs {
  json: boolean;
  help: boolean;
  /** A path, '-' for stdin, or null for the bundled sample article. */
  file: string | null;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE = 'usage: npm run -s check -- [--json] [FILE|-]';

export function parseArgs(argv: readonly string[]): ParseResult {
  const args: CliArgs = { json: false, help: false, file: null };
  let positional = false;
  for (const a of argv) {
    if (!positional && a === '--') {
      positional = true;
      continue;
    }
    if (!positional && a.startsWith('-') && a !== '-') {
      if (a === '--json') args.json = true;
      else if (a === '--help' || a === '-h') args.help = true;
      else return { ok: false, error: `unknown option: ${a} (${USAGE})` };
      continue;
    }
    if (args.file !== null) return { ok: false, error: `only one FILE may be given (${USAGE})` };
    args.file = a;
  }
  return { ok: true, args };
}
