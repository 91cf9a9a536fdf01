import type { ArgNode, ArgumentMap, Position, Relation } from '../model/argumentMap';
import { newNodeId, newRelationId, type NodeId } from '../model/ids';
import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '../model/kinds';
import { relationKindForChild } from '../model/graph';
import { checkArgumentMap, LIMITS } from '../schema/argumentMapSchema';
import { autoLayout } from '../layout/autoLayout';
import { plainTextOutline } from '../formats/outline';
import { nestedDeeperThan } from '../formats/jsonNesting';
import type { MapFragment } from './fragment';

/** The clipboard type that carries a fragment between our own windows and maps. */
export const FRAGMENT_MIME = 'application/x-argmap-fragment+json';
const FORMAT = 'argmap-fragment';

/** What goes on the clipboard for a copy: the fragment as JSON, and a plain-text outline for other apps. */
export function fragmentToClipboard(fragment: MapFragment): { json: string; text: string } {
  const json = JSON.stringify({ format: FORMAT, version: 1, nodes: fragment.nodes, relations: fragment.relations });
  const map = asMap(fragment);
  return { json, text: plainTextOutline(map) };
}

function asMap(fragment: MapFragment): ArgumentMap {
  return {
    meta: { title: '' },
    nodes: Object.fromEntries(fragment.nodes.map((node) => [node.id, node])),
    relations: Object.fromEntries(fragment.relations.map((relation) => [relation.id, relation])),
  };
}

const MAX_FRAGMENT_NESTING = 64;

/** Reads a fragment from clipboard JSON, with the same checks as a file; null if it is not one. */
export function parseFragment(json: string): MapFragment | null {
  let value: unknown;
  // A fragment nests 4 deep (envelope › nodes › node › position); anything far deeper is not one.
  if (nestedDeeperThan(json, MAX_FRAGMENT_NESTING)) return null;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const envelope = value as { format?: unknown; nodes?: unknown; relations?: unknown } | null;
  if (envelope?.format !== FORMAT || !Array.isArray(envelope.nodes) || !Array.isArray(envelope.relations)) return null;
  const rawNodes = envelope.nodes as { id?: unknown }[];
  const rawRelations = envelope.relations as { id?: unknown }[];
  const check = checkArgumentMap({
    meta: { title: '' },
    nodes: Object.fromEntries(rawNodes.map((node) => [String(node?.id), node])),
    relations: Object.fromEntries(rawRelations.map((relation) => [String(relation?.id), relation])),
  });
  if (!check.ok || Object.keys(check.map.nodes).length !== rawNodes.length || rawNodes.length === 0) return null;
  return { nodes: Object.values(check.map.nodes), relations: Object.values(check.map.relations) };
}

const KIND_BY_LABEL = new Map<string, NodeKind>(NODE_KINDS.map((kind) => [NODE_KIND_LABELS[kind].toLowerCase(), kind]));
/** At most this many lines become nodes in one paste: a whole book pasted by mistake stays usable. */
export const MAX_PASTED_LINES = 500;

/**
 * Plain text lines as nodes: each non-empty line is a node; a deeper-indented line
 * bears on the line above it (objections and rebuttals attack, the rest support). A
 * leading kind label ("Objection: …", as our outline writes it) sets the kind; bullets
 * and numbering are dropped. The top level becomes claims, the rest reasons.
 */
export function fragmentFromText(text: string, at: Position): MapFragment | null {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, MAX_PASTED_LINES);
  if (lines.length === 0) return null;
  const nodes: ArgNode[] = [];
  const relations: Relation[] = [];
  const stack: { indent: number; id: NodeId }[] = [];
  for (const line of lines) {
    const indent = line.replace(/\t/g, '  ').search(/\S/);
    let body = line.trim().replace(/^([-*+•]|\d+[.)]|#+)\s+/, '');
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack.at(-1);
    const labelled = /^([A-Za-z]+):\s*(.*)$/.exec(body);
    let kind: NodeKind = parent ? 'reason' : 'claim';
    const known = labelled && KIND_BY_LABEL.get(labelled[1].toLowerCase());
    if (labelled && known) {
      kind = known;
      body = labelled[2];
    }
    const id = newNodeId();
    nodes.push({ id, kind, text: body.slice(0, LIMITS.textLength), position: { x: 0, y: 0 }, tags: [] });
    // A recommendation listed under a point follows from it, as Add Recommendation makes it.
    const [from, to] = kind === 'recommendation' ? [parent?.id, id] : [id, parent?.id];
    if (parent && from && to) {
      relations.push({ id: newRelationId(), kind: relationKindForChild(kind), from: [from], to: { node: to } });
    }
    stack.push({ indent, id });
  }
  const positions = autoLayout(asMap({ nodes, relations }));
  for (const node of nodes) {
    const position = positions.get(node.id) ?? { x: 0, y: 0 };
    node.position = { x: Math.round(at.x + position.x), y: Math.round(at.y + position.y) };
  }
  return { nodes, relations };
}
