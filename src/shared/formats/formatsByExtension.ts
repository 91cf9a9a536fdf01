import { FILE_EXTENSION } from './argmapFormat';
import { InteropFormat } from './interop';

// Apart from the converters (convert.ts), which load the Argdown parser: knowing a file's format is cheap.

/** How each format is named to people, and the file extensions it is known by (the first is written). */
export const INTEROP_FORMATS: Record<InteropFormat, { label: string; extensions: readonly string[] }> = {
  argmap: { label: 'Argmap map', extensions: [FILE_EXTENSION] },
  argdown: { label: 'Argdown', extensions: ['.argdown', '.ad'] },
  aif: { label: 'AIF JSON (OVA, AIFdb)', extensions: ['.json'] },
};

/** The formats File › Import… reads (the native .argmap opens with Open…). */
export const IMPORT_FORMATS = [InteropFormat.argdown, InteropFormat.aif] as const;

/** The format a file name says it holds, by its extension (any case); null for an unknown one. */
export function formatOfPath(path: string): InteropFormat | null {
  const lower = path.toLowerCase();
  for (const [format, { extensions }] of Object.entries(INTEROP_FORMATS)) {
    if (extensions.some((extension) => lower.endsWith(extension))) return format as InteropFormat;
  }
  return null;
}

/** Every extension any format is known by, for messages ("only .argmap, .argdown, … files"). */
export const KNOWN_EXTENSIONS: readonly string[] = Object.values(INTEROP_FORMATS).flatMap((f) => f.extensions);

/** A map title from a file name: "climate-debate.argdown" → "climate-debate". */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
