import { plural, type ReportBuilder } from '../interop';
import type { AifInput } from './aifDocument';
import type { AifGraph } from './aifGraph';
import type { RelationBuilder } from './relationBuilder';

// AIFdb names an S node by its scheme; these names say no more than the node's type does.
const SAYS_NOTHING = /^(|RA|CA|MA|PA|default (inference|conflict|rephrase|preference))$/i;
const SHOWN_NAMES = 4;

/**
 * Counts the argumentation schemes ("Expert Opinion", "Cause To Effect") of S nodes that became
 * relations: a relation has no place for a scheme, so they are reported as dropped, with a few names.
 */
export function reportSchemes(graph: AifGraph, input: AifInput, builder: RelationBuilder, report: ReportBuilder): void {
  const names = new Set<string>();
  let count = 0;
  for (const node of graph.nodes.values()) {
    if (builder.relationsOf(node.id).length === 0) continue;
    const name = [node.scheme, node.text].map((s) => s?.trim() ?? '').find((s) => !SAYS_NOTHING.test(s));
    if (name === undefined && !input.fulfilledSchemes.has(node.id)) continue;
    count += 1;
    if (name !== undefined) names.add(name);
  }
  if (count === 0) return;
  const shown = [...names].slice(0, SHOWN_NAMES).join(', ') + (names.size > SHOWN_NAMES ? ', …' : '');
  report.dropped(
    'scheme',
    (n) =>
      `${n === 1 ? 'Argumentation scheme' : 'Argumentation schemes'} of ${plural(n, 'relation')} dropped ` +
      `(a map has no schemes)${shown ? `: ${shown}` : ''}`,
    count,
  );
}
