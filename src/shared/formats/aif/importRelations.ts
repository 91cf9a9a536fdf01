import { asNodeId, type NodeId } from '../../model/ids';
import { OriginalRelationKind, RelationKind } from '../../model/kinds';
import { LIMITS } from '../../schema/argumentMapSchema';
import { oneOrMany, plural, type ReportBuilder } from '../interop';
import type { AifNodeRecord } from './aifDocument';
import { appendTo, type AifGraph, sourcesOf, targetsOf, typeOf } from './aifGraph';
import { fitsRelationKind, readRelationExtension } from './argmapExtension';
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
    // A CA that bears only on S nodes becomes undercuts, which carry no finer kind.
    const original = originalOf(sNode, conclusions.length > 0 ? kind : RelationKind.undercut, report);
    let createdAny = false;
    for (const conclusion of conclusions) {
      const target = statementOf.get(conclusion)!;
      const from = premises.filter((premise) => premise !== target);
      if (from.length < premises.length && from.length > 0) {
        report.dropped(
          'self-premise',
          (n) => `${plural(n, 'premise')} identical to ${n === 1 ? 'its conclusion' : 'their conclusions'} ignored`,
        );
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
        report.approximated('MA', (n) => `${counted('MA', n)} drawn as ${oneOrMany(n, 'support')} marked "rephrase"`);
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

/**
 * The finer kind: AIF's MA is a rephrase; Argmap's own extension restores contrary, entails, … where
 * it fits the relation the S node becomes (an RA marked "contradictory" is still a support).
 */
function originalOf(sNode: AifNodeRecord, kind: RelationKind, report: ReportBuilder): OriginalRelationKind | undefined {
  const written = readRelationExtension(sNode.argmap, report)?.original;
  const original = sNode.type === 'MA' ? OriginalRelationKind.rephrase : written;
  if (written !== undefined && (written !== original || !fitsRelationKind(kind, written))) {
    report.approximated(
      'original-mismatch',
      (n) =>
        `${plural(n, 'relation kind')} in Argmap’s own ${n === 1 ? 'field' : 'fields'} that did not match ` +
        `${n === 1 ? 'the AIF node' : 'the AIF nodes'} ignored`,
    );
  }
  return original && fitsRelationKind(kind, original) ? original : undefined;
}

/**
 * A CA on an S node undercuts the relations that S node became. A CA may undercut another CA,
 * so each CA is resolved once all the CAs it targets are (in dependency order, linear in the CAs and
 * their targets); CAs left waiting on each other form a cycle, which no map can draw.
 */
function resolveUndercuts(pending: PendingUndercut[], builder: RelationBuilder, report: ReportBuilder): void {
  const isPending = new Set(pending.map((p) => p.sNode.id));
  const waitingFor = new Map<string, number>();
  const waitedOnBy = new Map<string, PendingUndercut[]>();
  const ready: PendingUndercut[] = [];
  for (const undercut of pending) {
    const awaited = undercut.sTargets.filter((id) => isPending.has(id) && id !== undercut.sNode.id);
    for (const id of awaited) appendTo(waitedOnBy, id, undercut);
    waitingFor.set(undercut.sNode.id, awaited.length);
    if (awaited.length === 0) ready.push(undercut);
  }
  for (let i = 0; i < ready.length; i += 1) {
    const undercut = ready[i];
    let createdAny = undercut.createdAny;
    for (const sTarget of undercut.sTargets) {
      const targets = builder.relationsOf(sTarget);
      if (targets.length === 0) {
        report.dropped(
          'undercut-lost',
          (n) => `${plural(n, 'undercut')} (CA) of ${n === 1 ? 'a dropped S node' : 'dropped S nodes'} ignored`,
        );
      }
      for (const relation of targets) {
        createdAny = builder.add(undercut.sNode, RelationKind.undercut, undercut.premises, { relation }) || createdAny;
      }
    }
    builder.settle(undercut.sNode, createdAny);
    for (const next of waitedOnBy.get(undercut.sNode.id) ?? []) {
      const left = waitingFor.get(next.sNode.id)! - 1;
      waitingFor.set(next.sNode.id, left);
      if (left === 0) ready.push(next);
    }
  }
  for (const undercut of pending) {
    if (waitingFor.get(undercut.sNode.id) === 0) continue;
    report.dropped('undercut-cycle', (n) => `${plural(n, 'undercut')} (CA) in a cycle of undercuts dropped`);
    builder.settle(undercut.sNode, undercut.createdAny);
  }
}
