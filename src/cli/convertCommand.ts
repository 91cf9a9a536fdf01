import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConversionReport } from '../shared/formats/interop';
import type { ArgumentMap } from '../shared/model/argumentMap';
import { fileOfFormat, FORMATS, listed, READ_FORMATS, type ReadFormat } from '../shared/formats/formatRegistry';
import { formatOfContent, formatOfPath, titleFromFileName } from '../shared/formats/formatsByExtension';
import { followArgdownIncludes } from '../main/services/argdownIncludes';
import { readTextFile } from '../main/services/mapFiles';
import { describeExportWriteError, formatSize, outputProblem, type OutputIo, type OutputNaming } from './exportOutput';
import { writeFileAtomically } from '../main/services/atomicWrite';
import { EXIT_USAGE, failure, type CommandOutcome } from './outcome';

/** `argmap convert` reads every format Argmap reads, and writes them too. */
const FORMAT_NAMES: readonly ReadFormat[] = READ_FORMATS;
const BY_EXTENSION = listed(
  FORMAT_NAMES.map((format) => `${FORMATS[format].name} (${FORMATS[format].extensions.join(', ')})`),
  'and',
);

export const CONVERT_USAGE = `Usage: argmap convert IN OUT [--from FORMAT] [--to FORMAT]

Converts a map between ${BY_EXTENSION}.
The formats follow the file extensions unless --from or --to name them; a .json IN is read as
AIF or SADFace by its content, and Argdown's @include is followed relative to IN. What a format cannot
carry (positions in Argdown, dialogue nodes of AIF…) is listed on stderr.

Options:
  --from FORMAT   what IN holds: ${FORMAT_NAMES.join(', ')}
  --to FORMAT     what to write: ${FORMAT_NAMES.join(', ')} (needed when OUT is "-", stdout)
  -h, --help      show this help

Exit codes: 0 written (even with approximations, which stderr lists), 1 IN could not be read or
converted or OUT not written (nothing is written then), 2 a usage mistake.`;

/** The disk work `argmap convert` does; tests replace parts to stage failures. */
export interface ConvertIo extends OutputIo {
  readText(path: string, kind: string): ReturnType<typeof readTextFile>;
  /** Writes a temp file beside `path`, flushes it and renames it over `path`: never half a file. */
  writeFile(path: string, data: Buffer): Promise<void>;
}

const realIo: ConvertIo = {
  readText: (path, kind) => readTextFile(path, kind),
  stat: (path) => stat(path),
  checkWritable: (dir) => access(dir, constants.W_OK),
  writeFile: writeFileAtomically,
};

const NAMING: OutputNaming = {
  choose: 'name another OUT',
  name: 'name a file as OUT',
  stdout: 'give "-" as OUT (with --to) to write to stdout',
};

const usageOf =
  (command: string) =>
  (problem: string): CommandOutcome => ({
    stdout: [],
    stderr: [`argmap: ${problem}`, `Run "argmap ${command} --help" for the options.`],
    exitCode: EXIT_USAGE,
  });

/** What a command built on convert does to the map between reading and writing it (`argmap layout`). */
export interface ConversionStep {
  command: string;
  usage: string;
  apply: (map: ArgumentMap) => ArgumentMap;
}

const PLAIN_CONVERSION: ConversionStep = { command: 'convert', usage: CONVERT_USAGE, apply: (map) => map };

/** The format named by an option, or the one a path's extension says; a usage problem if neither. */
function chooseFormat(given: string | undefined, path: string, option: string): ReadFormat | string {
  if (given !== undefined) {
    return (FORMAT_NAMES as readonly string[]).includes(given)
      ? (given as ReadFormat)
      : `${option} must be one of ${FORMAT_NAMES.join(', ')}, not "${given}".`;
  }
  if (path === '-') return `writing to stdout needs ${option} to name the format.`;
  return (
    formatOfPath(path) ?? `cannot tell the format of “${basename(path)}” from its extension; name it with ${option}.`
  );
}

/** Report lines as stderr says them: "argmap: dropped: 3 locution nodes (L)". */
const reportLines = (report: ConversionReport): string[] =>
  report.map((line) => `argmap: ${line.severity}: ${line.message}`);

const isFormat = (value: string): value is ReadFormat => (FORMAT_NAMES as readonly string[]).includes(value);

/**
 * `argmap convert IN OUT`: reads IN with the app's own importers, writes OUT with its exporters
 * (atomically; never over IN), and lists on stderr what could not be carried over. Never throws.
 */
export async function convertCommand(
  argv: readonly string[],
  io: ConvertIo = realIo,
  step: ConversionStep = PLAIN_CONVERSION,
): Promise<CommandOutcome> {
  const usage = usageOf(step.command);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) return { stdout: [step.usage], stderr: [], exitCode: 0 };
  if (parsed.positionals.length !== 2) return usage(`${step.command} needs IN and OUT (two file names).`);
  const [input, output] = parsed.positionals;
  if (input === '-') return usage('IN must be a file; reading from stdin is not supported.');
  const from = chooseFormat(parsed.values.from, input, '--from');
  if (!isFormat(from)) return usage(from);
  const to = chooseFormat(parsed.values.to, output, '--to');
  if (!isFormat(to)) return usage(to);

  const read = await io.readText(input, fileOfFormat(from));
  if (!read.ok) return failure(read.message);
  // By extension, a .json file is AIF or SADFace: its content says which. A named --from is taken as said.
  const format = parsed.values.from === undefined ? formatOfContent(from, read.text) : from;
  if (output !== '-') {
    const problem = await outputProblem(input, output, io, NAMING);
    if (problem) return failure(problem);
  }
  // Loaded here: the Argdown parser is not for `validate` or `export` to pay for.
  const { importText } = await import('../shared/formats/conversion/convert');
  // Argdown's @include is followed relative to IN, within its folder, as File › Import… does.
  const included = format === 'argdown' ? await followArgdownIncludes(input, read.text) : undefined;
  if (included && !included.ok) return failure(included.message);
  const imported = importText(format, included?.text ?? read.text, { title: titleFromFileName(input) });
  if (!imported.ok) return failure(`“${input}”: ${imported.message}`);
  const { writeText } = await import('../shared/formats/conversion/formatWriters');
  const exported = await writeText(to, step.apply(imported.map));
  const stderr = reportLines([...(included?.report ?? []), ...imported.report, ...exported.report]);
  const data = Buffer.from(exported.text, 'utf8');
  if (output === '-') return { stdout: [], stderr, exitCode: 0, data };
  try {
    await io.writeFile(output, data);
  } catch (error) {
    return failure(describeExportWriteError(error, output));
  }
  return { stdout: [`wrote ${output} (${formatSize(data.length)})`], stderr, exitCode: 0 };
}
