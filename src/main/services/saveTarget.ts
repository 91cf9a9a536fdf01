import { basename } from 'node:path';
import { withMapExtension, type DocumentRecord } from './documentRecord';
import type { FileDialogs } from './fileDialogs';
import { hasChangedOnDisk, readFileIdentity } from './fileIdentity';

/**
 * Where Save writes: the document's own file (asking first if another program changed or removed it
 * since it was opened or saved), or a path the user chooses (Save As, a new map, the sample).
 * Null when the user cancelled.
 */
export async function chooseSaveTarget(
  record: DocumentRecord,
  asNew: boolean,
  dialogs: FileDialogs,
): Promise<string | null> {
  if (!asNew && record.path) {
    if (!record.identity || !(await hasChangedOnDisk(record.path, record.identity))) return record.path;
    const deleted = (await readFileIdentity(record.path)) === null;
    const answer = await dialogs.askOverwriteChanged(record.name, deleted);
    if (answer === 'overwrite') return record.path;
    if (answer === 'cancel') return null;
  }
  // Save As starts in the map's own folder; a new map or the sample in the user's documents.
  const chosen = await dialogs.chooseSavePath(record.path ?? record.name);
  if (!chosen) return null;
  const target = withMapExtension(chosen);
  // The native dialog asked about replacing the name the user typed, not the one completed with ".argmap".
  if (target !== chosen && target !== record.path && (await readFileIdentity(target)) !== null) {
    if (!(await dialogs.askReplace(basename(target)))) return null;
  }
  return target;
}
