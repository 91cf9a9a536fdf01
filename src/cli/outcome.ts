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
