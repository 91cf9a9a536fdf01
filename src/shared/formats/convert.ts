import type { ArgumentMap } from '../model/argumentMap';
import { importAif, exportAif } from './aif';
import { importArgdown, exportArgdown } from './argdown';
import { parseArgmap, serializeArgmap } from './argmapFormat';
import type { ExportOutcome, ImportOutcome, InteropFormat } from './interop';

/** Reads text of a format as a map, with what was approximated or dropped. Never throws. */
export function importText(format: InteropFormat, text: string, options: { title?: string } = {}): ImportOutcome {
  switch (format) {
    case 'argmap': {
      const loaded = parseArgmap(text);
      return loaded.ok ? { ok: true, map: loaded.map, report: [] } : { ok: false, message: loaded.message };
    }
    case 'argdown':
      return importArgdown(text, options);
    case 'aif':
      return importAif(text, options);
  }
}

/** Writes a map as text of a format, with what the format could not carry. */
export function exportText(format: InteropFormat, map: ArgumentMap): ExportOutcome {
  switch (format) {
    case 'argmap':
      return { text: serializeArgmap(map), report: [] };
    case 'argdown':
      return exportArgdown(map);
    case 'aif':
      return exportAif(map);
  }
}
