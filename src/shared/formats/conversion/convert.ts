import { importAif } from '../aif';
import { importArgdown } from '../argdown';
import { importKialo } from '../kialo';
import { importSadface } from '../sadface';
import { parseArgmap } from '../argmapFormat';
import { guardBuiltins } from '../builtinsGuard';
import type { ReadFormat } from '../formatRegistry';
import type { ImportOutcome } from '../interop';

/** Reads text of a format as a map, with what was approximated or dropped. Never throws. */
type Reader = (text: string, options: { title?: string }) => ImportOutcome;

/**
 * The reader of every format the registry says Argmap reads (formatRegistry.ts). All loaded at once:
 * the import worker watches the built-in objects from the moment its modules are loaded.
 */
const READERS = {
  argmap: (text) => {
    const loaded = parseArgmap(text);
    return loaded.ok ? { ok: true, map: loaded.map, report: [] } : { ok: false, message: loaded.message };
  },
  argdown: importArgdown,
  aif: importAif,
  sadface: importSadface,
  kialo: importKialo,
} satisfies Record<ReadFormat, Reader>;

/**
 * Reads text of a format as a map, with what was approximated or dropped. Never throws. The text
 * is untrusted (a file from anywhere, the clipboard): should reading it change the objects every
 * object inherits from, the change is undone and the text refused (see builtinsGuard.ts).
 */
export function importText(format: ReadFormat, text: string, options: { title?: string } = {}): ImportOutcome {
  return guardBuiltins(() => importTextUnwatched(format, text, options), builtinsChangedRefusal);
}

/** The refusal of a text whose reading changed built-in objects (`changed` names them). */
export const builtinsChangedRefusal = (changed: string[]): ImportOutcome => ({
  ok: false,
  message:
    `Reading it changed Argmap’s own objects (${changed.slice(0, 3).join(', ')}), which a document must never ` +
    'do; that was undone and nothing was imported.',
});

/** importText without its guard, for a caller that watches the built-in objects itself (the import worker). */
export function importTextUnwatched(format: ReadFormat, text: string, options: { title?: string } = {}): ImportOutcome {
  return READERS[format](text, options);
}
