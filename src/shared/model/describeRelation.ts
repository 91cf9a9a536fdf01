import type { ArgNode, ArgumentMap, Relation } from './argumentMap';
import type { NodeId } from './ids';
import { NODE_KIND_LABELS, RELATION_KIND_LABELS } from './kinds';

/** A node as a screen reader names it: its kind and its words ("Reason: Trade routes…"), never its id. */
export function spokenNodeName(node: Pick<ArgNode, 'kind' | 'text' | 'title'>): string {
  const words = node.text.trim() || node.title?.trim() || 'empty';
  return `${NODE_KIND_LABELS[node.kind]}: ${words}`;
}

/** An undercut of an undercut of… is rare; past this depth the inner inference is only named. */
const MAX_DEPTH = 3;

/**
 * An arrow in words, as a screen reader announces it: "Reason: … supports Thesis: …".
 * Linked premises "together support"; an undercut names the inference it bears on.
 */
export function describeRelation(map: Pick<ArgumentMap, 'nodes' | 'relations'>, relation: Relation, depth = 0): string {
  const name = (id: NodeId): string => {
    const node = map.nodes[id];
    return node ? spokenNodeName(node) : 'a deleted node';
  };
  const premises = relation.from.map(name);
  const verb = RELATION_KIND_LABELS[relation.kind].toLowerCase();
  const subject =
    premises.length === 1 ? `${premises[0]} ${verb}` : `${premises.join(' and ')} together ${verb.replace(/s$/, '')}`;
  if ('node' in relation.to) return `${subject} ${name(relation.to.node)}`;
  const inner = map.relations[relation.to.relation];
  if (!inner) return `${subject} a deleted inference`;
  const innerText = depth < MAX_DEPTH ? describeRelation(map, inner, depth + 1) : 'another inference';
  return `${subject} the inference “${innerText}”`;
}
