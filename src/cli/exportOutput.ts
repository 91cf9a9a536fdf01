import { dirname, resolve } from 'node:path';
import { isReadOnlyFile } from '../main/services/atomicWrite';

/** What checking an output path needs from the disk. */
export interface OutputIo {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean; dev: number; ino: number }>;
  /** Throws if the folder may not be written in. */
  checkWritable(dir: string): Promise<void>;
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `12.3 kB`: the size as a file manager shows it (SI units). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** How the command names its output in hints: export's `--out`, convert's OUT. */
export interface OutputNaming {
  /** "choose it with --out" */
  choose: string;
  /** "name the file to write with --out" */
  name: string;
  /** "use --out - to write to stdout" */
  stdout: string;
}

const EXPORT_NAMING: OutputNaming = {
  choose: 'choose it with --out',
  name: 'name the file to write with --out',
  stdout: 'use --out - to write to stdout',
};

const sameFileMessage = (output: string, naming: OutputNaming): string =>
  `“${output}” is the map file itself; write to another file (${naming.choose}).`;

/**
 * Why `output` cannot be written, checked before the export does any work; null if it can. A
 * folder, a device or the map file itself are refused, as is a folder that is missing or read-only.
 */
export async function outputProblem(
  input: string,
  output: string,
  io: OutputIo,
  naming: OutputNaming = EXPORT_NAMING,
): Promise<string | null> {
  if (resolve(output) === resolve(input)) return sameFileMessage(output, naming);
  const dir = dirname(output);
  try {
    if (!(await io.stat(dir)).isDirectory()) return `“${dir}” is not a folder, so “${output}” cannot be written.`;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return `the folder “${dir}” does not exist, so “${output}” cannot be written.`;
    return `the folder “${dir}” cannot be used (${messageOf(error)}).`;
  }
  try {
    const existing = await io.stat(output);
    if (existing.isDirectory()) return `“${output}” is a folder; ${naming.name}.`;
    // A rename would replace a device (or a pipe) with a plain file: stdout is the way to stream.
    if (!existing.isFile()) return `“${output}” is not a regular file; ${naming.stdout}.`;
    const source = await io.stat(input);
    if (existing.dev === source.dev && existing.ino === source.ino) return sameFileMessage(output, naming);
    if (await isReadOnlyFile(output)) return readOnlyMessage(output, naming);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') return `“${output}” cannot be written (${messageOf(error)}).`;
  }
  try {
    await io.checkWritable(dir);
  } catch {
    return `permission denied: argmap may not write in the folder “${dir}”.`;
  }
  return null;
}

// The app's rule too (Save and File › Export…): a file the user made read-only is never replaced.
const readOnlyMessage = (output: string, naming: OutputNaming): string =>
  `“${output}” is read-only; write to another file (${naming.choose}) or make it writable first.`;

/** A failed write, in words; the atomic write has left any earlier file at `output` as it was. */
export function describeExportWriteError(error: unknown, output: string): string {
  switch (codeOf(error)) {
    case 'EREADONLY':
      return readOnlyMessage(output, EXPORT_NAMING);
    case 'ENOTREG':
      return `“${output}” is not a regular file; ${EXPORT_NAMING.stdout}.`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: argmap may not write “${output}” or its folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full: “${output}” was not written.`;
    case 'EROFS':
      return `“${output}” is on a read-only disk; export somewhere else.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder for “${output}” no longer exists.`;
    case 'EISDIR':
      return `“${output}” is a folder; name the file to write with --out.`;
    default:
      return `“${output}” could not be written (${messageOf(error)}).`;
  }
}
