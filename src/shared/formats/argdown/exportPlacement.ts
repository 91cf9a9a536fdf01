import type { ArgumentMap } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { oneLine } from './argdownSyntax';
import type { ExportPlan } from './exportPlan';
import { reconstructionLines } from './exportReconstruction';
import { plainRelations } from './exportRelations';

/** Nodes a plain relation refers to by title: its target, or the argument an undercut is written against. */
function referencedByRelations(map: ArgumentMap, plan: ExportPlan): Set<NodeId> {
  return new Set(
    plainRelations(map, plan).map((relation) =>
      'node' in relation.to ? relation.to.node : map.relations[relation.to.relation]?.from[0],
    ),
  );
}

/**
 * Statements written inside the one reconstruction they belong to (`(1) text`), as Argdown
 * authors do, rather than defined apart and referred to: those on one line of one
 * reconstruction that have no relation of their own.
 */
export function inlineStatements(map: ArgumentMap, plan: ExportPlan): Set<NodeId> {
  const lines = new Map<NodeId, number>();
  for (const reconstruction of plan.reconstructions) {
    reconstructionLines(reconstruction, (id) => {
      lines.set(id, (lines.get(id) ?? 0) + 1);
      return '';
    });
  }
  // A node with relations of its own needs a block of its own to write them under.
  const elsewhere = referencedByRelations(map, plan);
  for (const relation of plainRelations(map, plan)) for (const premise of relation.from) elsewhere.add(premise);
  return new Set([...lines].filter(([id, count]) => count === 1 && !elsewhere.has(id)).map(([id]) => id));
}

/** Nodes Argdown must name: arguments, statements referred to by title, and those without text. */
export function nodesNeedingTitles(map: ArgumentMap, plan: ExportPlan, inline: ReadonlySet<NodeId>): Set<NodeId> {
  const needed = referencedByRelations(map, plan);
  for (const node of Object.values(map.nodes)) {
    if (plan.roles.get(node.id) === 'argument' || !oneLine(node.text)) needed.add(node.id);
  }
  for (const step of plan.reconstructions.flatMap((r) => r.steps)) {
    for (const member of [...step.from, ...('node' in step.to ? [step.to.node] : [])]) {
      if (!inline.has(member)) needed.add(member);
    }
  }
  return needed;
}
