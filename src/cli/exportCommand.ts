import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { readMapFile } from '../main/services/mapFiles';
import type { ExportFonts } from '../main/services/export/exportFonts';
import type { ArgumentMap } from '../shared/model/argumentMap';
import type { ExportOptions } from '../shared/render/exportOptions';
import { ExportError } from '../shared/render/exportScope';
import { EXPORT_USAGE, parseExportArgs } from './exportArgs';
import { describeExportWriteError, formatSize, outputProblem, type OutputIo } from './exportOutput';
import { writeFileAtomically } from '../main/services/atomicWrite';
import { EXIT_USAGE, failure, type CommandOutcome } from './outcome';
import { CLI_DIR, findResourcesDir, missingResourcesMessage } from './resourcesDir';
import type { MapReader } from './validate';

/** The disk work `argmap export` does; tests replace parts to stage failures root cannot be denied. */
export interface ExportIo extends OutputIo {
  readMap: MapReader;
  /** Writes a temp file beside `path`, flushes it and renames it over `path`: never half a file. */
  writeFile(path: string, data: Buffer): Promise<void>;
  /** Whether stdout is a terminal, where a PNG or PDF would only garble the screen. */
  stdoutIsTerminal(): boolean;
  /** The folder holding `fonts/`, or null if there is none. */
  resourcesDir(): string | null;
  /** The shared export path; loaded on first use, so `validate` never pays for the renderer. */
  exportMap(map: ArgumentMap, options: ExportOptions, fonts: ExportFonts): Promise<{ data: Buffer; notes?: string[] }>;
  loadFonts(resourcesDir: string): Promise<ExportFonts>;
}

const realIo: ExportIo = {
  readMap: readMapFile,
  stat: (path) => stat(path),
  checkWritable: (dir) => access(dir, constants.W_OK),
  writeFile: writeFileAtomically,
  stdoutIsTerminal: () => process.stdout.isTTY === true,
  resourcesDir: () => findResourcesDir(),
  exportMap: async (map, options, fonts) =>
    (await import('../main/services/export/exportMap')).exportMap(map, options, fonts),
  loadFonts: async (resourcesDir) => {
    const { loadExportFonts, fontsDirIn } = await import('../main/services/export/exportFonts');
    return loadExportFonts(fontsDirIn(resourcesDir));
  },
};

/** Under a usage mistake: where the options are explained (the whole list would bury the message). */
export const EXPORT_HELP_HINT = 'Run "argmap export --help" for the options.';

const BINARY_FORMATS = new Set(['png', 'pdf']);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `argmap export FILE [options]`: reads the map with the app's loader, exports it through the
 * app's own export path, and writes the file atomically (or the bytes to stdout). Exit 2 for a
 * usage mistake, 1 if the map, the export or the output fails, 0 with `wrote PATH (SIZE)`.
 * Never throws.
 */
export async function exportCommand(argv: readonly string[], io: ExportIo = realIo): Promise<CommandOutcome> {
  const args = await parseExportArgs(argv);
  if (args.kind === 'help') return { stdout: [EXPORT_USAGE], stderr: [], exitCode: 0 };
  if (args.kind === 'usage-error') {
    return { stdout: [], stderr: [`argmap: ${args.problem}`, EXPORT_HELP_HINT], exitCode: EXIT_USAGE };
  }
  const { input, output, options, ignored } = args.plan;
  const notes: string[] = ignored.length
    ? [`argmap: note: ${ignored.join(', ')} ${ignored.length === 1 ? 'has' : 'have'} no effect on ${options.format}.`]
    : [];

  if (output === null && BINARY_FORMATS.has(options.format) && io.stdoutIsTerminal()) {
    return failure(`a ${options.format} file is not for the terminal: redirect stdout (> file) or pipe it.`);
  }

  const loaded = await io.readMap(input);
  if (!loaded.ok) return failure(loaded.message.replace(/\s*[\r\n]+\s*/g, ' '));
  if (output !== null) {
    const problem = await outputProblem(input, output, io);
    if (problem) return failure(problem);
  }

  let data: Buffer;
  try {
    const resourcesDir = io.resourcesDir();
    if (!resourcesDir) return failure(missingResourcesMessage(CLI_DIR));
    const fonts = await io.loadFonts(resourcesDir);
    const exported = await io.exportMap(loaded.map, options, fonts);
    data = exported.data;
    // What the export changed to make the file possible (a PNG drawn smaller than asked).
    for (const note of exported.notes ?? []) notes.push(`argmap: note: ${note}`);
  } catch (error) {
    if (error instanceof ExportError) return failure(error.message);
    return failure(`the export failed: ${messageOf(error)}`);
  }

  if (output === null) return { stdout: [], stderr: notes, exitCode: 0, data };
  try {
    await io.writeFile(output, data);
  } catch (error) {
    return failure(describeExportWriteError(error, output));
  }
  return { stdout: [`wrote ${output} (${formatSize(data.length)})`], stderr: notes, exitCode: 0 };
}
