import { FORMATS, READ_FORMATS, type FormatId, type ReadFormat } from './formatRegistry';
import { looksLikeSadfaceText } from './jsonGraphs';

// Knowing a file's format is cheap: the registry holds facts only, no reader or writer.

/**
 * The format a file name says it holds, by its extension (any case), among the formats Argmap
 * reads or among those given; null for an extension none of them has.
 */
export function formatOfPath(path: string): ReadFormat | null;
export function formatOfPath<F extends FormatId>(path: string, among: readonly F[]): F | null;
export function formatOfPath(path: string, among: readonly FormatId[] = READ_FORMATS): FormatId | null {
  const lower = path.toLowerCase();
  return among.find((format) => FORMATS[format].extensions.some((extension) => lower.endsWith(extension))) ?? null;
}

/** Every extension a format Argmap reads is known by, for messages ("only .argmap, .argdown, … files"). */
export const KNOWN_EXTENSIONS: readonly string[] = [
  ...new Set(READ_FORMATS.flatMap((format) => FORMATS[format].extensions)),
];

/**
 * The format a file holds, from the one its extension says and a look at its text: AIF and SADFace
 * are both .json, so a .json file is SADFace when its nodes are atoms and schemes, AIF otherwise.
 * (A format the user named, `--from aif`, is not second-guessed: its reader names what it sees.)
 */
export function formatOfContent<F extends ReadFormat>(byExtension: F, text: string): F | 'sadface' | 'aif' {
  if (byExtension !== 'aif' && byExtension !== 'sadface') return byExtension;
  return looksLikeSadfaceText(text) ? 'sadface' : 'aif';
}

/** A map title from a file name: "climate-debate.argdown" → "climate-debate". */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
