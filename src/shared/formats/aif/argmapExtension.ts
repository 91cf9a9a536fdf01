import { z } from 'zod';
import { NODE_KINDS, ORIGINAL_RELATION_KINDS } from '../../model/kinds';
import { LIMITS, mapMetadataSchema } from '../../schema/argumentMapSchema';

/**
 * Argmap's extension of AIF: members named "argmap" that Argmap writes and reads back, so a map
 * exported to AIF and imported again loses nothing. AIF tools ignore members they do not know
 * (OVA3 reads only nodeID, text and type), so these stay invisible elsewhere.
 *
 * - on the document: `"argmap": { "version": 1, "meta": { title, author?, date?, description?, source? } }`
 * - on an I node: `"argmap": { "kind": "evidence", "title"?, "tags"?, "notes"?, "source"?: { "quote" } }`
 * - on an S node: `"argmap": { "original": "contrary" }` when the relation came from a finer kind
 *
 * Reading is forgiving: a damaged field is ignored, the others are kept.
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

/** The extension on an I node, or nothing when there is none or it is not an object. */
export function readNodeExtension(value: unknown): NodeExtension | undefined {
  const parsed = nodeExtensionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readRelationExtension(value: unknown): RelationExtension | undefined {
  const parsed = relationExtensionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The document's extension: its presence says the file was written by Argmap. */
export function readDocumentExtension(value: unknown): DocumentExtension | undefined {
  const parsed = documentExtensionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
