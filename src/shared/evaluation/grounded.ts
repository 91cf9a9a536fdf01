import type { ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { EvaluationIndex, idsOf } from './evaluationIndex';
import { nodeRule, relationRule, type NodeInputs, type RelationInputs } from './rules';
import type { Evaluation, NodeStatus, RelationStatus } from './statuses';

/** The statuses evaluation keeps between edits (mutable; snapshots are handed out). */
interface Labels {
  nodes: Map<NodeId, NodeStatus>;
  relations: Map<RelationId, RelationStatus>;
}

/**
 * Labels a region of the map afresh: its nodes and relations start open and the rules are applied
 * until nothing changes, everything outside the region staying as it is. Each element keeps counts
 * of its inputs and is re-decided in constant time when one of them is decided, so a pass is
 * linear in the region's size and the relations touching it. Starting from "all open" and only ever
 * deciding gives the least fixpoint: the grounded labelling.
 */
export function labelRegion(
  map: ArgumentMap,
  index: EvaluationIndex,
  labels: Labels,
  regionNodes: ReadonlySet<NodeId>,
  regionRelations: ReadonlySet<RelationId>,
): void {
  for (const id of regionNodes) labels.nodes.set(id, 'open');
  for (const id of regionRelations) labels.relations.set(id, 'open');
  const nodeInputs = new Map<NodeId, NodeInputs>();
  const relationInputs = new Map<RelationId, RelationInputs>();
  const decidedNodes: NodeId[] = [];
  const decidedRelations: RelationId[] = [];

  for (const id of regionRelations) {
    const relation = map.relations[id];
    const inputs: RelationInputs = {
      premisesPending: 0,
      premiseFalls: false,
      undercutsPending: 0,
      undercutHolds: false,
    };
    for (const premise of relation.from) {
      const status = labels.nodes.get(premise);
      if (status === 'falls') inputs.premiseFalls = true;
      else if (status !== 'stands') inputs.premisesPending++;
    }
    for (const undercut of idsOf(index.undercutsOn, id)) {
      const status = regionRelations.has(undercut) ? 'open' : labels.relations.get(undercut);
      if (status === 'holds') inputs.undercutHolds = true;
      else if (status !== 'fails') inputs.undercutsPending++;
    }
    relationInputs.set(id, inputs);
    const status = relationRule(inputs);
    if (status !== 'open') {
      labels.relations.set(id, status);
      decidedRelations.push(id);
    }
  }
  for (const id of regionNodes) {
    const inputs: NodeInputs = {
      attacksPending: 0,
      attackHolds: false,
      supports: 0,
      supportsPending: 0,
      supportsHolding: 0,
    };
    for (const attack of idsOf(index.attacksOn, id)) {
      const status = regionRelations.has(attack) ? 'open' : labels.relations.get(attack);
      if (status === 'holds') inputs.attackHolds = true;
      else if (status !== 'fails') inputs.attacksPending++;
    }
    for (const support of idsOf(index.supportsOn, id)) {
      const status = regionRelations.has(support) ? 'open' : labels.relations.get(support);
      inputs.supports++;
      if (status === 'holds') inputs.supportsHolding++;
      if (status !== 'fails') inputs.supportsPending++;
    }
    nodeInputs.set(id, inputs);
    const status = nodeRule(map.nodes[id], inputs);
    if (status !== 'open') {
      labels.nodes.set(id, status);
      decidedNodes.push(id);
    }
  }

  // Each element counted only the inputs decided outside the region (those inside were open when
  // it counted, or are read as open): every decision inside the region is told to the open
  // elements that read it exactly once, below.
  const decideRelation = (id: RelationId, inputs: RelationInputs): void => {
    const status = relationRule(inputs);
    if (status === 'open') return;
    labels.relations.set(id, status);
    decidedRelations.push(id);
  };
  while (decidedNodes.length > 0 || decidedRelations.length > 0) {
    const nodeId = decidedNodes.pop();
    if (nodeId !== undefined) {
      const stands = labels.nodes.get(nodeId) === 'stands';
      for (const relationId of idsOf(index.premiseOf, nodeId)) {
        const inputs = relationInputs.get(relationId);
        if (!inputs || labels.relations.get(relationId) !== 'open') continue;
        if (stands) inputs.premisesPending--;
        else inputs.premiseFalls = true;
        decideRelation(relationId, inputs);
      }
      continue;
    }
    const relationId = decidedRelations.pop()!;
    const relation = map.relations[relationId];
    const holds = labels.relations.get(relationId) === 'holds';
    const to = relation.to;
    if ('relation' in to) {
      const inputs = relationInputs.get(to.relation);
      if (!inputs || labels.relations.get(to.relation) !== 'open') continue;
      if (holds) inputs.undercutHolds = true;
      else inputs.undercutsPending--;
      decideRelation(to.relation, inputs);
      continue;
    }
    const inputs = nodeInputs.get(to.node);
    if (!inputs || labels.nodes.get(to.node) !== 'open') continue;
    if (relation.kind === 'support') {
      if (holds) inputs.supportsHolding++;
      else inputs.supportsPending--;
    } else if (holds) inputs.attackHolds = true;
    else inputs.attacksPending--;
    const status = nodeRule(map.nodes[to.node], inputs);
    if (status !== 'open') {
      labels.nodes.set(to.node, status);
      decidedNodes.push(to.node);
    }
  }
}

/**
 * The grounded labelling of a map, kept between edits: given the next version of the same map
 * (immer keeps unchanged records as they were), it re-labels only what the edit can reach
 * downstream (the changed elements, whatever they bear on, and so on), which is all that can change.
 */
export class GroundedEvaluator {
  private map: ArgumentMap | undefined;
  private index = new EvaluationIndex();
  private labels: Labels = { nodes: new Map(), relations: new Map() };
  private last: Evaluation | undefined;

  /** The index of the map last evaluated (for explanations). */
  get relationsIndex(): EvaluationIndex {
    return this.index;
  }

  evaluate(map: ArgumentMap): Evaluation {
    if (map === this.map && this.last) return this.last;
    if (!this.map) this.full(map);
    else this.incremental(this.map, map);
    this.map = map;
    this.last = { nodes: new Map(this.labels.nodes), relations: new Map(this.labels.relations) };
    return this.last;
  }

  private full(map: ArgumentMap): void {
    this.index = new EvaluationIndex(map);
    this.labels = { nodes: new Map(), relations: new Map() };
    const nodes = new Set(Object.keys(map.nodes) as NodeId[]);
    const relations = new Set(Object.keys(map.relations) as RelationId[]);
    labelRegion(map, this.index, this.labels, nodes, relations);
  }

  private incremental(before: ArgumentMap, after: ArgumentMap): void {
    const seedNodes = new Set<NodeId>();
    const seedRelations = new Set<RelationId>();
    const seedTarget = (relation: Relation): void => {
      const to = relation.to;
      if ('node' in to) {
        if (Object.hasOwn(after.nodes, to.node)) seedNodes.add(to.node);
      } else if (Object.hasOwn(after.relations, to.relation)) seedRelations.add(to.relation);
    };
    if (before.relations !== after.relations) {
      for (const id of Object.keys(before.relations) as RelationId[]) {
        const old = before.relations[id];
        const now = Object.hasOwn(after.relations, id) ? after.relations[id] : undefined;
        if (old === now) continue;
        this.index.remove(old);
        seedTarget(old);
        if (!now) {
          this.labels.relations.delete(id);
          this.index.undercutsOn.delete(id);
        }
      }
      for (const id of Object.keys(after.relations) as RelationId[]) {
        const now = after.relations[id];
        const old = Object.hasOwn(before.relations, id) ? before.relations[id] : undefined;
        if (old === now) continue;
        this.index.add(now);
        seedRelations.add(id);
        seedTarget(now);
      }
    }
    if (before.nodes !== after.nodes) {
      for (const id of Object.keys(before.nodes) as NodeId[]) {
        if (!Object.hasOwn(after.nodes, id)) {
          this.labels.nodes.delete(id);
          this.index.premiseOf.delete(id);
          this.index.supportsOn.delete(id);
          this.index.attacksOn.delete(id);
        }
      }
      for (const id of Object.keys(after.nodes) as NodeId[]) {
        const now = after.nodes[id];
        const old = Object.hasOwn(before.nodes, id) ? before.nodes[id] : undefined;
        if (old !== now && old?.mark !== now.mark) seedNodes.add(id);
        else if (!old) seedNodes.add(id);
      }
    }
    if (seedNodes.size === 0 && seedRelations.size === 0) return;
    const { nodes, relations } = this.downstream(after, seedNodes, seedRelations);
    labelRegion(after, this.index, this.labels, nodes, relations);
  }

  /** The seeds and everything they bear on, directly or through others. */
  private downstream(
    map: ArgumentMap,
    nodes: Set<NodeId>,
    relations: Set<RelationId>,
  ): { nodes: Set<NodeId>; relations: Set<RelationId> } {
    const nodeQueue = [...nodes];
    const relationQueue = [...relations];
    while (nodeQueue.length > 0 || relationQueue.length > 0) {
      const node = nodeQueue.pop();
      if (node !== undefined) {
        for (const relation of idsOf(this.index.premiseOf, node)) {
          if (relations.has(relation)) continue;
          relations.add(relation);
          relationQueue.push(relation);
        }
        continue;
      }
      const to = map.relations[relationQueue.pop()!].to;
      if ('node' in to) {
        if (nodes.has(to.node)) continue;
        nodes.add(to.node);
        nodeQueue.push(to.node);
      } else if (!relations.has(to.relation)) {
        relations.add(to.relation);
        relationQueue.push(to.relation);
      }
    }
    return { nodes, relations };
  }
}

/** The grounded labelling of a map, from scratch. */
export function evaluateGrounded(map: ArgumentMap): Evaluation {
  return new GroundedEvaluator().evaluate(map);
}
