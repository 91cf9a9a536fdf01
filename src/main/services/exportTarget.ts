import { basename, dirname, join } from 'node:path';
import { FILE_EXTENSION } from '../../shared/formats/argmapFormat';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { extensionOf, type ExportFormat } from '../../shared/formats/formatRegistry';
import { UNTITLED_NAME, withExtension } from './documentRecord';

/** The open document as export needs it: its file name, and its path once saved. */
export interface ExportedDocument {
  name: string;
  path: string | null;
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_STEM = 120;

/** A map title made safe as a file name: "Kazakhstan: a mediator?" → "Kazakhstan a mediator". */
export function fileStem(text: string): string {
  const stem = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_STEM).trim();
  // Windows drops trailing dots and spaces; a name of dots only is no name.
  return stem.replace(/[. ]+$/, '') || 'Untitled';
}

const withoutMapExtension = (name: string): string =>
  name.toLowerCase().endsWith(FILE_EXTENSION) ? name.slice(0, -FILE_EXTENSION.length) : name;

/**
 * Where the save dialog of an export starts: `<map name>.<ext>` beside a saved map; for the sample or
 * a new map (whose only name is its title), in the user's documents folder.
 */
export function suggestedExportPath(
  document: ExportedDocument | null,
  map: ArgumentMap,
  format: ExportFormat,
  documentsDir: string,
): string {
  const extension = extensionOf(format);
  if (document?.path) {
    return join(dirname(document.path), `${withoutMapExtension(basename(document.path))}.${extension}`);
  }
  const untitled = !document || document.name === UNTITLED_NAME;
  const stem = fileStem(untitled ? map.meta.title : withoutMapExtension(document.name));
  return join(documentsDir, `${stem}.${extension}`);
}

/** Adds the format's extension when the save dialog's answer lacks it (Linux dialogs do not add it). */
export function withExportExtension(path: string, format: ExportFormat): string {
  return withExtension(path, `.${extensionOf(format)}`);
}

/** Why an export could not be written, in a sentence that names the file and says what to do. */
export function describeExportWriteError(error: unknown, name: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EREADONLY':
      return `“${name}” is read-only; export under another name (or make the file writable first).`;
    case 'EROFS':
      return `“${name}” is on a read-only disk; export to another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: “${name}” was not written. Free some space and export again.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: Argmap may not write “${name}” or its folder; export to another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder for “${name}” does not exist (it may have been moved, deleted or unmounted).`;
    case 'EISDIR':
      return `“${name}” is a folder: choose another name for the export.`;
    case 'ENOTREG':
      return `“${name}” is not a regular file (it is a pipe or a device): choose another name for the export.`;
    default:
      return `“${name}” could not be written (${error instanceof Error ? error.message : String(error)}).`;
  }
}
