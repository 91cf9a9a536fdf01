import { z } from 'zod';
import { NODE_KINDS, ORIGINAL_RELATION_KINDS, RELATION_KINDS, RelationKind } from '../model/kinds';
import type { ArgumentMap } from '../model/argumentMap';

/** Limits that keep a hostile or broken file from exhausting memory in the renderer. */
export const LIMITS = {
  idLength: 128,
  textLength: 20_000,
  tagLength: 100,
  titleLength: 200,
  tags: 50,
  premises: 50,
} as const;

/**
 * Ids are plain names: letters, digits, `_`, `.` and `-`. That keeps them clear of
 * the renderer's own junction ids (`j:…`) and of `__proto__`, which no object can hold.
 */
const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9_.-]+$/, 'An id may hold only letters, digits, "_", "." and "-"')
  .refine((id) => id !== '__proto__', 'An id may not be "__proto__"');
const coordinate = z.number().finite();

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

export const sourcePassageSchema = z.strictObject({
  quote: z.string().min(1).max(LIMITS.textLength),
});

export const argNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  title: z.string().min(1).max(LIMITS.titleLength).optional(),
  text: z.string().max(LIMITS.textLength),
  position: positionSchema,
  notes: z.string().max(LIMITS.textLength).optional(),
  tags: z.array(z.string().min(1).max(LIMITS.tagLength)).max(LIMITS.tags),
  source: sourcePassageSchema.optional(),
});

export const relationTargetSchema = z.union([
  z.strictObject({ node: idSchema }),
  z.strictObject({ relation: idSchema }),
]);

export const relationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RELATION_KINDS),
  from: z.array(idSchema).min(1).max(LIMITS.premises),
  to: relationTargetSchema,
  original: z.enum(ORIGINAL_RELATION_KINDS).optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as yyyy-mm-dd');

export const sourceReferenceSchema = z.strictObject({
  title: z.string().min(1).max(LIMITS.textLength),
  author: z.string().max(LIMITS.textLength).optional(),
  date: isoDate.optional(),
  reference: z.string().max(LIMITS.textLength).optional(),
});

export const mapMetadataSchema = z.strictObject({
  title: z.string().max(LIMITS.textLength),
  author: z.string().max(LIMITS.textLength).optional(),
  date: isoDate.optional(),
  description: z.string().max(LIMITS.textLength).optional(),
  source: sourceReferenceSchema.optional(),
});

type RawMap = {
  nodes: Record<string, z.infer<typeof argNodeSchema>>;
  relations: Record<string, z.infer<typeof relationSchema>>;
};

/** Cross-record rules a per-record schema cannot see: ids, dangling ends, nonsense relations. */
function checkReferences(map: RawMap, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });

  const isNode = (id: string): boolean => Object.hasOwn(map.nodes, id);
  const isRelation = (id: string): boolean => Object.hasOwn(map.relations, id);
  for (const [key, node] of Object.entries(map.nodes)) {
    if (node.id !== key) issue(['nodes', key, 'id'], `Node id "${node.id}" differs from its key "${key}"`);
  }
  const seen = new Set<string>();
  for (const [key, rel] of Object.entries(map.relations)) {
    const at = ['relations', key];
    if (rel.id !== key) issue([...at, 'id'], `Relation id "${rel.id}" differs from its key "${key}"`);
    if (isNode(key)) issue([...at, 'id'], `Id "${key}" is used by a node and a relation`);
    rel.from.forEach((premise, i) => {
      if (!isNode(premise)) issue([...at, 'from', i], `Relation comes from missing node "${premise}"`);
    });
    if (new Set(rel.from).size !== rel.from.length) issue([...at, 'from'], 'A premise is listed twice');
    if ('node' in rel.to) {
      if (!isNode(rel.to.node)) issue([...at, 'to', 'node'], `Relation points to missing node "${rel.to.node}"`);
      if (rel.from.includes(rel.to.node)) issue([...at, 'to', 'node'], 'A node cannot support or attack itself');
      if (rel.kind === RelationKind.undercut) issue([...at, 'to'], 'An undercut must target a relation, not a node');
    } else {
      if (!isRelation(rel.to.relation)) {
        issue([...at, 'to', 'relation'], `Undercut points to missing relation "${rel.to.relation}"`);
      }
      if (rel.to.relation === key) issue([...at, 'to', 'relation'], 'A relation cannot undercut itself');
      if (rel.kind !== RelationKind.undercut) issue([...at, 'kind'], 'Only an undercut can target a relation');
    }
    const signature = `${rel.kind}|${rel.original ?? ''}|${[...rel.from].sort().join(',')}|${JSON.stringify(rel.to)}`;
    if (seen.has(signature)) issue(at, 'Duplicate relation: same kind, premises and target as another');
    seen.add(signature);
  }
}

export const argumentMapSchema = z
  .strictObject({
    meta: mapMetadataSchema,
    nodes: z.record(idSchema, argNodeSchema),
    relations: z.record(idSchema, relationSchema),
  })
  .superRefine(checkReferences);

export type SchemaCheck = { ok: true; map: ArgumentMap } | { ok: false; path: string; message: string };

/** Formats a zod issue path as `nodes.n-1.kind` (or `(root)` for the top). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates an unknown value as an argument map; reports the first problem with its path. */
export function checkArgumentMap(value: unknown): SchemaCheck {
  // zod skips a "__proto__" key in records; it must be refused, not silently lost.
  for (const record of ['nodes', 'relations'] as const) {
    const entries = (value as Record<string, unknown> | null)?.[record];
    if (entries && typeof entries === 'object' && Object.hasOwn(entries, '__proto__')) {
      return { ok: false, path: `${record}.__proto__`, message: 'An id may not be "__proto__"' };
    }
  }
  const parsed = argumentMapSchema.safeParse(value);
  if (parsed.success) {
    // Branded ids are plain strings on disk; the schema has just vouched for them.
    return { ok: true, map: parsed.data as unknown as ArgumentMap };
  }
  const first = parsed.error.issues[0];
  return { ok: false, path: formatPath(first?.path ?? []), message: first?.message ?? 'Invalid map' };
}
