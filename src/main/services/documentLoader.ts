import type { OpenedDocument } from '../../shared/ipc/contract';
import { emptyMap } from '../../shared/model/argumentMap';
import { fileRecord, sampleRecord, untitledRecord, type DocumentRecord } from './documentRecord';
import { readFileIdentity } from './fileIdentity';
import { readMapFileWithIdentity } from './mapFiles';
import type { RestorableEntry } from './recoveryKeeper';

/** A document as read from disk: what the window would show, and the record main would keep. */
export interface LoadedDocument {
  opened: OpenedDocument;
  record: DocumentRecord;
}

/** Reads a map file into what the window shows, with the record it would become. Reading changes nothing. */
export async function loadDocument(path: string, isSample: boolean): Promise<LoadedDocument> {
  const { result, identity } = await readMapFileWithIdentity(path);
  const record = isSample ? sampleRecord(path) : fileRecord(path, identity);
  return { opened: { name: record.name, isSample, result }, record };
}

/** A recovery copy as an unsaved document: of its original file, or untitled if it never had one. */
export async function restoredDocument(entry: RestorableEntry): Promise<LoadedDocument> {
  // The file as the crashed session knew it: Save then notices what another program wrote since.
  const identity = entry.originalIdentity ?? (entry.originalPath ? await readFileIdentity(entry.originalPath) : null);
  const record: DocumentRecord = entry.originalPath
    ? { ...fileRecord(entry.originalPath, identity, true), recoveryKey: entry.documentKey }
    : { ...untitledRecord(), name: entry.name, recoveryKey: entry.documentKey, dirty: true };
  return {
    opened: { name: record.name, isSample: false, result: { ok: true, map: entry.map }, unsaved: true },
    record,
  };
}

/**
 * The open document again, for a window that reloaded: unsaved, from its recovery copy if it has one;
 * else the file as it is now (clean, or changed less than a second ago, before any copy). The record
 * is null when the file has gone meanwhile: the window shows why, and main must not pretend a map is open.
 */
export async function reattachedDocument(
  record: DocumentRecord,
  copy: RestorableEntry | null,
): Promise<{ opened: OpenedDocument; record: DocumentRecord | null }> {
  const { name, isSample } = record;
  if (copy) return { opened: { name, isSample, result: { ok: true, map: copy.map }, unsaved: true }, record };
  const { result, identity } = record.source
    ? await readMapFileWithIdentity(record.source)
    : { result: { ok: true as const, map: emptyMap() }, identity: null };
  return { opened: { name, isSample, result }, record: result.ok ? { ...record, identity, dirty: false } : null };
}
