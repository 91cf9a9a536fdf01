import type { ArgNode, ArgumentMap, Relation } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { NODE_KIND_LABELS } from '../model/kinds';
import { anchorNodeOf, primaryParents } from '../model/graph';

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

const byPosition = (a: ArgNode, b: ArgNode): number => a.position.y - b.position.y || a.position.x - b.position.x;
const KIND_RANK: Record<string, number> = { thesis: 0, claim: 1 };

/**
 * The map as an indented tree, in reading order: roots (the thesis first) top to
 * bottom, each node's premises left to right as they stand on the canvas. A node
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
    const anchor = anchorNodeOf(map, relation);
    if (!anchor || !included(anchor)) continue;
    for (const premise of relation.from) {
      if (parents.get(premise) !== anchor || !included(premise) || hasParent.has(premise)) continue;
      childLinks.set(anchor, [...(childLinks.get(anchor) ?? []), { child: premise, relation }]);
      hasParent.add(premise);
    }
  }
  const nodes = Object.values(map.nodes).filter((node) => included(node.id));
  const roots = nodes
    .filter((node) => !hasParent.has(node.id))
    .sort((a, b) => (KIND_RANK[a.kind] ?? 2) - (KIND_RANK[b.kind] ?? 2) || byPosition(a, b));
  const entries: OutlineEntry[] = [];
  const visited = new Set<NodeId>();
  const visit = (node: ArgNode, depth: number, relation?: Relation, parent?: NodeId): void => {
    visited.add(node.id);
    const links = (childLinks.get(node.id) ?? [])
      .filter((link) => !visited.has(link.child))
      .sort((a, b) => byPosition(map.nodes[a.child], map.nodes[b.child]));
    const entry: OutlineEntry = { node, depth, relation, parent, hasChildren: false };
    entries.push(entry);
    for (const link of links) {
      if (visited.has(link.child)) continue;
      entry.hasChildren = true;
      visit(map.nodes[link.child], depth + 1, link.relation, node.id);
    }
  };
  for (const root of roots) visit(root, 0);
  for (const node of [...nodes].sort(byPosition)) if (!visited.has(node.id)) visit(node, 0);
  return entries;
}

/** "Reason" for a support, "Objection" for an attack…: the node's kind label, as a prefix the parser reads back. */
export const outlineLabel = (node: ArgNode): string => NODE_KIND_LABELS[node.kind];

/** The map as plain text, two spaces per level: `Thesis: …`, `  Reason: …`. Multi-line texts are joined. */
export function plainTextOutline(map: ArgumentMap, only?: ReadonlySet<NodeId>): string {
  return outlineEntries(map, only)
    .map(({ node, depth }) => `${'  '.repeat(depth)}${outlineLabel(node)}: ${node.text.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}

/** Characters Markdown would read as formatting at the start of or inside a list item's text. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * The map as a Markdown document for speaker notes and handouts: the title as a heading, the
 * description beneath, then the outline as a nested list with each node's kind in bold. Notes
 * and quoted sources follow their node as indented paragraphs.
 */
export function markdownOutline(map: ArgumentMap): string {
  const lines = [`# ${escapeMarkdown(map.meta.title)}`, ''];
  const byline = [map.meta.author, map.meta.date].filter(Boolean).join(', ');
  if (byline) lines.push(`_${escapeMarkdown(byline)}_`, '');
  if (map.meta.description) lines.push(escapeMarkdown(map.meta.description), '');
  for (const { node, depth } of outlineEntries(map)) {
    const indent = '  '.repeat(depth);
    const text = escapeMarkdown(node.text.trim()).replace(/\s*\n\s*/g, ' ') || '_(empty)_';
    lines.push(`${indent}- **${outlineLabel(node)}:** ${text}`);
    if (node.source) lines.push(`${indent}  > ${escapeMarkdown(node.source.quote).replace(/\s*\n\s*/g, ' ')}`);
    if (node.notes) lines.push(`${indent}  _Note:_ ${escapeMarkdown(node.notes).replace(/\s*\n\s*/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
