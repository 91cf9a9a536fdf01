import type { ArgNode, ArgumentMap, Relation } from '../src/shared/model/argumentMap';
import { asNodeId, asRelationId, type NodeId, type RelationId } from '../src/shared/model/ids';
import { autoLayout } from '../src/shared/layout/autoLayout';
import { sampleMeta, sampleNodes, sampleRelations } from './kazakhstanSample';

/** Assembles the sample map and lays it out with the app's automatic layout. */
export function buildSampleMap(): ArgumentMap {
  const nodes = {} as Record<NodeId, ArgNode>;
  for (const spec of sampleNodes) {
    const id = asNodeId(`n-${spec.id}`);
    nodes[id] = {
      id,
      kind: spec.kind,
      text: spec.text,
      position: { x: 0, y: 0 },
      tags: spec.tags ?? [],
      ...(spec.notes ? { notes: spec.notes } : {}),
      source: { quote: spec.quote },
    };
  }
  const relations = {} as Record<RelationId, Relation>;
  for (const spec of sampleRelations) {
    const id = asRelationId(`r-${spec.id}`);
    relations[id] = {
      id,
      kind: spec.kind,
      from: spec.from.map((from) => asNodeId(`n-${from}`)),
      to:
        'node' in spec.to
          ? { node: asNodeId(`n-${spec.to.node}`) }
          : { relation: asRelationId(`r-${spec.to.relation}`) },
    };
  }
  const map: ArgumentMap = { meta: sampleMeta, nodes, relations };
  for (const [id, position] of autoLayout(map)) nodes[id].position = position;
  return map;
}
