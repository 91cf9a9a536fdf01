import type { ArgumentMap } from '../../model/argumentMap';
import type { TextFormat } from '../formatRegistry';
import type { ExportOutcome } from '../interop';

/** What a text writer may be asked besides the map: the outlines can list each node's status. */
export interface TextWriterOptions {
  statuses?: boolean;
}

/** Writes a map as text, with what the format could not carry. */
type TextWriter = (map: ArgumentMap, options?: TextWriterOptions) => ExportOutcome;

/**
 * The writer of every text format in the registry (formatRegistry.ts; drawings are painted in main),
 * each loaded when first asked for: the Argdown writer loads Argdown's own library, over a second,
 * which an outline or an AIF file must not wait for.
 */
const TEXT_WRITERS = {
  argmap: async () => {
    const { serializeArgmap } = await import('../argmapFormat');
    return (map) => ({ text: serializeArgmap(map), report: [] });
  },
  md: async () => (await import('../markdownOutline')).markdownOutlineExport,
  txt: async () => {
    const { plainTextOutlineExport } = await import('../outline');
    return (map, options) => plainTextOutlineExport(map, undefined, options);
  },
  argdown: async () => (await import('../argdown/argdownExport')).exportArgdown,
  aif: async () => (await import('../aif/exportAif')).exportAif,
  sadface: async () => {
    const { exportSadface } = await import('../sadface/exportSadface');
    return (map) => exportSadface(map);
  },
  kialo: async () => (await import('../kialo/exportKialo')).exportKialo,
} satisfies Record<TextFormat, () => Promise<TextWriter>>;

/** Writes a map as text of a format, with what the format could not carry. */
export async function writeText(
  format: TextFormat,
  map: ArgumentMap,
  options: TextWriterOptions = {},
): Promise<ExportOutcome> {
  return (await TEXT_WRITERS[format]())(map, options);
}
