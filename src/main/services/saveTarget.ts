import { basename, dirname } from 'node:path';
import { withMapExtension, type DocumentRecord } from './documentRecord';
import type { FileDialogs } from './fileDialogs';
import { hasChangedOnDisk, readFileIdentity } from './fileIdentity';

/** Whether a path reached main without any of its dialogs choosing it (a drop): Save asks before writing there. */
export type Unchosen = (path: string) => boolean;

/**
 * The map's own file, after asking if no dialog of main's chose it, and if another program changed or removed it
 * since it was opened or saved.
 */
async function ownFile(record: DocumentRecord, dialogs: FileDialogs, unchosen: Unchosen): Promise<string | null> {
  const path = record.path;
  if (!path) return null;
  if (unchosen(path)) {
    const answer = await dialogs.askSaveUnchosen(record.name, dirname(path));
    if (answer === 'cancel') return null;
    if (answer === 'saveAs') return chooseSaveTarget(record, true, dialogs, unchosen);
  }
  if (!record.identity || !(await hasChangedOnDisk(path, record.identity))) return path;
  const deleted = (await readFileIdentity(path)) === null;
  const answer = await dialogs.askOverwriteChanged(record.name, deleted);
  if (answer === 'overwrite') return path;
  if (answer === 'cancel') return null;
  return chooseSaveTarget(record, true, dialogs, unchosen);
}

/**
 * Where Save writes: the document's own file (asking first if another program changed or removed it
 * since it was opened or saved, or if it was dropped on the window), or a path the user chooses (Save As, a new map,
 * the sample). Null when the user cancelled.
 */
export async function chooseSaveTarget(
  record: DocumentRecord,
  asNew: boolean,
  dialogs: FileDialogs,
  unchosen: Unchosen = () => false,
): Promise<string | null> {
  if (!asNew && record.path) return ownFile(record, dialogs, unchosen);
  // Save As starts in the map's own folder (an import's beside its file); a new map or the sample in the user's documents.
  const chosen = await dialogs.chooseSavePath(record.path ?? record.saveSuggestion ?? record.name);
  if (!chosen) return null;
  const target = withMapExtension(chosen);
  // A bare name completed to the map's own file: saving there, with the same care as Save.
  if (target !== chosen && target === record.path) return ownFile(record, dialogs, unchosen);
  // The native dialog asked about replacing the name the user typed, not the one completed with ".argmap".
  if (target !== chosen && target !== record.path && (await readFileIdentity(target)) !== null) {
    if (!(await dialogs.askReplace(basename(target)))) return null;
  }
  return target;
}
