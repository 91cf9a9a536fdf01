import { asNodeId, type NodeId } from '../../model/ids';
import { RelationKind, type OriginalRelationKind } from '../../model/kinds';
import { LIMITS } from '../../schema/argumentMapSchema';
import { plural, type ReportBuilder } from '../interop';
import type { AifNodeRecord } from './aifDocument';
import { type AifGraph, sourcesOf, targetsOf, typeOf } from './aifGraph';
import { readRelationExtension } from './argmapExtension';
import type { RelationBuilder } from './relationBuilder';

/** The S node types that bear on propositions: inference, conflict, rephrase, preference. */
export const ARGUMENT_TYPES: ReadonlySet<string> = new Set(['RA', 'CA', 'MA', 'PA']);

const NAMES: Record<string, string> = { RA: 'inference', CA: 'conflict', MA: 'rephrase', PA: 'preference' };
/** "2 inferences (RA)": report lines name the AIF type so a reader can find the nodes in the file. */
const counted = (type: string, n: number): string => `${plural(n, NAMES[type] ?? 'node')} (${type})`;

interface PendingUndercut {
  sNode: AifNodeRecord;
  premises: NodeId[];
  sTargets: string[];
  createdAny: boolean;
}

/**
 * Turns S nodes into relations: an RA into one support per conclusion (all its premises together,
 * a linked argument), an MA into a support marked as a rephrase, a CA on an I node into an attack
 * and a CA on an S node into undercuts of the relations that S node became. Every S node that
 * cannot be carried over is counted in the report.
 */
export function importRelations(
  graph: AifGraph,
  statementOf: ReadonlyMap<string, NodeId>,
  builder: RelationBuilder,
  report: ReportBuilder,
): void {
  const pending: PendingUndercut[] = [];
  const drop = (sNode: AifNodeRecord, key: string, why: string): void => {
    report.dropped(`${sNode.type}-${key}`, (n) => `${counted(sNode.type, n)} ${why} dropped`);
    builder.settle(sNode, false);
  };

  for (const sNode of graph.nodes.values()) {
    if (!ARGUMENT_TYPES.has(sNode.type)) continue;
    if (sNode.type === 'PA') {
      drop(sNode, 'unsupported', 'between statements (Argmap has no preference relation)');
      continue;
    }
    const isConflict = sNode.type === 'CA';
    const premises = premisesOf(graph, sNode, statementOf, report);
    const conclusions = targetsOf(graph, sNode.id).filter((id) => statementOf.has(id));
    const sTargets = targetsOf(graph, sNode.id).filter((id) => ARGUMENT_TYPES.has(typeOf(graph, id) ?? ''));
    if (!isConflict && sTargets.length > 0) {
      // Only a conflict can bear on an inference (an undercut); an RA or MA pointing at one has no counterpart.
      report.dropped(
        'inference-into-s',
        (n) => `${plural(n, 'connection')} from an inference or rephrase into another S node ignored`,
        sTargets.length,
      );
    }
    if (premises.length === 0) {
      drop(sNode, 'no-premise', 'without a premise');
      continue;
    }
    if (conclusions.length === 0 && (!isConflict || sTargets.length === 0)) {
      drop(sNode, 'no-conclusion', isConflict ? 'without a target' : 'without a conclusion');
      continue;
    }
    if (conclusions.length > 1) {
      report.approximated(
        `${sNode.type}-split`,
        (n) => `${counted(sNode.type, n)} with several conclusions split into one relation per conclusion`,
      );
    }
    const kind = isConflict ? RelationKind.attack : RelationKind.support;
    const original = originalOf(sNode);
    let createdAny = false;
    for (const conclusion of conclusions) {
      const target = statementOf.get(conclusion)!;
      const from = premises.filter((premise) => premise !== target);
      if (from.length < premises.length && from.length > 0) {
        report.dropped('self-premise', (n) => `${plural(n, 'premise')} identical to the conclusion ignored`);
      }
      if (from.length > 0) createdAny = builder.add(sNode, kind, from, { node: target }, original) || createdAny;
    }
    if (isConflict && sTargets.length > 0) {
      pending.push({ sNode, premises, sTargets, createdAny });
    } else if (builder.relationsOf(sNode.id).length === 0) {
      drop(sNode, 'self', 'whose only premise is its own conclusion');
    } else {
      builder.settle(sNode, createdAny);
      if (sNode.type === 'MA') {
        report.approximated(
          'MA',
          (n) => `${counted('MA', n)} drawn as ${n === 1 ? 'a support' : 'supports'} marked "rephrase"`,
        );
      }
    }
  }
  resolveUndercuts(pending, builder, report);
}

/** The distinct statements an S node draws on, at most as many as a relation may hold. */
function premisesOf(
  graph: AifGraph,
  sNode: AifNodeRecord,
  statementOf: ReadonlyMap<string, NodeId>,
  report: ReportBuilder,
): NodeId[] {
  const premises = sourcesOf(graph, sNode.id)
    .filter((id) => statementOf.has(id))
    .map((id) => statementOf.get(id)!);
  if (premises.length > LIMITS.premises) {
    report.dropped(
      'premise-limit',
      (n) => `${plural(n, 'premise')} beyond the ${LIMITS.premises} a relation can hold dropped`,
      premises.length - LIMITS.premises,
    );
  }
  return premises.slice(0, LIMITS.premises).map(asNodeId);
}

/** The finer kind: AIF's MA is a rephrase; Argmap's own extension restores contrary, entails, …. */
function originalOf(sNode: AifNodeRecord): OriginalRelationKind | undefined {
  return sNode.type === 'MA' ? 'rephrase' : readRelationExtension(sNode.argmap)?.original;
}

/**
 * A CA on an S node undercuts the relations that S node became. A CA may undercut another CA,
 * so they are resolved in rounds, each CA once all the CAs it targets are done; CAs left
 * waiting on each other form a cycle, which no map can draw.
 */
function resolveUndercuts(pending: PendingUndercut[], builder: RelationBuilder, report: ReportBuilder): void {
  let waiting = pending;
  for (let progress = true; waiting.length > 0 && progress;) {
    progress = false;
    const waitingIds = new Set(waiting.map((p) => p.sNode.id));
    const later: PendingUndercut[] = [];
    for (const undercut of waiting) {
      if (undercut.sTargets.some((id) => waitingIds.has(id) && id !== undercut.sNode.id)) {
        later.push(undercut);
        continue;
      }
      let createdAny = undercut.createdAny;
      for (const sTarget of undercut.sTargets) {
        const targets = builder.relationsOf(sTarget);
        if (targets.length === 0) {
          report.dropped('undercut-lost', (n) => `${plural(n, 'undercut')} (CA) of a dropped S node ignored`);
        }
        for (const relation of targets) {
          createdAny =
            builder.add(undercut.sNode, RelationKind.undercut, undercut.premises, { relation }) || createdAny;
        }
      }
      builder.settle(undercut.sNode, createdAny);
      waitingIds.delete(undercut.sNode.id);
      progress = true;
    }
    waiting = later;
  }
  for (const undercut of waiting) {
    report.dropped('undercut-cycle', (n) => `${plural(n, 'undercut')} (CA) in a cycle of undercuts dropped`);
    builder.settle(undercut.sNode, undercut.createdAny);
  }
}
