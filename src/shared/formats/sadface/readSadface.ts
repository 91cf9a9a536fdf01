import { z } from 'zod';
import type { Position } from '../../model/argumentMap';
import { formatPath } from '../../schema/argumentMapSchema';
import { jsonGraphKind } from '../jsonGraphs';
import { nestedDeeperThan } from '../jsonNesting';

/**
 * Reads SADFace JSON (the Simple Argument Description Format of Open-Argumentation/SADFace, as its
 * Python tools and arguebuf write it): `{metadata: {core: {…}}, nodes: [atom | scheme], edges:
 * [{id, source_id, target_id}], resources}`. Atoms are statements (`text`), schemes name how the atoms
 * pointing at them bear on their target (`name`: "support", "conflict", a scheme's name…). Ids may be
 * numbers or strings; anything optional may be missing. Only what a conversion needs is kept.
 */

const sadfaceId = z.union([z.string(), z.number()]).transform(String);
const looseText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value == null ? '' : String(value)));
const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .catch(undefined)
  .transform((value) => (value == null ? undefined : String(value)));

const nodeSchema = z.looseObject({
  id: sadfaceId,
  type: z.string(),
  text: looseText,
  name: optionalText,
  metadata: z.unknown().optional(),
  sources: z.unknown().optional(),
});
const edgeSchema = z.looseObject({
  source_id: z.union([sadfaceId, z.null()]).optional(),
  target_id: z.union([sadfaceId, z.null()]).optional(),
});
const coreSchema = z.looseObject({
  title: optionalText,
  description: optionalText,
  analyst_name: optionalText,
  created: optionalText,
});
const documentSchema = z.looseObject({
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema).nullish(),
  metadata: z
    .looseObject({ core: coreSchema.nullish().catch(undefined) })
    .nullish()
    .catch(undefined),
  resources: z.unknown().optional(),
});

export type SadfaceNode = z.infer<typeof nodeSchema>;
export type SadfaceCore = z.infer<typeof coreSchema>;

export interface SadfaceInput {
  nodes: SadfaceNode[];
  edges: { from?: string; to?: string }[];
  core: SadfaceCore;
  /** The other members of `metadata` (besides `core` and Argmap's own), which a map has no place for. */
  otherMetadata: string[];
  /** How many resources (the texts analysed) the file carries. */
  resources: number;
  /** Argmap's own document extension, `metadata.argmap`, when the file was written by Argmap. */
  argmap?: unknown;
  /** Positions Argmap wrote in its atoms' `metadata.argmap.position`. */
  positions: Map<string, Position>;
}

export type SadfaceReadResult = { ok: true; input: SadfaceInput } | { ok: false; message: string };

/** Deeper text is refused before it is parsed (Argmap's own SADFace nests 6 levels). */
export const MAX_SADFACE_NESTING = 64;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses and checks SADFace JSON text. Never throws; a failure says what is wrong and where. */
export function readSadfaceDocument(text: string): SadfaceReadResult {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = nestedDeeperThan(json, MAX_SADFACE_NESTING);
  if (tooDeep) {
    return {
      ok: false,
      message: `The file is nested ${tooDeep} levels deep; Argmap reads SADFace nested at most ${MAX_SADFACE_NESTING} levels deep.`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not valid JSON (${detail}).` };
  }
  if (isRecord(raw) && raw.format === 'argmap') {
    return { ok: false, message: 'This is an Argmap map, not SADFace: open it with File › Open.' };
  }
  const kind = jsonGraphKind(raw);
  if (kind === 'aif') {
    return {
      ok: false,
      message:
        'This is an AIF file (nodes with a "nodeID"), not SADFace: read it as AIF ' +
        '(File › Import… does; on the command line, --from aif).',
    };
  }
  if (kind === 'other' || !isRecord(raw)) {
    return {
      ok: false,
      message: 'The file is JSON but not SADFace: SADFace is an object with "nodes" (atoms and schemes) and "edges".',
    };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      message: `The SADFace file is damaged at ${formatPath(first?.path ?? [])}: ${first?.message ?? 'unexpected content'}.`,
    };
  }
  return { ok: true, input: toInput(parsed.data, raw) };
}

function toInput(document: z.infer<typeof documentSchema>, raw: Record<string, unknown>): SadfaceInput {
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  const positions = new Map<string, Position>();
  for (const node of document.nodes) {
    const position = argmapMember(node.metadata)?.position;
    if (isRecord(position) && Number.isFinite(position.x) && Number.isFinite(position.y)) {
      positions.set(node.id, { x: position.x as number, y: position.y as number });
    }
  }
  return {
    nodes: document.nodes,
    edges: (document.edges ?? []).map((edge) => ({
      from: edge.source_id ?? undefined,
      to: edge.target_id ?? undefined,
    })),
    core: document.metadata?.core ?? {
      title: undefined,
      description: undefined,
      analyst_name: undefined,
      created: undefined,
    },
    otherMetadata: Object.keys(metadata).filter((key) => key !== 'core' && key !== 'argmap'),
    resources: Array.isArray(document.resources) ? document.resources.length : 0,
    argmap: metadata.argmap,
    positions,
  };
}

/** A node's `metadata.argmap`, Argmap's own member, if it has one. */
export function argmapMember(metadata: unknown): Record<string, unknown> | undefined {
  return isRecord(metadata) && isRecord(metadata.argmap) ? metadata.argmap : undefined;
}

/** A node's metadata members besides Argmap's own: what other tools recorded (an atom's "confidence"…). */
export function otherMembers(metadata: unknown): string[] {
  return isRecord(metadata) ? Object.keys(metadata).filter((key) => key !== 'argmap') : [];
}
