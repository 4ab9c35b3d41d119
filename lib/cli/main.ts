/** `npm run -s check -- [--json] [FILE|-]`: thin wiring of run.ts to the process. */
import { run } from './run';

process.stdout.on('error', () => process.exit(0)); // a closed pipe (| head) is not an error

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => process.stdin,
  isTTY: process.stdout.isTTY,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`plan-lens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
