import type { ArgNode, ArgumentMap, Relation } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import { NODE_KINDS, RELATION_KINDS, type NodeKind, type RelationKind } from '../../../shared/model/kinds';

/** "a, b , ,c" → ["a", "b", "c"]: tags as typed in one comma-separated field, blanks and repeats dropped. */
export function parseTags(typed: string): string[] {
  return [...new Set(typed.split(',').map((tag) => tag.trim()))].filter(Boolean);
}

export const formatTags = (tags: readonly string[]): string => tags.join(', ');

export const sameTags = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((tag, index) => tag === b[index]);

/** A node named in one line: its text shortened, or a placeholder for an empty one. */
export function nodeName(node: ArgNode | undefined, max = 80): string {
  if (!node) return 'a deleted node';
  const text = node.text.replace(/\s+/g, ' ').trim();
  if (!text) return '(empty)';
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface MapCounts {
  nodes: number;
  relations: number;
  byNodeKind: Record<NodeKind, number>;
  byRelationKind: Record<RelationKind, number>;
}

/** How many nodes and relations of each kind the map has. */
export function mapCounts(map: ArgumentMap): MapCounts {
  const byNodeKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const byRelationKind = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, 0])) as Record<RelationKind, number>;
  const nodes = Object.values(map.nodes);
  const relations = Object.values(map.relations);
  for (const node of nodes) byNodeKind[node.kind] += 1;
  for (const relation of relations) byRelationKind[relation.kind] += 1;
  return { nodes: nodes.length, relations: relations.length, byNodeKind, byRelationKind };
}

/** The relations a node takes part in: those it is a premise of, and those that bear on it. */
export function connectionsOf(map: ArgumentMap, id: NodeId): { outgoing: Relation[]; incoming: Relation[] } {
  const relations = Object.values(map.relations);
  return {
    outgoing: relations.filter((relation) => relation.from.includes(id)),
    incoming: relations.filter((relation) => 'node' in relation.to && relation.to.node === id),
  };
}

/** What a relation points at, in words: a node's text, or for an undercut the inference it attacks. */
export function targetName(map: ArgumentMap, relation: Relation): string {
  if ('node' in relation.to) return nodeName(map.nodes[relation.to.node]);
  const target = map.relations[relation.to.relation];
  if (!target) return 'a deleted relation';
  const premises = target.from.map((id) => `“${nodeName(map.nodes[id], 40)}”`).join(' + ');
  const conclusion = 'node' in target.to ? `“${nodeName(map.nodes[target.to.node], 40)}”` : 'another inference';
  return `the inference from ${premises} to ${conclusion}`;
}

/** Whether any selected node is one of the premises of a linked argument (so Unlink has work to do). */
export function hasLinkedPremise(map: ArgumentMap, selected: ReadonlySet<NodeId>): boolean {
  return Object.values(map.relations).some(
    (relation) => relation.from.length > 1 && relation.from.some((id) => selected.has(id)),
  );
}
