import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadArgmap } from '../../shared/formats/argmapEnvelope';
import type { LoadResult } from '../../shared/schema/loadResult';
import { sha256Of, type FileIdentity } from './fileIdentity';

/** Larger files are refused before reading: no real map comes near this, a wrong file might. */
export const MAX_MAP_FILE_BYTES = 50 * 1024 * 1024;

/** The message for a path that is neither a file nor a folder (a pipe, a socket, a device). */
export const notAFile = (name: string): string => `“${name}” is not a regular file (it is a pipe or a device).`;

/** Turns a file-system error into a sentence that names the file. */
export function describeIoError(error: unknown, name: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `“${name}” does not exist (it may have been moved or deleted).`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: Argmap may not read “${name}”.`;
    case 'EISDIR':
      return `“${name}” is a folder, not a map file.`;
    default:
      return `“${name}” could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
}

/** The disk operations a read needs; tests replace them to stage errors root cannot be denied (EACCES). */
export interface ReadIo {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean; isFile(): boolean }>;
  readFile(path: string): Promise<Buffer>;
}

const realIo: ReadIo = { stat: (path) => stat(path), readFile: (path) => readFile(path) };

/** Reads and validates an .argmap file. Never throws: every failure is a LoadResult. */
export async function readMapFile(path: string, io: ReadIo = realIo): Promise<LoadResult> {
  // No identity: hashing the bytes is for a later save to compare against, which a reader (the CLI) never does.
  return readAndParse(path, io, () => undefined);
}

/**
 * Reads and validates an .argmap file, with the identity of the very bytes it read (null when none
 * were read): what a later save compares the disk against. One read, so nothing can slip in between.
 */
export async function readMapFileWithIdentity(
  path: string,
  io: ReadIo = realIo,
): Promise<{ result: LoadResult; identity: FileIdentity | null }> {
  let identity: FileIdentity | null = null;
  const result = await readAndParse(path, io, (bytes, mtimeMs) => {
    identity = { mtimeMs, size: bytes.length, sha256: sha256Of(bytes) };
  });
  return { result, identity };
}

/** A file's text, read with the checks every file Argmap reads gets; or why it could not be read. */
export type TextRead =
  { ok: true; text: string; bytes: Buffer; mtimeMs: number } | { ok: false; message: string; binary?: true };

/**
 * Reads a text file Argmap was asked to open or import. Refuses folders, pipes and devices (a read
 * would block for ever), files over the size limit and binary files, each with a message naming it.
 * `kind` names what the file should be in those messages ("an Argmap map", "an Argdown file").
 */
export async function readTextFile(path: string, kind: string, io: ReadIo = realIo): Promise<TextRead> {
  const name = basename(path);
  try {
    const info = await io.stat(path);
    if (info.isDirectory()) return { ok: false, message: describeIoError({ code: 'EISDIR' }, name) };
    if (!info.isFile()) return { ok: false, message: notAFile(name) };
    if (info.size > MAX_MAP_FILE_BYTES) {
      const megabytes = Math.round(info.size / 1024 / 1024);
      const limit = MAX_MAP_FILE_BYTES / 1024 / 1024;
      return { ok: false, message: `“${name}” is ${megabytes} MB; Argmap reads files up to ${limit} MB.` };
    }
    const bytes = await io.readFile(path);
    if (bytes.includes(0)) return { ok: false, binary: true, message: `“${name}” is a binary file, not ${kind}.` };
    return { ok: true, text: bytes.toString('utf8'), bytes, mtimeMs: info.mtimeMs };
  } catch (error) {
    return { ok: false, message: describeIoError(error, name) };
  }
}

async function readAndParse(
  path: string,
  io: ReadIo,
  onBytes: (bytes: Buffer, mtimeMs: number) => void,
): Promise<LoadResult> {
  const read = await readTextFile(path, 'an Argmap map', io);
  if (!read.ok) {
    return { ok: false, reason: read.binary ? 'invalid-json' : 'io-error', message: read.message };
  }
  onBytes(read.bytes, read.mtimeMs);
  // parseArgmap's answer; zod is loaded only if the map is not plainly valid (the command line's start).
  const result = await loadArgmap(read.text);
  return result.ok ? result : { ...result, message: `“${basename(path)}”: ${result.message}` };
}
