import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { CLI_V8_FLAGS } from './v8Flags';
import { EXPORT_FORMATS, FORMATS, listed, READ_FORMATS } from '../shared/formats/formatRegistry';
import { CONVERT_USAGE, convertCommand } from './convertCommand';
import { EVALUATE_USAGE, evaluateCommand } from './evaluateCommand';
import { EXPORT_USAGE, parseExportArgs } from './exportArgs';
import { exportCommand } from './exportCommand';
import { LAYOUT_USAGE, layoutCommand } from './layoutCommand';
import { EXIT_USAGE, unexpectedFailure, type CommandOutcome } from './outcome';
import { validateFiles } from './validate';

/** The formats named in the usage text, from the format registry. */
const CONVERTED = listed(
  READ_FORMATS.map((format) => FORMATS[format].name),
  'and',
);

export const USAGE = `Usage: argmap <command> [options]

Commands:
  validate FILE…   check .argmap files with the app's own loader; prints "<file>: ok"
                   or "<file>: <problem>" per file; exits 0 only if all are valid
  export FILE      write the map as ${listed(EXPORT_FORMATS)}
                   (argmap export --help lists the options)
  convert IN OUT   convert between ${CONVERTED}, by extension
                   or --from/--to; stderr lists what could not be carried over
  evaluate FILE    print whether each node stands, falls or is open, and why
                   ([--json] [--semantics grounded|preferred]; argmap evaluate --help)
  layout IN OUT    lay the map out as Ctrl+L does (for imported maps and scripts);
                   formats and exit codes as for convert

Options:
  -h, --help       show this help`;

/** `argmap help COMMAND`: the command's own usage. */
const COMMAND_USAGE: Record<string, string> = {
  export: EXPORT_USAGE,
  convert: CONVERT_USAGE,
  evaluate: EVALUATE_USAGE,
  layout: LAYOUT_USAGE,
};

const usageError = (problem: string): CommandOutcome => ({
  stdout: [],
  stderr: [`argmap: ${problem}`, '', USAGE],
  exitCode: EXIT_USAGE,
});

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** Parses a command's arguments that take only --help; a usage outcome for anything else. */
function filesAndHelp(args: readonly string[]): { files: string[]; help: boolean } | CommandOutcome {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: HELP_OPTION, allowPositionals: true });
    return { files: positionals, help: values.help === true };
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs the command line given its arguments (without `node` and the script). Never throws. */
export async function runCli(argv: readonly string[]): Promise<CommandOutcome> {
  // Options before the command are the program's (only --help); those after it are the command's.
  const at = argv.findIndex((arg) => !arg.startsWith('-') || arg === '-');
  const own = filesAndHelp(at < 0 ? argv : argv.slice(0, at));
  if ('exitCode' in own) return own;
  if (own.help) return { stdout: [USAGE], stderr: [], exitCode: 0 };
  if (at < 0) return usageError('no command given.');
  const command = argv[at];
  const rest = argv.slice(at + 1);
  try {
    return await runCommand(command, rest);
  } catch (error) {
    // Bad input has its own message before this; whatever still escapes is said in one line, no stack trace.
    return unexpectedFailure(await inputOf(command, rest), error);
  }
}

async function runCommand(command: string, rest: string[]): Promise<CommandOutcome> {
  switch (command) {
    case 'validate': {
      const parsed = filesAndHelp(rest);
      if ('exitCode' in parsed) return parsed;
      if (parsed.help) return { stdout: [USAGE], stderr: [], exitCode: 0 };
      if (parsed.files.length === 0) return usageError('validate needs at least one FILE.');
      return validateFiles(parsed.files);
    }
    case 'export':
      return exportCommand(rest);
    case 'convert':
      return convertCommand(rest);
    case 'evaluate':
      return evaluateCommand(rest);
    case 'layout':
      return layoutCommand(rest);
    case 'help':
      return { stdout: [COMMAND_USAGE[rest[0] ?? ''] ?? USAGE], stderr: [], exitCode: 0 };
    default:
      return usageError(`unknown command "${command}".`);
  }
}

/** The file a command reads, for the last-resort message; undefined where it cannot be told. */
async function inputOf(command: string, rest: readonly string[]): Promise<string | undefined> {
  try {
    if (command === 'export') {
      const args = await parseExportArgs(rest);
      return args.kind === 'plan' ? args.plan.input : undefined;
    }
    const options = { from: { type: 'string' }, to: { type: 'string' } } as const;
    return parseArgs({ args: [...rest], options, allowPositionals: true, strict: false }).positionals[0];
  } catch {
    return undefined;
  }
}

/** The process entry: prints the outcome and sets the exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // Set before any command runs: a function's budget is taken when it is first called. The built
  // launcher sets them before it loads the bundle (scripts/buildCli.ts); run from source, here.
  setFlagsFromString(CLI_V8_FLAGS);
  // A reader that stops early (`argmap export … --out - | head -c 8`) closes the pipe: not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const outcome = await runCli(argv);
  if (outcome.data) process.stdout.write(outcome.data);
  for (const line of outcome.stdout) process.stdout.write(`${line}\n`);
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = outcome.exitCode;
}

/** Whether Node was started on the bundle itself (`node out/cli/argmap.cjs`), not on its launcher or bin/argmap.mjs. */
function isProcessEntry(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

// Not awaited: the bundle is CommonJS (scripts/buildCli.ts); main() sets the exit code itself.
if (isProcessEntry()) void main();
