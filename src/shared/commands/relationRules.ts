import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { RelationId } from '../model/ids';
import { findDuplicate } from '../model/graph';
import { RELATION_KIND_LABELS } from '../model/kinds';

/**
 * Why a relation would make no sense, in words for the user, or null if it is fine.
 * The same rules as the file schema, so an edit can never produce a map that fails to load.
 * `ignore` is the relation being changed, which must not count as its own duplicate.
 * Commands pass `current(draft)`, not the draft: reading every relation through immer's
 * proxies is slow on big maps.
 */
export function relationProblem(
  map: ArgumentMap,
  candidate: Pick<Relation, 'kind' | 'from' | 'to'>,
  ignore?: RelationId,
): string | null {
  if (candidate.from.length === 0) return 'A relation needs at least one premise.';
  if (candidate.from.some((id) => !map.nodes[id])) return 'That node is no longer on the map.';
  if (new Set(candidate.from).size !== candidate.from.length) return 'A premise is listed twice.';
  if ('node' in candidate.to) {
    if (!map.nodes[candidate.to.node]) return 'That node is no longer on the map.';
    if (candidate.from.includes(candidate.to.node)) return 'A node cannot support or attack itself.';
    if (candidate.kind === 'undercut')
      return 'An undercut attacks a relation (the link between a reason and its claim), not a node.';
  } else {
    const target = map.relations[candidate.to.relation];
    if (!target) return 'That relation is no longer on the map.';
    if (candidate.to.relation === ignore) return 'A relation cannot undercut itself.';
    if (candidate.kind !== 'undercut') return 'Only an undercut can target a relation.';
    if (candidate.from.some((id) => target.from.includes(id))) return 'A premise cannot undercut its own inference.';
  }
  const duplicate = findDuplicate(map, candidate, ignore);
  if (duplicate) return `The map already has this relation (${RELATION_KIND_LABELS[duplicate.kind].toLowerCase()}).`;
  return null;
}
