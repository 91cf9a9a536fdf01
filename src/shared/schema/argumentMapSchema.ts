import { z } from 'zod';
import {
  NODE_KINDS,
  ORIGINAL_RELATION_DRAWN_AS,
  ORIGINAL_RELATION_KINDS,
  RELATION_KINDS,
  RelationKind,
} from '../model/kinds';
import type { ArgumentMap } from '../model/argumentMap';
import { relationSignature } from '../model/graph';
import { lazySchema } from './lazySchema';

/** Limits that keep a hostile or broken file from exhausting memory in the renderer. */
export const LIMITS = {
  idLength: 128,
  textLength: 20_000,
  tagLength: 100,
  titleLength: 200,
  tags: 50,
  premises: 50,
} as const;

/** The characters of an id; the schema and the fast check below share it. */
const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

type RawMap = {
  nodes: Record<string, z.infer<typeof argNodeSchema>>;
  relations: Record<string, z.infer<typeof relationSchema>>;
};

/** Cross-record rules a per-record schema cannot see: ids, dangling ends, nonsense relations. */
function checkReferences(map: RawMap, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });

  const isNode = (id: string): boolean => Object.hasOwn(map.nodes, id);
  const isRelation = (id: string): boolean => Object.hasOwn(map.relations, id);
  // Plain loops, and paths built only for an issue: this runs on every map loaded, most of them valid.
  for (const key of Object.keys(map.nodes)) {
    const node = map.nodes[key];
    if (node.id !== key) issue(['nodes', key, 'id'], `Node id "${node.id}" differs from its key "${key}"`);
  }
  const seen = new Set<string>();
  for (const key of Object.keys(map.relations)) {
    const rel = map.relations[key];
    const { from, to } = rel;
    if (rel.id !== key) issue(['relations', key, 'id'], `Relation id "${rel.id}" differs from its key "${key}"`);
    if (isNode(key)) issue(['relations', key, 'id'], `Id "${key}" is used by a node and a relation`);
    for (let i = 0; i < from.length; i++) {
      if (!isNode(from[i])) issue(['relations', key, 'from', i], `Relation comes from missing node "${from[i]}"`);
    }
    if (from.length > 1 && new Set(from).size !== from.length)
      issue(['relations', key, 'from'], 'A premise is listed twice');
    if ('node' in to) {
      if (!isNode(to.node)) issue(['relations', key, 'to', 'node'], `Relation points to missing node "${to.node}"`);
      if (from.includes(to.node)) issue(['relations', key, 'to', 'node'], 'A node cannot support or attack itself');
      if (rel.kind === RelationKind.undercut) {
        issue(['relations', key, 'to'], 'An undercut must target a relation, not a node');
      }
    } else {
      if (!isRelation(to.relation)) {
        issue(['relations', key, 'to', 'relation'], `Undercut points to missing relation "${to.relation}"`);
      }
      if (to.relation === key) issue(['relations', key, 'to', 'relation'], 'A relation cannot undercut itself');
      if (rel.kind !== RelationKind.undercut)
        issue(['relations', key, 'kind'], 'Only an undercut can target a relation');
    }
    if (rel.original !== undefined && ORIGINAL_RELATION_DRAWN_AS[rel.original] !== rel.kind) {
      issue(['relations', key, 'original'], `A ${rel.kind} cannot keep the finer kind "${rel.original}"`);
    }
    const signature = relationSignature(rel);
    if (seen.has(signature)) issue(['relations', key], 'Duplicate relation: same kind, premises and target as another');
    seen.add(signature);
  }
}

export const argumentMapSchema = lazySchema(() =>
  z
    .strictObject({
      meta: mapMetadataSchema,
      nodes: z.record(idSchema, argNodeSchema),
      relations: z.record(idSchema, relationSchema),
    })
    .superRefine(checkReferences),
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

// The fast check: what argumentMapSchema.safeParse returns for a map that is plainly valid, built
// without zod, or undefined for anything it does not vouch for (zod then decides and words the
// problem). It accepts only what the schema accepts and returns the same objects, keys in the
// schema's order; when unsure (a string longer than its limit in UTF-16 units, where zod counts
// code points; an object that is not a plain JSON object; a key present but undefined) it leaves
// the map to zod. argumentMapSchema.fast.test.ts holds it to that.

type Plain = Record<string, unknown>;
const NODE_KIND_SET: ReadonlySet<unknown> = new Set(NODE_KINDS);
const RELATION_KIND_SET: ReadonlySet<unknown> = new Set(RELATION_KINDS);
const ORIGINAL_KIND_SET: ReadonlySet<unknown> = new Set(ORIGINAL_RELATION_KINDS);
// The keys of each object schema, written out (reading `.shape` would build the schemas); a test
// holds them to the schemas.
export const NODE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'title',
  'text',
  'position',
  'notes',
  'tags',
  'source',
]);
export const RELATION_KEYS: ReadonlySet<string> = new Set(['id', 'kind', 'from', 'to', 'original']);
export const META_KEYS: ReadonlySet<string> = new Set(['title', 'author', 'date', 'description', 'source']);
export const SOURCE_REFERENCE_KEYS: ReadonlySet<string> = new Set(['title', 'author', 'date', 'reference']);
const MAP_KEYS: ReadonlySet<string> = new Set(['meta', 'nodes', 'relations']);
const POSITION_KEYS: ReadonlySet<string> = new Set(['x', 'y']);
const QUOTE_KEYS: ReadonlySet<string> = new Set(['quote']);
const NODE_TARGET_KEYS: ReadonlySet<string> = new Set(['node']);
const RELATION_TARGET_KEYS: ReadonlySet<string> = new Set(['relation']);

/** An object as JSON.parse makes it, whose enumerable keys (own and inherited, as zod sees them) are all `allowed`. */
function isPlainWith(value: unknown, allowed: ReadonlySet<string>): value is Plain {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/**
 * Whether an object's keys (all the schema's, checked before) come in the schema's order, as
 * serializeArgmap writes them: then the object is what the schema would return, and a map just
 * parsed can be kept instead of copied (see checkParsedMap).
 */
function inSchemaOrder(value: Plain, keys: ReadonlySet<string>): boolean {
  const order = [...keys];
  let at = 0;
  for (const key in value) {
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) return false;
    at++;
  }
  return true;
}

/** A string of `min` (0 or 1) to `max` UTF-16 units: within the limit in code points too. */
const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const isId = (value: unknown): value is string =>
  isText(value, 1, LIMITS.idLength) && ID_PATTERN.test(value) && value !== '__proto__';

const isCoordinate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Marks an optional key absent; `BAIL` means present but not plainly valid. */
const ABSENT = Symbol('absent');
const BAIL = Symbol('bail');
type Optional<T> = T | typeof ABSENT | typeof BAIL;

function optionalText(record: Plain, key: string, min: number, max: number, pattern?: RegExp): Optional<string> {
  const value = record[key];
  if (value === undefined) return key in record ? BAIL : ABSENT;
  return isText(value, min, max) && (!pattern || pattern.test(value)) ? value : BAIL;
}

/**
 * The plain object `value` as a record of `item`s (keys checked as ids), or undefined. With
 * `reuse`, the record itself if every item is kept as it is.
 */
function plainRecord(
  value: unknown,
  item: (value: unknown, reuse: boolean) => Plain | undefined,
  reuse: boolean,
): Record<string, Plain> | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  // zod's record reads symbol keys too (and refuses them).
  if (Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const keys = Object.keys(value);
  const items: Plain[] = [];
  let kept = reuse;
  for (let i = 0; i < keys.length; i++) {
    if (!isId(keys[i])) return undefined;
    const original = (value as Plain)[keys[i]];
    const checked = item(original, reuse);
    if (!checked) return undefined;
    kept &&= checked === original;
    items.push(checked);
  }
  if (kept) return value as Record<string, Plain>;
  const out: Record<string, Plain> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = items[i];
  return out;
}

function plainNode(value: unknown, reuse: boolean): Plain | undefined {
  if (!isPlainWith(value, NODE_KEYS)) return undefined;
  const { id, kind, text, position, tags } = value;
  if (!isId(id) || !NODE_KIND_SET.has(kind)) return undefined;
  const title = optionalText(value, 'title', 1, LIMITS.titleLength);
  if (title === BAIL || !isText(text, 0, LIMITS.textLength)) return undefined;
  if (!isPlainWith(position, POSITION_KEYS) || !isCoordinate(position.x) || !isCoordinate(position.y)) return undefined;
  const notes = optionalText(value, 'notes', 0, LIMITS.textLength);
  if (notes === BAIL) return undefined;
  if (!Array.isArray(tags) || tags.length > LIMITS.tags) return undefined;
  for (let i = 0; i < tags.length; i++) if (!isText(tags[i], 1, LIMITS.tagLength)) return undefined;
  const quote = (value.source as Plain | null | undefined)?.quote;
  if (value.source !== undefined) {
    if (!isPlainWith(value.source, QUOTE_KEYS) || !isText(quote, 1, LIMITS.textLength)) return undefined;
  } else if ('source' in value) return undefined;
  if (reuse && inSchemaOrder(value, NODE_KEYS) && inSchemaOrder(position, POSITION_KEYS)) return value;
  // The schema's key order.
  const node: Plain = { id, kind };
  if (title !== ABSENT) node.title = title;
  node.text = text;
  node.position = { x: position.x, y: position.y };
  if (notes !== ABSENT) node.notes = notes;
  node.tags = (tags as string[]).slice();
  if (value.source !== undefined) node.source = { quote };
  return node;
}

function plainRelation(value: unknown, reuse: boolean): Plain | undefined {
  if (!isPlainWith(value, RELATION_KEYS)) return undefined;
  const { id, kind, from, to } = value;
  if (!isId(id) || !RELATION_KIND_SET.has(kind)) return undefined;
  if (!Array.isArray(from) || from.length < 1 || from.length > LIMITS.premises) return undefined;
  for (let i = 0; i < from.length; i++) if (!isId(from[i])) return undefined;
  let target: Plain;
  if (isPlainWith(to, NODE_TARGET_KEYS) && isId(to.node)) target = { node: to.node };
  else if (isPlainWith(to, RELATION_TARGET_KEYS) && isId(to.relation)) target = { relation: to.relation };
  else return undefined;
  if (value.original !== undefined) {
    if (!ORIGINAL_KIND_SET.has(value.original)) return undefined;
  } else if ('original' in value) return undefined;
  if (reuse && inSchemaOrder(value, RELATION_KEYS)) return value;
  const relation: Plain = { id, kind, from: (from as string[]).slice(), to: target };
  if (value.original !== undefined) relation.original = value.original;
  return relation;
}

function plainMeta(value: unknown, reuse: boolean): Plain | undefined {
  if (!isPlainWith(value, META_KEYS) || !isText(value.title, 0, LIMITS.textLength)) return undefined;
  const author = optionalText(value, 'author', 0, LIMITS.textLength);
  const date = optionalText(value, 'date', 0, Infinity, ISO_DATE);
  const description = optionalText(value, 'description', 0, LIMITS.textLength);
  if (author === BAIL || date === BAIL || description === BAIL) return undefined;
  let source: Plain | undefined;
  if (value.source !== undefined) {
    source = plainSourceReference(value.source, reuse);
    if (!source) return undefined;
  } else if ('source' in value) return undefined;
  if (reuse && source === value.source && inSchemaOrder(value, META_KEYS)) return value;
  const meta: Plain = { title: value.title };
  if (author !== ABSENT) meta.author = author;
  if (date !== ABSENT) meta.date = date;
  if (description !== ABSENT) meta.description = description;
  if (source) meta.source = source;
  return meta;
}

function plainSourceReference(value: unknown, reuse: boolean): Plain | undefined {
  if (!isPlainWith(value, SOURCE_REFERENCE_KEYS) || !isText(value.title, 1, LIMITS.textLength)) return undefined;
  const author = optionalText(value, 'author', 0, LIMITS.textLength);
  const date = optionalText(value, 'date', 0, Infinity, ISO_DATE);
  const reference = optionalText(value, 'reference', 0, LIMITS.textLength);
  if (author === BAIL || date === BAIL || reference === BAIL) return undefined;
  if (reuse && inSchemaOrder(value, SOURCE_REFERENCE_KEYS)) return value;
  const source: Plain = { title: value.title };
  if (author !== ABSENT) source.author = author;
  if (date !== ABSENT) source.date = date;
  if (reference !== ABSENT) source.reference = reference;
  return source;
}

/**
 * The map exactly as `argumentMapSchema.safeParse(value).data` would be, if the map is plainly
 * valid; undefined if zod must decide (it may still accept). With `reuse`, the objects of `value`
 * that are already what the schema returns (their keys in its order) are returned themselves,
 * not copies. Exported for its tests.
 */
export function plainlyValidMap(value: unknown, reuse = false): RawMap | undefined {
  if (!isPlainWith(value, MAP_KEYS)) return undefined;
  const meta = plainMeta(value.meta, reuse);
  if (!meta) return undefined;
  const nodes = plainRecord(value.nodes, plainNode, reuse);
  if (!nodes) return undefined;
  const relations = plainRecord(value.relations, plainRelation, reuse);
  if (!relations) return undefined;
  const kept =
    reuse &&
    meta === value.meta &&
    nodes === value.nodes &&
    relations === value.relations &&
    inSchemaOrder(value, MAP_KEYS);
  const map = (kept ? value : { meta, nodes, relations }) as unknown as RawMap;
  let problem = false;
  checkReferences(map, { addIssue: () => void (problem = true) } as unknown as z.RefinementCtx);
  return problem ? undefined : map;
}
