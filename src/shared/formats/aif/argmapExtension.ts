import { z } from 'zod';
import {
  NODE_KINDS,
  ORIGINAL_RELATION_DRAWN_AS,
  ORIGINAL_RELATION_KINDS,
  type OriginalRelationKind,
  type RelationKind,
} from '../../model/kinds';
import { LIMITS, mapMetadataSchema } from '../../schema/argumentMapSchema';
import { plural, type ReportBuilder } from '../interop';

/**
 * Argmap's extension of AIF: members named "argmap" that Argmap writes and reads back, so a map
 * exported to AIF and imported again loses nothing. AIF tools ignore members they do not know
 * (OVA3 reads only nodeID, text and type), so these stay invisible elsewhere.
 *
 * - on the document: `"argmap": { "version": 1, "meta": { title, author?, date?, description?, source? } }`
 * - on an I node: `"argmap": { "kind": "evidence", "title"?, "tags"?, "notes"?, "source"?: { "quote" } }`
 * - on an S node: `"argmap": { "original": "contrary" }` when the relation came from a finer kind
 *
 * Reading is forgiving: a damaged field is ignored (and counted in the report), the others are kept.
 */
export const ARGMAP_EXTENSION_VERSION = 1;

const forgiving = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const nodeExtensionSchema = z.object({
  kind: forgiving(z.enum(NODE_KINDS)),
  title: forgiving(z.string().min(1).max(LIMITS.titleLength)),
  tags: forgiving(z.array(z.string().min(1).max(LIMITS.tagLength)).max(LIMITS.tags)),
  notes: forgiving(z.string().max(LIMITS.textLength)),
  source: forgiving(z.object({ quote: z.string().min(1).max(LIMITS.textLength) })),
});
export type NodeExtension = z.infer<typeof nodeExtensionSchema>;

const relationExtensionSchema = z.object({ original: forgiving(z.enum(ORIGINAL_RELATION_KINDS)) });
export type RelationExtension = z.infer<typeof relationExtensionSchema>;

const documentExtensionSchema = z.object({ version: z.number(), meta: forgiving(mapMetadataSchema) });
export type DocumentExtension = z.infer<typeof documentExtensionSchema>;

/** Whether a relation of this kind can be marked with that finer kind (an attack cannot be an entailment). */
export const fitsRelationKind = (kind: RelationKind, original: OriginalRelationKind): boolean =>
  ORIGINAL_RELATION_DRAWN_AS[original] === kind;

/**
 * A forgiving read: the fields that parse, with every field the value held but could not be read
 * (or the whole member, when it is not an object) counted as dropped.
 */
function readExtension<T extends z.ZodObject>(
  schema: T,
  value: unknown,
  report: ReportBuilder,
): z.infer<T> | undefined {
  // Most nodes of most files carry none: skip the failed parse (and its error object) for them.
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const read = (parsed.data ?? {}) as Record<string, unknown>;
  const damaged = parsed.success
    ? Object.keys(schema.shape).filter((key) => raw[key] !== undefined && read[key] === undefined).length
    : 1;
  report.dropped(
    'argmap-damaged',
    (n) => `${plural(n, 'damaged field')} in Argmap’s own "argmap" members ignored`,
    damaged,
  );
  return parsed.success ? parsed.data : undefined;
}

/** The extension on an I node, or nothing when there is none or it is not an object. */
export const readNodeExtension = (value: unknown, report: ReportBuilder): NodeExtension | undefined =>
  readExtension(nodeExtensionSchema, value, report);

export const readRelationExtension = (value: unknown, report: ReportBuilder): RelationExtension | undefined =>
  readExtension(relationExtensionSchema, value, report);

/** The document's extension: its presence says the file was written by Argmap. */
export const readDocumentExtension = (value: unknown, report: ReportBuilder): DocumentExtension | undefined =>
  readExtension(documentExtensionSchema, value, report);
