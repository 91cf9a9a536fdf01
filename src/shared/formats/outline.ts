import { outlineStatuses } from './outlineStatuses';
import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import { primaryParents, treeLinksOf } from '../model/graph';
import { premiseRanks } from '../model/premiseOrder';
import { pushTo } from './lists';
import { plural, ReportBuilder, type ExportOutcome } from './interop';
import { hasLoneSurrogate, reportLoneSurrogates } from './markdownText';

export interface OutlineEntry {
  node: ArgNode;
  depth: number;
  /** How this node bears on its parent in the outline; absent for a root. */
  relation?: Relation;
  /** The parent in the outline; absent for a root. */
  parent?: NodeId;
  /** Whether the entry has children in the outline. */
  hasChildren: boolean;
}

const KIND_RANK: Record<string, number> = { thesis: 0, claim: 1 };

/**
 * The map as an indented tree, in reading order: roots (the thesis first), each node's
 * premises in their stored order (premiseOrder.ts), as the layout draws them left to right; a
 * recommendation under what it follows from. A node
 * bearing on several others appears once, under the first; nodes only reachable
 * through a cycle come last as roots, so every node is listed exactly once.
 */
export function outlineEntries(map: ArgumentMap, only?: ReadonlySet<NodeId>): OutlineEntry[] {
  // The outline panel, find and Connect To… all read the whole map's outline after each edit: build it once.
  if (!only) {
    const known = wholeMapOutlines.get(map);
    if (known) return known;
    const entries = buildOutline(map);
    wholeMapOutlines.set(map, entries);
    return entries;
  }
  return buildOutline(map, only);
}

const wholeMapOutlines = new WeakMap<ArgumentMap, OutlineEntry[]>();

function buildOutline(map: ArgumentMap, only?: ReadonlySet<NodeId>): OutlineEntry[] {
  const included = (id: NodeId): boolean => Boolean(map.nodes[id]) && (!only || only.has(id));
  const childLinks = new Map<NodeId, { child: NodeId; relation: Relation }[]>();
  const hasParent = new Set<NodeId>();
  // The outline is the map's one tree (the canvas folds and deletes subtrees along it too).
  const parents = primaryParents(map);
  for (const relation of Object.values(map.relations)) {
    for (const [child, parent] of treeLinksOf(map, relation)) {
      if (parents.get(child) !== parent || !included(parent) || !included(child) || hasParent.has(child)) continue;
      pushTo(childLinks, parent, { child, relation });
      hasParent.add(child);
    }
  }
  const ranks = premiseRanks(map);
  const byRank = (a: ArgNode, b: ArgNode): number => ranks.get(a.id)! - ranks.get(b.id)!;
  const nodes = Object.values(map.nodes).filter((node) => included(node.id));
  const roots = nodes
    .filter((node) => !hasParent.has(node.id))
    .sort((a, b) => (KIND_RANK[a.kind] ?? 2) - (KIND_RANK[b.kind] ?? 2) || byRank(a, b));
  const entries: OutlineEntry[] = [];
  const visited = new Set<NodeId>();
  // Depth first with an explicit stack: a chain of 20,000 reasons is 20,000 levels deep.
  const stack: { entry: OutlineEntry; links: { child: NodeId; relation: Relation }[]; next: number }[] = [];
  const enter = (node: ArgNode, depth: number, relation?: Relation, parent?: NodeId): void => {
    visited.add(node.id);
    const links = (childLinks.get(node.id) ?? [])
      .filter((link) => !visited.has(link.child))
      .sort((a, b) => byRank(map.nodes[a.child], map.nodes[b.child]));
    const entry: OutlineEntry = { node, depth, relation, parent, hasChildren: false };
    entries.push(entry);
    stack.push({ entry, links, next: 0 });
  };
  const visit = (root: ArgNode): void => {
    enter(root, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const link = top.links[top.next++];
      if (!link) stack.pop();
      else if (!visited.has(link.child)) {
        top.entry.hasChildren = true;
        enter(map.nodes[link.child], top.entry.depth + 1, link.relation, top.entry.node.id);
      }
    }
  };
  for (const root of roots) if (!visited.has(root.id)) visit(root);
  for (const node of [...nodes].sort(byRank)) if (!visited.has(node.id)) visit(node);
  return entries;
}

/** "Reason" for a support, "Objection" for an attack…: the node's kind label, as a prefix the parser reads back. */
export const outlineLabel = (node: ArgNode): string => NODE_KIND_LABELS[node.kind];

/**
 * How many levels the outlines indent. Entries from there down stay at this indentation and
 * name their level ("Reason, level 40:"), so a chain 20,000 long writes 20,000 lines of bounded
 * length, not 400 million spaces; Markdown renderers also stop nesting lists long before.
 */
export const MAX_OUTLINE_INDENT = 32;

/** The indentation and label of an entry: `    Reason`, or `<32 levels>Reason, level 40` deeper down. */
export function placedEntry(entry: OutlineEntry): { indent: string; label: string } {
  const levels = Math.min(entry.depth, MAX_OUTLINE_INDENT);
  const label = outlineLabel(entry.node);
  return {
    indent: '  '.repeat(levels),
    label: entry.depth >= MAX_OUTLINE_INDENT ? `${label}, level ${entry.depth + 1}` : label,
  };
}

/** The map as plain text, two spaces per level: `Thesis: …`, `  Reason: …`, with what it changed. */
export function plainTextOutlineExport(
  map: ArgumentMap,
  only?: ReadonlySet<NodeId>,
  options: { statuses?: boolean } = {},
): ExportOutcome {
  const report = new ReportBuilder();
  const statusOf = outlineStatuses(map, options.statuses);
  const lines = outlineEntries(map, only).map((entry) => {
    const { indent, label } = placedEntry(entry);
    const { text } = entry.node;
    // One line a node is what makes the outline read back (paste): a line break cannot stay.
    if (/[\r\n]/.test(text)) {
      report.approximated(
        'line-breaks',
        (n) => `${plural(n, 'text')} with line breaks written on one line (the outline has one line a node)`,
      );
    }
    if (hasLoneSurrogate(text)) reportLoneSurrogates(report);
    const status = statusOf(entry.node.id);
    return `${indent}${label}${status ? ` (${status})` : ''}: ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  });
  return { text: lines.join('\n'), report: report.lines() };
}

/** {@link plainTextOutlineExport}'s text alone: multi-line texts are joined. */
export const plainTextOutline = (map: ArgumentMap, only?: ReadonlySet<NodeId>): string =>
  plainTextOutlineExport(map, only).text;
