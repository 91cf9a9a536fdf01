import { z } from 'zod';
import type { Position } from '../../model/argumentMap';
import { formatPath } from '../../schema/argumentMapSchema';
import { listed } from '../formatRegistry';
import { jsonGraphKind, memberNames } from '../jsonGraphs';
import { nestedDeeperThan } from '../jsonNesting';

/**
 * Reads AIF JSON text in the two shapes found in the wild: a plain AIFdb nodeset
 * (`{nodes, edges, locutions?, participants?}`) and an OVA3 save (`{AIF: {…nodeset}, OVA: {nodes: [{nodeID, x, y,
 * visible}], edges, url}, text}`, as OVA3's own `genjson()` writes it). Ids may be numbers or strings;
 * anything optional may be missing. Only what a conversion needs is kept.
 */

const aifId = z.union([z.string(), z.number()]).transform(String);
const optionalId = z.union([aifId, z.null()]).optional();
const looseText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value == null ? '' : String(value)));
const optionalString = z.union([z.string(), z.null()]).optional();

const nodeSchema = z.looseObject({
  nodeID: aifId,
  type: z.string(),
  text: looseText,
  scheme: optionalString,
  argmap: z.unknown().optional(),
});
const edgeSchema = z.looseObject({ fromID: optionalId, toID: optionalId });
const locutionSchema = z.looseObject({ nodeID: aifId, personID: optionalId });
const participantSchema = z.looseObject({
  participantID: aifId,
  firstname: optionalString,
  surname: optionalString,
});
const fulfillmentSchema = z.looseObject({ nodeID: aifId });

const nodesetSchema = z.looseObject({
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema).optional(),
  locutions: z.array(locutionSchema).nullish(),
  participants: z.array(participantSchema).nullish(),
  schemefulfillments: z.array(fulfillmentSchema).nullish(),
  argmap: z.unknown().optional(),
});
// OVA3 stores coordinates as numbers but reads them with parseInt, so strings occur too. The OVA
// block is only layout: a node without an id, a place or `visible` is skipped (it gets the automatic
// layout), never a reason to refuse the analysis under "AIF".
const ovaNodeSchema = z
  .looseObject({ nodeID: aifId, x: z.unknown().optional(), y: z.unknown().optional(), visible: z.unknown().optional() })
  .nullable()
  .catch(null);
const ovaBlockSchema = z.looseObject({
  nodes: z.array(ovaNodeSchema).nullish().catch(undefined),
  url: optionalString.catch(undefined),
});
const ova3Schema = z.looseObject({
  AIF: nodesetSchema,
  // arg-tech's evaluation tools write `"OVA": []` for an analysis that has no OVA layout.
  OVA: z.union([ovaBlockSchema, z.array(z.unknown()).transform(() => null)]).nullish(),
  text: z.union([z.string(), z.looseObject({ txt: optionalString }), z.null()]).optional(),
  argmap: z.unknown().optional(),
});

export interface AifNodeRecord {
  id: string;
  /** "I", "RA", "CA", "MA", "PA", "L", "YA", "TA", … (upper case). */
  type: string;
  text: string;
  scheme?: string;
  argmap?: unknown;
}

export interface AifEdgeRecord {
  from?: string;
  to?: string;
}

export interface AifInput {
  nodes: AifNodeRecord[];
  edges: AifEdgeRecord[];
  /** The speaker's name for a locution (L node id), where the file names one. */
  speakerOf: Map<string, string>;
  /** S nodes given a scheme through OVA3's `schemefulfillments`. */
  fulfilledSchemes: Set<string>;
  /** Present for an OVA3 save: the canvas positions (OVA's x is a node's centre, y its top). */
  ova?: { positions: Map<string, Position>; hasText: boolean; url?: string };
  /** Argmap's document extension (argmapExtension.ts), when the file has one. */
  argmap?: unknown;
}

export type AifReadResult = { ok: true; input: AifInput } | { ok: false; message: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deeper AIF text is refused before it is parsed. Argmap's own AIF nests 6 levels (an OVA3 save ›
 * AIF › nodes › node › argmap › tags); other tools' extra members get a wide margin.
 */
export const MAX_AIF_NESTING = 64;

/** Parses and checks AIF JSON text. Never throws; a failure says what is wrong and where. */
export function readAifDocument(text: string): AifReadResult {
  let raw: unknown;
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = nestedDeeperThan(json, MAX_AIF_NESTING);
  if (tooDeep) {
    return {
      ok: false,
      message: `The file is nested ${tooDeep} levels deep; Argmap reads AIF nested at most ${MAX_AIF_NESTING} levels deep.`,
    };
  }
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not valid JSON (${detail}).` };
  }
  if (!isPlainObject(raw)) {
    return { ok: false, message: 'The file is JSON but not AIF: AIF is an object with "nodes" and "edges" lists.' };
  }
  if (raw.format === 'argmap') {
    return { ok: false, message: 'This is an Argmap map, not AIF: open it with File › Open.' };
  }
  const kind = jsonGraphKind(raw);
  if (kind === 'sadface') {
    return {
      ok: false,
      message:
        'This is a SADFace file (atoms and schemes joined by edges), not AIF: read it as SADFace ' +
        '(File › Import… does; on the command line, --from sadface).',
    };
  }
  if ('AIF' in raw) return fromOva3(raw);
  if ('nodes' in raw) return withoutNodeIds(raw.nodes) ?? fromNodeset(raw);
  return {
    ok: false,
    message: 'The file is JSON but not AIF: it has no "nodes" list (AIFdb) and no "AIF" block (OVA3).',
  };
}

/** A "nodes" list none of whose entries has a `nodeID`: some other graph JSON, named by what its nodes hold. */
function withoutNodeIds(nodes: unknown): AifReadResult | undefined {
  if (!Array.isArray(nodes) || nodes.length === 0) return undefined;
  if (nodes.some((node) => isPlainObject(node) && 'nodeID' in node)) return undefined;
  const members = memberNames(nodes);
  const seen =
    members.length > 0
      ? ` (they have ${listed(
          members.map((m) => `"${m}"`),
          'and',
        )})`
      : '';
  return {
    ok: false,
    message: `The file is JSON with a "nodes" list, but not AIF: its nodes have no "nodeID"${seen}, so Argmap cannot read it as AIF or SADFace.`,
  };
}

function damaged(error: z.ZodError, prefix: string): AifReadResult {
  const first = error.issues[0];
  const path = formatPath([...(prefix ? [prefix] : []), ...(first?.path ?? [])]);
  return { ok: false, message: `The AIF file is damaged at ${path}: ${first?.message ?? 'unexpected content'}.` };
}

function fromNodeset(raw: unknown): AifReadResult {
  const parsed = nodesetSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: toInput(parsed.data) } : damaged(parsed.error, '');
}

function fromOva3(raw: unknown): AifReadResult {
  const parsed = ova3Schema.safeParse(raw);
  if (!parsed.success) return damaged(parsed.error, '');
  const { AIF, OVA, text, argmap } = parsed.data;
  const positions = new Map<string, Position>();
  for (const node of OVA?.nodes ?? []) {
    if (!node) continue;
    const [x, y] = [toNumber(node.x), toNumber(node.y)];
    // OVA3 draws only visible nodes, and only those have a meaningful place.
    if (x !== undefined && y !== undefined && node.visible !== false) positions.set(node.nodeID, { x, y });
  }
  const sourceText = typeof text === 'string' ? text : (text?.txt ?? '');
  const url = OVA?.url?.trim() || undefined;
  const ova = { positions, hasText: sourceText.trim() !== '', url };
  return { ok: true, input: { ...toInput(AIF), ova, argmap: argmap ?? AIF.argmap } };
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function toInput(nodeset: z.infer<typeof nodesetSchema>): AifInput {
  const names = new Map<string, string>();
  for (const p of nodeset.participants ?? []) {
    const name = [p.firstname, p.surname].filter(Boolean).join(' ').trim();
    if (name) names.set(p.participantID, name);
  }
  const speakerOf = new Map<string, string>();
  for (const locution of nodeset.locutions ?? []) {
    const name = locution.personID == null ? undefined : names.get(locution.personID);
    if (name && !speakerOf.has(locution.nodeID)) speakerOf.set(locution.nodeID, name);
  }
  return {
    nodes: nodeset.nodes.map((n) => ({
      id: n.nodeID,
      type: n.type.trim().toUpperCase(),
      text: n.text,
      scheme: n.scheme ?? undefined,
      argmap: n.argmap,
    })),
    edges: (nodeset.edges ?? []).map((e) => ({ from: e.fromID ?? undefined, to: e.toID ?? undefined })),
    speakerOf,
    fulfilledSchemes: new Set((nodeset.schemefulfillments ?? []).map((f) => f.nodeID)),
    argmap: nodeset.argmap,
  };
}
