import { parseArgs } from 'node:util';
import { validateFiles, type CommandOutcome } from './validate';

export const USAGE = `Usage: argmap <command> [options]

Commands:
  validate FILE…   check .argmap files with the app's own loader; prints "<file>: ok"
                   or "<file>: <problem>" per file; exits 0 only if all are valid

Options:
  -h, --help       show this help`;

const usageError = (problem: string): CommandOutcome => ({
  stdout: [],
  stderr: [`argmap: ${problem}`, '', USAGE],
  exitCode: 2,
});

/** Runs the command line given its arguments (without `node` and the script). Never throws. */
export async function runCli(argv: readonly string[]): Promise<CommandOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help) return { stdout: [USAGE], stderr: [], exitCode: 0 };
  if (command === undefined) return usageError('no command given.');
  switch (command) {
    case 'validate':
      if (rest.length === 0) return usageError('validate needs at least one FILE.');
      return validateFiles(rest);
    case 'help':
      return { stdout: [USAGE], stderr: [], exitCode: 0 };
    default:
      return usageError(`unknown command "${command}".`);
  }
}

/** The process entry: prints the outcome and sets the exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const outcome = await runCli(argv);
  for (const line of outcome.stdout) process.stdout.write(`${line}\n`);
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = outcome.exitCode;
}
