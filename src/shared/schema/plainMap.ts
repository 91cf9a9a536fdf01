import { NODE_KINDS, ORIGINAL_RELATION_KINDS, RELATION_KINDS } from '../model/kinds';
import { checkReferences, ID_PATTERN, ISO_DATE, LIMITS, type RawMap } from './mapRules';

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
  checkReferences(map, () => void (problem = true));
  return problem ? undefined : map;
}
