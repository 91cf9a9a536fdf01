import type { OutlineEntry } from '../../../shared/formats/outline';
import type { NodeId } from '../../../shared/model/ids';
import type { NodeKind, RelationKind } from '../../../shared/model/kinds';

/** One visible line of the outline, with what a WAI-ARIA tree needs to describe it. */
export interface OutlineRow {
  id: NodeId;
  kind: NodeKind;
  text: string;
  /** 0 for a root. aria-level is depth + 1. */
  depth: number;
  /** How the node bears on its parent; absent for a root. */
  relationKind?: RelationKind;
  /** Whether the node is one of several premises that count only together. */
  linked: boolean;
  parent?: NodeId;
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset, aria-setsize). */
  posInSet: number;
  setSize: number;
}

/**
 * The rows the outline shows: every entry, minus what hangs below a collapsed
 * row. Entries come in pre-order, so a subtree is the run of deeper entries after it.
 */
export function visibleRows(entries: readonly OutlineEntry[], collapsed: ReadonlySet<NodeId>): OutlineRow[] {
  const siblings = new Map<NodeId | undefined, number>();
  const posInSet = entries.map((entry) => {
    const position = (siblings.get(entry.parent) ?? 0) + 1;
    siblings.set(entry.parent, position);
    return position;
  });
  const rows: OutlineRow[] = [];
  let hideDeeperThan: number | null = null;
  entries.forEach((entry, index) => {
    if (hideDeeperThan !== null && entry.depth > hideDeeperThan) return;
    hideDeeperThan = null;
    const expanded = !collapsed.has(entry.node.id);
    if (entry.hasChildren && !expanded) hideDeeperThan = entry.depth;
    rows.push({
      id: entry.node.id,
      kind: entry.node.kind,
      text: entry.node.text,
      depth: entry.depth,
      relationKind: entry.relation?.kind,
      linked: (entry.relation?.from.length ?? 0) > 1,
      parent: entry.parent,
      hasChildren: entry.hasChildren,
      expanded,
      posInSet: posInSet[index],
      setSize: siblings.get(entry.parent) ?? 1,
    });
  });
  return rows;
}

/** What a key does in the outline: move the focus to a row, or fold or unfold the focused one. */
export type OutlineMove =
  { type: 'focus'; index: number } | { type: 'expand'; id: NodeId } | { type: 'collapse'; id: NodeId } | null;

/** Rows a PageUp/PageDown jumps. */
const PAGE = 10;

/** The WAI-ARIA tree keys: arrows, Home/End, PageUp/PageDown. Null for any other key. */
export function outlineMove(rows: readonly OutlineRow[], index: number, key: string): OutlineMove {
  if (rows.length === 0) return null;
  const at = Math.min(Math.max(index, 0), rows.length - 1);
  const row = rows[at];
  const focus = (to: number): OutlineMove => ({ type: 'focus', index: Math.min(Math.max(to, 0), rows.length - 1) });
  switch (key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(rows.length - 1);
    case 'PageDown':
      return focus(at + PAGE);
    case 'PageUp':
      return focus(at - PAGE);
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return row.expanded ? focus(at + 1) : { type: 'expand', id: row.id };
    case 'ArrowLeft': {
      if (row.hasChildren && row.expanded) return { type: 'collapse', id: row.id };
      const parent = row.parent === undefined ? -1 : rows.findIndex((r) => r.id === row.parent);
      return parent >= 0 ? focus(parent) : null;
    }
    default:
      return null;
  }
}

/**
 * Type-ahead: the next row (after `from`, wrapping) whose text starts with what
 * was typed, ignoring case; -1 when none does.
 */
export function typeaheadIndex(rows: readonly OutlineRow[], from: number, typed: string): number {
  const prefix = typed.toLocaleLowerCase();
  if (!prefix) return -1;
  // A repeated single letter cycles through the rows starting with it; a longer prefix refines in place.
  const start = typed.length > 1 ? from : from + 1;
  for (let step = 0; step < rows.length; step++) {
    const index = (start + step) % rows.length;
    if (rows[index].text.trimStart().toLocaleLowerCase().startsWith(prefix)) return index;
  }
  return -1;
}
