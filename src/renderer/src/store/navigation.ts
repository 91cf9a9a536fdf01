import type { NodeId } from '../../../shared/model/ids';
import { primaryParents, treeChildren } from '../../../shared/model/graph';
import type { EditorStore } from './editorStore';
import { hiddenNodes } from './structureActions';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node Alt+arrow walks to from the selected one, in the map's one tree (as the
 * outline shows it): up to its parent, down to its first premise, left and right
 * among its siblings as they stand on the canvas. A cross-link is not a path.
 */
export function neighbour(store: EditorStore, direction: Direction): NodeId | null {
  const { document, session } = store.getState();
  // The node selected last is where the walk continues, so Shift+Alt+arrows can grow a selection.
  const at = [...session.selected].at(-1);
  if (!document || !at) return null;
  const hidden = hiddenNodes(document, session.collapsed);
  const byX = (ids: readonly NodeId[]) =>
    ids.filter((id) => !hidden.has(id)).sort((a, b) => document.nodes[a].position.x - document.nodes[b].position.x);
  const parent = primaryParents(document).get(at);
  const children = treeChildren(document);
  if (direction === 'up') return parent ?? null;
  if (direction === 'down') return byX(children.get(at) ?? [])[0] ?? null;
  const siblings = parent ? byX(children.get(parent) ?? []) : [];
  const index = siblings.indexOf(at);
  if (index < 0) return null;
  return siblings[index + (direction === 'left' ? -1 : 1)] ?? null;
}
