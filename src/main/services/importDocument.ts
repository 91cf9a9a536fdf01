import { basename, dirname, join } from 'node:path';
import { FILE_EXTENSION } from '../../shared/formats/argmapFormat';
import { fileOfFormat, FORMATS, IMPORT_FORMATS } from '../../shared/formats/formatRegistry';
import { formatOfContent, formatOfPath, titleFromFileName } from '../../shared/formats/formatsByExtension';
import { untitledRecord } from './documentRecord';
import { followArgdownIncludes } from './argdownIncludes';
import { importOffThread } from './import/importOffThread';
import type { LoadedDocument } from './documentLoader';
import { readTextFile, type ReadIo } from './mapFiles';

/** What importing a file gives: the unsaved document to show, or why there is none. */
export type ImportedDocument = { ok: true; loaded: LoadedDocument } | { ok: false; message: string };

/**
 * Reads a file of another tool (Argdown, AIF, SADFace, a Kialo export) into a new, unsaved map named after it. Nothing is written: Save asks
 * where, starting beside the imported file, so the original is never overwritten by an .argmap.
 */
export async function importDocument(path: string, io?: ReadIo): Promise<ImportedDocument> {
  const name = basename(path);
  const byExtension = formatOfPath(path, IMPORT_FORMATS);
  if (byExtension === null) {
    const extensions = [...new Set(IMPORT_FORMATS.flatMap((f) => FORMATS[f].extensions))].join(', ');
    return { ok: false, message: `“${name}” is not a file Argmap imports: it reads ${extensions} files.` };
  }
  const read = await readTextFile(path, fileOfFormat(byExtension), io);
  if (!read.ok) return read;
  // A .json file is AIF or SADFace: its content says which.
  const format = formatOfContent(byExtension, read.text);
  const { label } = FORMATS[format];
  const title = titleFromFileName(name);
  // Argdown's @include is followed here, where the files are: relative to the file, within its folder.
  const included = format === 'argdown' ? await followArgdownIncludes(path, read.text, io) : undefined;
  if (included && !included.ok) return { ok: false, message: included.message };
  // Read on a worker thread: a hostile file cannot change the objects this process saves maps with.
  const outcome = await importOffThread({ format, text: included?.text ?? read.text, title });
  // The importers' messages say what they expected ("The file is JSON but not AIF: …").
  if (!outcome.ok) return { ok: false, message: `“${name}”: ${outcome.message}` };
  const report = [...(included?.report ?? []), ...outcome.report];
  const mapName = `${title}${FILE_EXTENSION}`;
  const record = {
    ...untitledRecord(),
    name: mapName,
    dirty: true,
    saveSuggestion: join(dirname(path), mapName),
  };
  return {
    ok: true,
    loaded: {
      record,
      opened: {
        name: mapName,
        isSample: false,
        unsaved: true,
        result: { ok: true, map: outcome.map },
        imported: { source: `“${name}”`, formatLabel: label, report },
      },
    },
  };
}
