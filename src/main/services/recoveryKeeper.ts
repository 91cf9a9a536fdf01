import { basename } from 'node:path';
import type { RecoveryOffer } from '../../shared/ipc/contract';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import type { DocumentRecord } from './documentRecord';
import { discardRecovery, discardRecoveryFile, listRecoveries, writeRecovery, type RecoveryEntry } from './recovery';
import { createRecoveryScheduler } from './recoveryScheduler';

/** A recovery copy that can be restored. */
export type RestorableEntry = Extract<RecoveryEntry, { ok: true }>;

/** Keeps the open document's recovery copy, and offers the copies a crash left behind. */
export interface RecoveryKeeper {
  /** Writes the document's unsaved map (the window sends it about a second after the last edit). */
  store(map: ArgumentMap): void;
  /** Deletes a document's copy, after any write in flight, so a late write cannot bring it back. */
  discard(recoveryKey: string): Promise<void>;
  /** The copies found in the data folder, newest first, as offered to the user. */
  offers(): Promise<RecoveryOffer[]>;
  /** Whether `id` is an offered copy that can be restored. */
  peek(id: string): boolean;
  /** The copy of the document with `recoveryKey`, for a window that reloaded (after any write in flight). */
  read(recoveryKey: string): Promise<RestorableEntry | null>;
  /** Hands over an offered copy to restore (it stays on disk until the map is saved or discarded). */
  take(id: string): RestorableEntry | null;
  /** Deletes an offered copy the user does not want. */
  discardOffer(id: string): Promise<void>;
}

export interface RecoveryKeeperOptions {
  dataDir: string;
  /** The open document, whose key and names go into the copy. */
  current: () => DocumentRecord | null;
  /** Told when a copy cannot be written (once, until a write works again). */
  onProblem: (message: string) => void;
}

export function createRecoveryKeeper({ dataDir, current, onProblem }: RecoveryKeeperOptions): RecoveryKeeper {
  let offered = new Map<string, RecoveryEntry>();
  let failing = false;
  const scheduler = createRecoveryScheduler<{ record: DocumentRecord; map: ArgumentMap }>({
    // The window already waits for a quiet second; main only keeps the writes in order.
    delayMs: 0,
    write: async ({ record, map }) => {
      const snapshot = {
        documentKey: record.recoveryKey,
        originalPath: record.path,
        originalIdentity: record.identity,
        name: record.name,
        map,
      };
      const result = await writeRecovery(dataDir, snapshot);
      if (!result.ok && !failing) onProblem(result.message);
      failing = !result.ok;
    },
  });
  return {
    store(map) {
      const record = current();
      if (record) scheduler.schedule({ record, map });
    },
    async discard(recoveryKey) {
      scheduler.cancel();
      await scheduler.flush();
      await discardRecovery(dataDir, recoveryKey).catch(() => undefined);
    },
    async read(recoveryKey) {
      await scheduler.flush();
      const entries = await listRecoveries(dataDir);
      return entries.find((entry): entry is RestorableEntry => entry.ok && entry.documentKey === recoveryKey) ?? null;
    },
    async offers() {
      // The open document's own copy is its backup, not something to offer (a reloaded window asks again).
      const own = current()?.recoveryKey;
      const entries = (await listRecoveries(dataDir)).filter((entry) => !(entry.ok && entry.documentKey === own));
      offered = new Map(entries.map((entry) => [basename(entry.file), entry]));
      return entries.map((entry) => ({
        id: basename(entry.file),
        name: entry.ok ? entry.name : basename(entry.file),
        originalPath: entry.ok ? entry.originalPath : null,
        savedAt: entry.ok ? entry.savedAt : null,
        problem: entry.ok ? null : entry.message,
      }));
    },
    peek: (id) => offered.get(id)?.ok === true,
    take(id) {
      const entry = offered.get(id);
      if (!entry?.ok) return null;
      offered.delete(id);
      return entry;
    },
    async discardOffer(id) {
      const entry = offered.get(id);
      if (!entry) return;
      offered.delete(id);
      await discardRecoveryFile(dataDir, entry.file).catch(() => undefined);
    },
  };
}
