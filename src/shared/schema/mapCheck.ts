import type { ArgumentMap } from '../model/argumentMap';
import { plainlyValidMap } from './plainMap';

// What can be said of a map without zod, so that loading a valid file never loads zod (about 10 ms
// of a command line's start) or builds a schema (tens of ms): argumentMapSchema.ts asks zod only
// for what this leaves open, and a loader that can wait (loadArgmap) loads zod only then.

export type SchemaCheck = { ok: true; map: ArgumentMap } | { ok: false; path: string; message: string };

/**
 * The map as the schema would return it, if it is plainly valid; a refusal of a `__proto__` key,
 * which zod would silently drop from a record; or undefined: the schema must decide (and word the
 * problem). With `reuse`, the objects of a value JSON.parse has just made are kept where they are
 * already what the schema returns (see plainlyValidMap).
 */
export function vouchForMap(value: unknown, reuse: boolean): SchemaCheck | undefined {
  for (const record of ['nodes', 'relations'] as const) {
    const entries = (value as Record<string, unknown> | null)?.[record];
    if (entries && typeof entries === 'object' && Object.hasOwn(entries, '__proto__')) {
      return { ok: false, path: `${record}.__proto__`, message: 'An id may not be "__proto__"' };
    }
  }
  // Most maps are valid: vouch for those without zod (a tenth of the time on a 1,000-node map, cold).
  const plain = plainlyValidMap(value, reuse);
  // Branded ids are plain strings on disk; the check has just vouched for them.
  return plain ? { ok: true, map: plain as unknown as ArgumentMap } : undefined;
}
