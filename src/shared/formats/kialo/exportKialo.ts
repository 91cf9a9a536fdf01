import type { ArgumentMap, Relation } from '../../model/argumentMap';
import type { NodeId } from '../../model/ids';
import { anchorNodeOf } from '../../model/graph';
import { plural, ReportBuilder, type ExportOutcome } from '../interop';
import { outlineEntries } from '../outline';
import { kialoMarkdown } from './kialoText';

const stanceOf = (relation: Relation | undefined): 'Pro' | 'Con' => (relation?.kind === 'support' ? 'Pro' : 'Con');

/**
 * Writes a map as Kialo's text export (readKialo.ts reads it; Kialo's "import discussion" takes it):
 * the thesis as "1.", every node once under the node it bears on as a Pro (support) or a Con
 * (attack, undercut), and "-> See 1.2." where a node bears on one more. A map with several
 * top-level claims gets its title as the thesis. What Kialo cannot say is in the report.
 */
export function exportKialo(map: ArgumentMap): ExportOutcome {
  const report = new ReportBuilder();
  const entries = outlineEntries(map);
  const roots = entries.filter((entry) => entry.depth === 0);
  const underTitle = roots.length !== 1;
  const title = kialoMarkdown(map.meta.title).replace(/\n/g, ' ') || 'Untitled';
  const lines = [`Discussion Title: ${title}`, ''];
  if (underTitle) {
    lines.push(`1. ${title}`);
    report.approximated(
      'roots',
      (n) =>
        `The map has ${plural(n, 'top-level claim')}: Kialo has one thesis, so the map’s title is the thesis and they are its pros`,
      roots.length,
    );
  }
  const numberOf = new Map<NodeId, string>();
  const children = new Map<string, number>();
  const childNumber = (parent: string): string => {
    const next = (children.get(parent) ?? 0) + 1;
    children.set(parent, next);
    return `${parent}${next}.`;
  };
  for (const entry of entries) {
    const parent = entry.parent === undefined ? (underTitle ? '1.' : '') : numberOf.get(entry.parent)!;
    const number = parent === '' ? '1.' : childNumber(parent);
    numberOf.set(entry.node.id, number);
    const stance = parent === '' ? '' : `${stanceOf(entry.relation)}: `;
    lines.push(`${number} ${stance}${kialoMarkdown(entry.node.text)}`);
    noteLosses(entry.node, entry.relation, report);
  }
  const entryOf = new Map(entries.map((entry) => [entry.node.id, entry]));
  // Every premise a relation has beyond the one the outline put there: a link in Kialo's words.
  for (const relation of Object.values(map.relations)) {
    const anchor = anchorNodeOf(map, relation);
    const target = anchor === undefined ? undefined : numberOf.get(anchor);
    if (target === undefined) continue;
    for (const premise of relation.from) {
      const entry = entryOf.get(premise);
      if (!entry || (entry.parent === anchor && entry.relation === relation)) continue;
      lines.push(`${childNumber(target)} ${stanceOf(relation)}: -> See ${numberOf.get(premise)}`);
    }
  }
  return { text: `${lines.join('\n')}\n`, report: report.lines() };
}

function noteLosses(node: ArgumentMap['nodes'][NodeId], relation: Relation | undefined, report: ReportBuilder): void {
  if (relation && relation.from.length > 1) {
    report.approximated(
      'linked',
      (n) => `${plural(n, 'linked premise')} each written as a claim of its own (Kialo has no linked premises)`,
    );
  }
  if (relation?.kind === 'undercut') {
    report.approximated('undercut', (n) => `${plural(n, 'undercut')} written as a Con of the reason it undercuts`);
  }
  if (node.tags.length > 0 || node.notes || node.title || node.source) {
    report.dropped(
      'details',
      (n) =>
        `Titles, tags, notes and quotes of ${plural(n, 'statement')} were not written (Kialo’s text has no place for them)`,
    );
  }
}
