/** What a command produced: lines for stdout and stderr, and the process exit code. */
export interface CommandOutcome {
  stdout: string[];
  stderr: string[];
  exitCode: number;
  /** Bytes written to stdout before its lines (`argmap export --out -`): binary safe. */
  data?: Uint8Array;
}

/** Exit code of a command whose arguments are wrong: the usage goes with it. */
export const EXIT_USAGE = 2;
/** Exit code of a command that could not read, export or write a file. */
export const EXIT_FAILURE = 1;

/** A failure that is the user's file or disk, not their command line: `argmap: <message>`, exit 1. */
export const failure = (message: string): CommandOutcome => ({
  stdout: [],
  stderr: [`argmap: ${message}`],
  exitCode: EXIT_FAILURE,
});

/**
 * What an error no check foresaw says about a file: its message alone, never a stack trace. Such an
 * error is a bug in Argmap (bad input gets its own words before it gets this far), and the line says so.
 */
export function unexpectedProblem(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const firstLine = detail.split('\n', 1)[0].trim() || 'no details';
  return `could not be processed (${firstLine}); this is a bug in Argmap, please report it.`;
}

/** The last resort of a command: `argmap: <file>: <what went wrong>`, exit 1. */
export const unexpectedFailure = (file: string | undefined, error: unknown): CommandOutcome =>
  failure(`${file === undefined ? '' : `${file}: `}${unexpectedProblem(error)}`);
