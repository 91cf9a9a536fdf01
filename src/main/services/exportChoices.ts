import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exportChoicesSchema, type ExportChoices } from '../../shared/ipc/exportContract';
import { writeFileAtomically } from './atomicWrite';

/** The marker of the choices file, so a stray JSON file is never read as one. */
export const EXPORT_CHOICES_FORMAT = 'argmap-export-choices';
export const EXPORT_CHOICES_VERSION = 1;
export const EXPORT_CHOICES_NAME = 'export-choices.json';
/** Maps whose choices are kept on disk; the least recently exported fall off. */
export const MAX_REMEMBERED_MAPS = 50;

/** Which map choices belong to: a saved map by its path, an unsaved one (the sample, a new map) by its name. */
export interface ChoicesKey {
  name: string;
  path: string | null;
}

/** The export choices last used for each map. */
export interface ExportChoicesStore {
  /** The choices last used for this map, or null if it was never exported. */
  get(key: ChoicesKey): ExportChoices | null;
  /** Remembers the choices (on disk for a saved map, for this run only for an unsaved one); never rejects. */
  set(key: ChoicesKey, choices: ExportChoices): Promise<void>;
}

/** The remembered choices a file's text holds; entries that are damaged or from an older app are skipped. */
function parseChoices(text: string): Map<string, ExportChoices> {
  const entries = new Map<string, ExportChoices>();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return entries;
  }
  const { format, version, maps } = (raw ?? {}) as { format?: unknown; version?: unknown; maps?: unknown };
  if (format !== EXPORT_CHOICES_FORMAT || version !== EXPORT_CHOICES_VERSION) return entries;
  if (typeof maps !== 'object' || maps === null || Array.isArray(maps)) return entries;
  for (const [path, value] of Object.entries(maps)) {
    const parsed = exportChoicesSchema.safeParse(value);
    if (parsed.success) entries.set(path, parsed.data);
  }
  return entries;
}

/**
 * Loads `<dataDir>/export-choices.json` (missing or damaged: nothing remembered; never throws). A saved
 * map's choices are written back after each export; an unsaved map's live only until the app quits,
 * as it has no path that would find it again.
 */
export async function loadExportChoices(
  dataDir: string,
  onError?: (error: unknown) => void,
): Promise<ExportChoicesStore> {
  const file = join(dataDir, EXPORT_CHOICES_NAME);
  const saved = parseChoices(await readFile(file, 'utf8').catch(() => ''));
  const unsaved = new Map<string, ExportChoices>();
  // Each write waits for the one before, so the file ends with the last choices made.
  let writes: Promise<void> = Promise.resolve();

  const write = async (): Promise<void> => {
    const content = { format: EXPORT_CHOICES_FORMAT, version: EXPORT_CHOICES_VERSION, maps: Object.fromEntries(saved) };
    try {
      await mkdir(dataDir, { recursive: true });
      await writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`, { followLink: false });
    } catch (error) {
      // Forgetting a theme is no reason to fail an export that has already been written.
      onError?.(error);
    }
  };

  return {
    get: (key) => (key.path ? saved.get(resolve(key.path)) : unsaved.get(key.name)) ?? null,
    set: (key, choices) => {
      if (!key.path) {
        unsaved.set(key.name, choices);
        return Promise.resolve();
      }
      const path = resolve(key.path);
      // Most recent last: re-inserting moves the map to the end, and the oldest are at the front to drop.
      saved.delete(path);
      saved.set(path, choices);
      for (const oldest of saved.keys()) {
        if (saved.size <= MAX_REMEMBERED_MAPS) break;
        saved.delete(oldest);
      }
      writes = writes.then(write);
      return writes;
    },
  };
}
