import { ORIGINAL_RELATION_DRAWN_AS, RelationKind, type OriginalRelationKind } from '../model/kinds';
import { relationSignature } from '../model/graph';

// The rules between records, which no record's own declaration can state: ids, dangling ends,
// nonsense relations. The zod schema (argumentMapSchema.ts) and the fast check (plainMap.ts) both
// apply them.

export { ID_PATTERN, ISO_DATE, LIMITS } from '../model/recordLimits';

/** A map with its records checked one by one, not yet against each other. */
export type RawMap = {
  meta?: { participants?: { id: string }[] };
  nodes: Record<string, { id: string; speaker?: string }>;
  relations: Record<
    string,
    {
      id: string;
      kind: RelationKind;
      from: string[];
      to: { node: string } | { relation: string };
      original?: OriginalRelationKind;
    }
  >;
  storyline?: { id: string; focus: string }[];
};

/** Where a map breaks a rule, and the rule in words. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

/** Cross-record rules a per-record schema cannot see: ids, dangling ends, nonsense relations. */
export function checkReferences(map: RawMap, issue: ReportIssue): void {
  const isNode = (id: string): boolean => Object.hasOwn(map.nodes, id);
  const isRelation = (id: string): boolean => Object.hasOwn(map.relations, id);
  // Plain loops, and paths built only for an issue: this runs on every map loaded, most of them valid.
  const participants = map.meta?.participants ?? [];
  const speakers = new Set<string>();
  for (let i = 0; i < participants.length; i++) {
    const id = participants[i].id;
    if (speakers.has(id)) issue(['meta', 'participants', i, 'id'], `Participant id "${id}" is used twice`);
    speakers.add(id);
  }
  for (const key of Object.keys(map.nodes)) {
    const node = map.nodes[key];
    if (node.id !== key) issue(['nodes', key, 'id'], `Node id "${node.id}" differs from its key "${key}"`);
    if (node.speaker !== undefined && !speakers.has(node.speaker))
      issue(['nodes', key, 'speaker'], `Speaker "${node.speaker}" is not one of the map's participants`);
  }
  const seen = new Set<string>();
  for (const key of Object.keys(map.relations)) {
    const rel = map.relations[key];
    const { from, to } = rel;
    if (rel.id !== key) issue(['relations', key, 'id'], `Relation id "${rel.id}" differs from its key "${key}"`);
    if (isNode(key)) issue(['relations', key, 'id'], `Id "${key}" is used by a node and a relation`);
    for (let i = 0; i < from.length; i++) {
      if (!isNode(from[i])) issue(['relations', key, 'from', i], `Relation comes from missing node "${from[i]}"`);
    }
    if (from.length > 1 && new Set(from).size !== from.length)
      issue(['relations', key, 'from'], 'A premise is listed twice');
    if ('node' in to) {
      if (!isNode(to.node)) issue(['relations', key, 'to', 'node'], `Relation points to missing node "${to.node}"`);
      if (from.includes(to.node)) issue(['relations', key, 'to', 'node'], 'A node cannot support or attack itself');
      if (rel.kind === RelationKind.undercut) {
        issue(['relations', key, 'to'], 'An undercut must target a relation, not a node');
      }
    } else {
      if (!isRelation(to.relation)) {
        issue(['relations', key, 'to', 'relation'], `Undercut points to missing relation "${to.relation}"`);
      }
      if (to.relation === key) issue(['relations', key, 'to', 'relation'], 'A relation cannot undercut itself');
      if (rel.kind !== RelationKind.undercut)
        issue(['relations', key, 'kind'], 'Only an undercut can target a relation');
    }
    if (rel.original !== undefined && ORIGINAL_RELATION_DRAWN_AS[rel.original] !== rel.kind) {
      issue(['relations', key, 'original'], `A ${rel.kind} cannot keep the finer kind "${rel.original}"`);
    }
    const signature = relationSignature(rel);
    if (seen.has(signature)) issue(['relations', key], 'Duplicate relation: same kind, premises and target as another');
    seen.add(signature);
  }
  checkStoryline(map, isNode, issue);
}

/** Each step of the storyline is about a node of the map, and names itself apart from the others. */
function checkStoryline(map: RawMap, isNode: (id: string) => boolean, issue: ReportIssue): void {
  const steps = map.storyline;
  if (!steps) return;
  const ids = new Set<string>();
  for (let i = 0; i < steps.length; i++) {
    const { id, focus } = steps[i];
    if (!isNode(focus)) issue(['storyline', i, 'focus'], `Storyline step ${i + 1} is about missing node "${focus}"`);
    if (ids.has(id)) issue(['storyline', i, 'id'], `Storyline step id "${id}" is used twice`);
    ids.add(id);
  }
}
