import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { plural, type ReportLine } from '../../shared/formats/interop';
import { MAX_MAP_FILE_BYTES, readTextFile, type ReadIo } from './mapFiles';

/**
 * Argdown's `@include(file)`, followed as Argdown's own tools follow it (@argdown/node's
 * IncludePlugin): the directive, anywhere in the raw text, is replaced by the text of the file it
 * names, relative to the file it is written in, before anything is parsed; a file already included
 * is not included again. Unlike those tools, a file outside the imported file's folder (and its
 * subfolders) is refused, a link out of it included, and so is a cycle of includes, each with a
 * message: a document from elsewhere must not make Argmap read arbitrary files.
 */

/** Argdown's own pattern for the directive. */
const INCLUDE = /@include\(([^)]+)\)/g;
/** More included files than this is a document built to exhaust, not a map. */
export const MAX_INCLUDED_FILES = 200;

export type IncludesOutcome = { ok: true; text: string; report: ReportLine[] } | { ok: false; message: string };

/** The directive's line number in a text, for messages. */
const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

interface Walk {
  root: string;
  io?: ReadIo;
  included: Set<string>;
  repeated: number;
  total: number;
}

/** Where a path really is (links followed), or the path itself when it does not exist. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * The text of the Argdown file at `path` with its includes (and theirs) put in place, and a report
 * line saying which files were read; or why they could not be.
 */
export async function followArgdownIncludes(path: string, text: string, io?: ReadIo): Promise<IncludesOutcome> {
  if (!text.match(INCLUDE)) return { ok: true, text, report: [] };
  const real = await realPathOf(resolve(path));
  const walk: Walk = { root: dirname(real), io, included: new Set([real]), repeated: 0, total: text.length };
  const expanded = await expand(real, text, [real], walk);
  if (typeof expanded !== 'string') return expanded;
  const names = [...walk.included].slice(1).map((file) => relative(walk.root, file));
  const report: ReportLine[] = [
    {
      severity: 'approximated',
      message:
        `The text of ${plural(names.length, 'included file')} (${names.slice(0, 3).join(', ')}` +
        `${names.length > 3 ? ', …' : ''}) was read in place of ${names.length === 1 ? 'its' : 'their'} @include line; ` +
        'the map keeps it all in one file',
    },
  ];
  if (walk.repeated > 0) {
    report.push({
      severity: 'dropped',
      message: `${plural(walk.repeated, '@include')} of a file already included ${walk.repeated === 1 ? 'was' : 'were'} left out, as Argdown does`,
    });
  }
  return { ok: true, text: expanded, report };
}

async function expand(
  file: string,
  text: string,
  chain: string[],
  walk: Walk,
): Promise<string | { ok: false; message: string }> {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INCLUDE)) {
    out += text.slice(last, match.index);
    last = match.index + match[0].length;
    const named = match[1].trim();
    const where = `“${basename(file)}” includes “${named}” (line ${lineOf(text, match.index)})`;
    const target = await realPathOf(resolve(dirname(file), named));
    if (!inside(walk.root, target)) {
      return {
        ok: false,
        message:
          `${where}, which is outside the folder of the imported file; Argmap follows @include only ` +
          'to files in that folder and its subfolders. Nothing was imported.',
      };
    }
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((f) => relative(walk.root, f) || basename(f));
      return {
        ok: false,
        message: `${where}, which leads back to itself (${cycle.join(' → ')}): a cycle of includes cannot be followed. Nothing was imported.`,
      };
    }
    if (walk.included.has(target)) {
      walk.repeated += 1;
      continue;
    }
    if (walk.included.size > MAX_INCLUDED_FILES) {
      return {
        ok: false,
        message: `${where}: more than ${MAX_INCLUDED_FILES} files are included. Nothing was imported.`,
      };
    }
    walk.included.add(target);
    const read = await readTextFile(target, 'an Argdown file', walk.io);
    if (!read.ok)
      return { ok: false, message: `${where}, which could not be read: ${read.message} Nothing was imported.` };
    walk.total += read.text.length;
    if (walk.total > MAX_MAP_FILE_BYTES) {
      return {
        ok: false,
        message: `${where}: with its includes the document is larger than Argmap reads. Nothing was imported.`,
      };
    }
    const nested = await expand(target, read.text, [...chain, target], walk);
    if (typeof nested !== 'string') return nested;
    out += nested;
  }
  return out + text.slice(last);
}
