import { extname, format as formatPath, parse as parsePath } from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXPORT_FORMATS,
  FORMATS,
  extensionOf,
  listed,
  usesOption,
  type ExportFormat,
  type FormatOption,
} from '../shared/formats/formatRegistry';
import { formatOfPath as formatOfPathAmong } from '../shared/formats/formatsByExtension';
import {
  CSS_DPI,
  DEFAULT_EXPORT_OPTIONS,
  EXPORT_THEMES,
  PADDING_RANGE,
  PAGE_SIZES,
  SCALE_RANGE,
  plainlyValidExportOptions,
  type ExportOptions,
} from '../shared/render/exportOptions';

const PADDING_TEXT = `${PADDING_RANGE.min} to ${PADDING_RANGE.max}`;
const DEFAULTS = DEFAULT_EXPORT_OPTIONS;

/** The names of the formats an option changes: "SVG and PNG". */
const using = (option: FormatOption): string =>
  listed(
    EXPORT_FORMATS.filter((format) => usesOption(format, option)).map((format) => FORMATS[format].name),
    'and',
  );

export const EXPORT_USAGE = `Usage: argmap export FILE [options]

Writes the map in FILE (an .argmap file) as an image, a PDF, a deck of its storyline (PDF deck,
PowerPoint, HTML player; one is generated if the map has none), an outline, or as Argdown or AIF
text for other tools (stderr notes what those could not carry).

Options:
  -f, --format FORMAT     ${listed(EXPORT_FORMATS)} (default: from --out's
                          extension, else ${DEFAULTS.format})
  -o, --out PATH          where to write (default: FILE with the format's extension;
                          "-" writes to stdout). The map file itself is never overwritten.
  --theme THEME           ${listed(EXPORT_THEMES)} (default: ${DEFAULTS.theme})
  --scale N               ${using('scale')} pixels per map unit, ${SCALE_RANGE.min} to ${SCALE_RANGE.max} (default: ${DEFAULTS.scale})
  --dpi N                 the same as a resolution, ${SCALE_RANGE.min * CSS_DPI} to ${SCALE_RANGE.max * CSS_DPI} (--scale 2 = --dpi 192)
  --page PAGE             ${using('page')} page: ${listed(PAGE_SIZES)} (default: ${DEFAULTS.page}, the map's own size)
  --landscape, --portrait ${using('orientation')} page orientation (default: ${DEFAULTS.orientation})
  --subtree NODE_ID       export only this node and everything beneath it
  --padding N             blank space around the drawing, ${PADDING_TEXT} map units (default: ${DEFAULTS.padding})
  --no-legend             leave out the key of kinds and relations
  --no-title              leave out the map's title
  --statuses              ${using('statuses')}: show each node's evaluation status (stands, falls, open)
  --text-as-outlines      ${using('textAs')}: draw text as glyph outlines (needs no font; text cannot be selected)
  --transparent           ${using('background')}: no background colour
  --notes                 ${using('notes')}: a page of speaker notes after each step's slide
  -h, --help              show this help`;

/** What `argmap export` was asked to do, checked and ready to run. */
export interface ExportPlan {
  input: string;
  /** The file to write; null writes the bytes to stdout. */
  output: string | null;
  options: ExportOptions;
  /** Options given that the chosen format has no use for (named as typed, for a note on stderr). */
  ignored: string[];
}

export type ExportArgs =
  { kind: 'plan'; plan: ExportPlan } | { kind: 'help' } | { kind: 'usage-error'; problem: string };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  theme: { type: 'string' },
  scale: { type: 'string' },
  dpi: { type: 'string' },
  page: { type: 'string' },
  landscape: { type: 'boolean' },
  portrait: { type: 'boolean' },
  subtree: { type: 'string' },
  padding: { type: 'string' },
  'no-legend': { type: 'boolean' },
  'no-title': { type: 'boolean' },
  statuses: { type: 'boolean' },
  'text-as-outlines': { type: 'boolean' },
  transparent: { type: 'boolean' },
  notes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
type OptionName = keyof typeof OPTIONS;

/**
 * The export option each command-line option sets, if it is one a format may ignore (the registry
 * says which formats use which); null for those that mean something to every format.
 */
const SETS: Record<OptionName, FormatOption | null> = {
  format: null,
  out: null,
  theme: 'theme',
  scale: 'scale',
  dpi: 'scale',
  page: 'page',
  landscape: 'orientation',
  portrait: 'orientation',
  subtree: null,
  padding: 'padding',
  'no-legend': 'legend',
  'no-title': 'title',
  statuses: 'statuses',
  'text-as-outlines': 'textAs',
  transparent: 'background',
  notes: 'notes',
  help: null,
};

/** Whether a command-line option changes what a format writes. */
function appliesTo(name: OptionName, format: ExportFormat): boolean {
  const option = SETS[name];
  return option === null || usesOption(format, option);
}

class UsageError extends Error {}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

function oneOf<T extends string>(what: string, values: readonly T[], value: string): T {
  if (isOneOf(values, value)) return value;
  throw new UsageError(`unknown ${what} "${value}": use ${listed(values)}.`);
}

/** A number from the command line, or a usage error that names the option and its range. */
function numberIn(option: string, text: string, min: number, max: number, integer = false, unit = ''): number {
  const value = text.trim() === '' ? NaN : Number(text);
  const kind = integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new UsageError(`${option} must be ${kind} from ${min} to ${max}${unit}, not "${text}".`);
  }
  return value;
}

/** The export format a file name's extension names (case does not matter), if any. */
export function formatOfPath(path: string): ExportFormat | undefined {
  return formatOfPathAmong(path, EXPORT_FORMATS) ?? undefined;
}

/** `map.argmap` → `map.svg`: the input's name with the format's extension instead of its own. */
export function defaultOutputFor(input: string, format: ExportFormat): string {
  const { dir, root, name } = parsePath(input);
  return formatPath({ dir, root, name, ext: `.${extensionOf(format)}` });
}

/**
 * Reads `argmap export`'s arguments (after the command name). Never throws. Options built from
 * checked pieces pass as they are; anything else (a subtree id past its limit) goes to the zod
 * schema, which says what is wrong: zod is loaded only then.
 */
export async function parseExportArgs(argv: readonly string[]): Promise<ExportArgs> {
  let args: ExportArgs;
  try {
    args = readArgs(argv);
  } catch (error) {
    // parseArgs's own complaints (an unknown option, a missing value) carry an ERR_PARSE_ARGS_… code.
    const code = (error as { code?: unknown } | undefined)?.code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      return { kind: 'usage-error', problem: (error as Error).message };
    }
    throw error;
  }
  if (args.kind !== 'plan' || plainlyValidExportOptions(args.plan.options)) return args;
  const { exportOptionsSchema } = await import('../shared/render/exportOptionsSchema');
  const checked = exportOptionsSchema.safeParse(args.plan.options);
  if (!checked.success) {
    return { kind: 'usage-error', problem: `invalid options: ${checked.error.issues[0]?.message ?? 'unknown'}.` };
  }
  return { kind: 'plan', plan: { ...args.plan, options: checked.data } };
}

/** Numeric options whose value may look like an option (`--padding -1`): joined as `--padding=-1`. */
const NUMERIC = new Set(['--scale', '--dpi', '--padding']);

/** The arguments with a negative number glued to its option, so that it is read (and refused) as a value. */
function withNegativeValues(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--') return [...args, ...argv.slice(i)];
    const next = argv[i + 1];
    if (NUMERIC.has(argv[i]) && next !== undefined && /^-[\d.]/.test(next)) {
      args.push(`${argv[i]}=${next}`);
      i += 1;
    } else args.push(argv[i]);
  }
  return args;
}

function readArgs(argv: readonly string[]): ExportArgs {
  const { values, positionals } = parseArgs({
    args: withNegativeValues(argv),
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) throw new UsageError('export needs the FILE to export.');
  if (positionals.length > 1) {
    throw new UsageError(`export takes one FILE, not ${positionals.length}: run it once per file.`);
  }
  const input = positionals[0];
  if (values.out?.trim() === '') throw new UsageError('--out needs a file name (or - for stdout).');
  const toStdout = values.out === '-';
  const outFormat = values.out !== undefined && !toStdout ? formatOfPath(values.out) : undefined;

  let format: ExportFormat;
  if (values.format !== undefined) {
    format = oneOf('format', EXPORT_FORMATS, values.format.toLowerCase());
    // Formats may share an extension (a PDF and a PDF deck): --out need only have one of the format's.
    if (outFormat && !(FORMATS[format].extensions as readonly string[]).includes(extname(values.out!).toLowerCase())) {
      throw new UsageError(
        `--format ${format} does not match "${values.out}", whose extension is that of ${outFormat}: ` +
          'change one of them.',
      );
    }
  } else if (values.out !== undefined && !toStdout) {
    if (!outFormat) {
      throw new UsageError(
        `cannot tell the format from "${values.out}": name it with --format ${EXPORT_FORMATS.join('|')}.`,
      );
    }
    format = outFormat;
  } else {
    format = DEFAULT_EXPORT_OPTIONS.format;
  }

  if (values.scale !== undefined && values.dpi !== undefined) {
    throw new UsageError('give --scale or --dpi, not both (--scale 2 is --dpi 192).');
  }
  if (values.landscape && values.portrait) throw new UsageError('give --landscape or --portrait, not both.');

  const options: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, format };
  if (values.theme !== undefined) options.theme = oneOf('theme', EXPORT_THEMES, values.theme.toLowerCase());
  if (values.page !== undefined) options.page = oneOf('page size', PAGE_SIZES, values.page.toLowerCase());
  if (values.scale !== undefined) {
    const dpi = ` (${SCALE_RANGE.min * CSS_DPI} to ${SCALE_RANGE.max * CSS_DPI} DPI)`;
    options.scale = numberIn('--scale', values.scale, SCALE_RANGE.min, SCALE_RANGE.max, false, dpi);
  }
  if (values.dpi !== undefined) {
    const [min, max] = [SCALE_RANGE.min * CSS_DPI, SCALE_RANGE.max * CSS_DPI];
    options.scale =
      numberIn('--dpi', values.dpi, min, max, false, ` (--scale ${SCALE_RANGE.min} to ${SCALE_RANGE.max})`) / CSS_DPI;
  }
  if (values.padding !== undefined) {
    options.padding = numberIn('--padding', values.padding, PADDING_RANGE.min, PADDING_RANGE.max, true, ' map units');
  }
  if (values.landscape) options.orientation = 'landscape';
  if (values.portrait) options.orientation = 'portrait';
  if (values.subtree !== undefined) {
    if (values.subtree.trim() === '') throw new UsageError('--subtree needs a node id.');
    options.scope = { kind: 'subtree', nodeId: values.subtree };
  }
  if (values['no-legend']) options.legend = false;
  if (values['no-title']) options.title = false;
  if (values.statuses) options.statuses = true;
  if (values['text-as-outlines']) options.textAs = 'outlines';
  if (values.transparent) options.background = 'transparent';
  if (values.notes) options.notes = true;

  const ignored = (Object.keys(values) as OptionName[])
    .filter((name) => values[name] !== undefined && !appliesTo(name, format))
    .map((name) => `--${name}`);
  const output = toStdout ? null : (values.out ?? defaultOutputFor(input, format));
  return { kind: 'plan', plan: { input, output, options, ignored } };
}
