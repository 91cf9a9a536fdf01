import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId, RelationId } from '../model/ids';
import { EvaluationIndex } from './evaluationIndex';
import { explainNode } from './explain';
import { evaluateGrounded } from './grounded';
import { evaluatePreferred } from './preferred';
import type { NodeStatus, RelationStatus } from './statuses';

export type Semantics = 'grounded' | 'preferred';
export const SEMANTICS: readonly Semantics[] = ['grounded', 'preferred'];

/** A map's evaluation as the command line reports it (`argmap evaluate --json`). */
export interface EvaluationReport {
  semantics: Semantics;
  nodes: Record<NodeId, { status: NodeStatus; explanation: string; credulous?: true }>;
  relations: Record<RelationId, RelationStatus>;
}

export type EvaluationReportResult = { ok: true; report: EvaluationReport } | { ok: false; message: string };

/**
 * Every node's status and explanation, and every relation's status. Under the preferred view a
 * node stands if it stands in every preferred labelling, falls if it falls in every one, else is
 * open, and carries `credulous: true` where it stands in at least one; the explanation is the
 * grounded one, with what the preferred view adds.
 */
export function evaluationReport(map: ArgumentMap, semantics: Semantics = 'grounded'): EvaluationReportResult {
  const index = new EvaluationIndex(map);
  const grounded = evaluateGrounded(map);
  const nodes: EvaluationReport['nodes'] = {};
  const relations: EvaluationReport['relations'] = {};
  if (semantics === 'grounded') {
    for (const id of Object.keys(map.nodes) as NodeId[]) {
      const { status, text } = explainNode(map, grounded, index, id);
      nodes[id] = { status, explanation: text };
    }
    for (const [id, status] of grounded.relations) relations[id] = status;
    return { ok: true, report: { semantics, nodes, relations } };
  }
  const preferred = evaluatePreferred(map, grounded, index);
  if (!preferred.available) return { ok: false, message: preferred.reason };
  for (const id of Object.keys(map.nodes) as NodeId[]) {
    const { status, credulous } = preferred.nodes.get(id)!;
    const grounds = explainNode(map, grounded, index, id);
    const explanation =
      grounds.status !== 'open'
        ? grounds.text
        : status === 'stands'
          ? 'Stands in every preferred labelling, though the grounded view leaves it open.'
          : status === 'falls'
            ? 'Falls in every preferred labelling, though the grounded view leaves it open.'
            : credulous
              ? 'Open: it stands in some preferred labellings and not in others (credulously accepted).'
              : 'Open: it stands in no preferred labelling, and does not fall in all of them.';
    nodes[id] = credulous ? { status, explanation, credulous: true } : { status, explanation };
  }
  for (const [id, status] of preferred.relations) relations[id] = status;
  return { ok: true, report: { semantics, nodes, relations } };
}
