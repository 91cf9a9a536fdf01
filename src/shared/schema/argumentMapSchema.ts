import { z } from 'zod';
import { NODE_KINDS, ORIGINAL_RELATION_KINDS, RELATION_KINDS } from '../model/kinds';
import type { ArgumentMap } from '../model/argumentMap';
import { lazySchema } from './lazySchema';
import { checkReferences, ID_PATTERN, ISO_DATE, LIMITS, type RawMap } from './mapRules';
import { plainlyValidMap } from './plainMap';

export { LIMITS } from './mapRules';
// For the fast check's tests, which hold it to the schemas.
export { META_KEYS, NODE_KEYS, plainlyValidMap, RELATION_KEYS, SOURCE_REFERENCE_KEYS } from './plainMap';

/**
 * Ids are plain names: letters, digits, `_`, `.` and `-`. That keeps them clear of
 * the renderer's own junction ids (`j:…`) and of `__proto__`, which no object can hold.
 */
const idSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(LIMITS.idLength)
    .regex(ID_PATTERN, 'An id may hold only letters, digits, "_", "." and "-"')
    .refine((id) => id !== '__proto__', 'An id may not be "__proto__"'),
);
const coordinate = lazySchema(() => z.number().finite());

// Every schema is built on first use (lazySchema): loading a valid map needs none of them (see
// plainlyValidMap below), and zod takes tens of milliseconds to build its first schemas.

export const positionSchema = lazySchema(() => z.strictObject({ x: coordinate, y: coordinate }));

export const sourcePassageSchema = lazySchema(() =>
  z.strictObject({
    quote: z.string().min(1).max(LIMITS.textLength),
  }),
);

export const argNodeSchema = lazySchema(() =>
  z.strictObject({
    id: idSchema,
    kind: z.enum(NODE_KINDS),
    title: z.string().min(1).max(LIMITS.titleLength).optional(),
    text: z.string().max(LIMITS.textLength),
    position: positionSchema,
    notes: z.string().max(LIMITS.textLength).optional(),
    tags: z.array(z.string().min(1).max(LIMITS.tagLength)).max(LIMITS.tags),
    source: sourcePassageSchema.optional(),
  }),
);

export const relationTargetSchema = lazySchema(() =>
  z.union([z.strictObject({ node: idSchema }), z.strictObject({ relation: idSchema })]),
);

export const relationSchema = lazySchema(() =>
  z.strictObject({
    id: idSchema,
    kind: z.enum(RELATION_KINDS),
    from: z.array(idSchema).min(1).max(LIMITS.premises),
    to: relationTargetSchema,
    original: z.enum(ORIGINAL_RELATION_KINDS).optional(),
  }),
);

const isoDate = lazySchema(() => z.string().regex(ISO_DATE, 'Expected a date as yyyy-mm-dd'));

export const sourceReferenceSchema = lazySchema(() =>
  z.strictObject({
    title: z.string().min(1).max(LIMITS.textLength),
    author: z.string().max(LIMITS.textLength).optional(),
    date: isoDate.optional(),
    reference: z.string().max(LIMITS.textLength).optional(),
  }),
);

export const mapMetadataSchema = lazySchema(() =>
  z.strictObject({
    title: z.string().max(LIMITS.textLength),
    author: z.string().max(LIMITS.textLength).optional(),
    date: isoDate.optional(),
    description: z.string().max(LIMITS.textLength).optional(),
    source: sourceReferenceSchema.optional(),
  }),
);

export const argumentMapSchema = lazySchema(() =>
  z
    .strictObject({
      meta: mapMetadataSchema,
      nodes: z.record(idSchema, argNodeSchema),
      relations: z.record(idSchema, relationSchema),
    })
    .superRefine((map, ctx) =>
      checkReferences(map as RawMap, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
    ),
);

export type SchemaCheck = { ok: true; map: ArgumentMap } | { ok: false; path: string; message: string };

/** Formats a zod issue path as `nodes.n-1.kind` (or `(root)` for the top). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates an unknown value as an argument map; reports the first problem with its path. */
export function checkArgumentMap(value: unknown): SchemaCheck {
  return check(value, false);
}

/**
 * checkArgumentMap for a value JSON.parse has just made and its caller holds alone (parseArgmap):
 * the map returned may be the value's own objects where they are already what the schema would
 * return, instead of copies (a large map loads with half the objects).
 */
export function checkParsedMap(value: unknown): SchemaCheck {
  return check(value, true);
}

function check(value: unknown, reuse: boolean): SchemaCheck {
  // zod skips a "__proto__" key in records; it must be refused, not silently lost.
  for (const record of ['nodes', 'relations'] as const) {
    const entries = (value as Record<string, unknown> | null)?.[record];
    if (entries && typeof entries === 'object' && Object.hasOwn(entries, '__proto__')) {
      return { ok: false, path: `${record}.__proto__`, message: 'An id may not be "__proto__"' };
    }
  }
  // Most maps are valid: vouch for those without zod (a tenth of the time on a 1,000-node map, cold).
  const plain = plainlyValidMap(value, reuse);
  if (plain) return { ok: true, map: plain as unknown as ArgumentMap };
  const parsed = argumentMapSchema.safeParse(value);
  if (parsed.success) {
    // Branded ids are plain strings on disk; the schema has just vouched for them.
    return { ok: true, map: parsed.data as unknown as ArgumentMap };
  }
  const first = parsed.error.issues[0];
  return { ok: false, path: formatPath(first?.path ?? []), message: first?.message ?? 'Invalid map' };
}
