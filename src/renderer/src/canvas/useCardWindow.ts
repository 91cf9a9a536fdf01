import { useEffect, useMemo, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { SessionState } from '../store/sessionState';
import { cardRect, type Rect } from './mapGeometry';

/** Room around the view (in panes) whose cards are built too, so panning a little builds nothing. */
const REACH = 0.75;

/** The part of the map in view, widened by REACH panes on each side; null before the pane has a size. */
function windowAround(transform: [number, number, number], width: number, height: number): Rect | null {
  const [x, y, zoom] = transform;
  if (width <= 0 || height <= 0) return null;
  const viewWidth = width / zoom;
  const viewHeight = height / zoom;
  return {
    x: -x / zoom - viewWidth * REACH,
    y: -y / zoom - viewHeight * REACH,
    width: viewWidth * (1 + 2 * REACH),
    height: viewHeight * (1 + 2 * REACH),
  };
}

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * On a big map, the cards handed to React Flow: those in or near the view, plus the selected ones
 * and the one being typed in. React Flow processes every node it is given on each change (a
 * thousand cards cost it seconds on our machines), so it is given about what the screen shows, and
 * a new set only when the view moves past the built margin or the zoom changes much. Null: all cards.
 */
export function useCardWindow(
  document: ArgumentMap | null,
  session: SessionState,
  active: boolean,
): ReadonlySet<NodeId> | undefined {
  const flowStore = useStoreApi();
  const [area, setArea] = useState<Rect | null>(null);
  useEffect(() => {
    if (!active) return;
    const follow = (): void => {
      const { transform, width, height } = flowStore.getState();
      const view = windowAround(transform, width, height);
      if (!view) return;
      const inView = {
        x: -transform[0] / transform[2],
        y: -transform[1] / transform[2],
        width: width / transform[2],
        height: height / transform[2],
      };
      setArea((old) =>
        // Kept while the view stays inside it and the zoom has not changed by more than a quarter.
        old && contains(old, inView) && old.width / view.width < 1.25 && view.width / old.width < 1.25 ? old : view,
      );
    };
    follow();
    return flowStore.subscribe(follow);
  }, [active, flowStore]);

  const { selected, editing, dragPositions, measured } = session;
  const editingId = editing?.id;
  return useMemo(() => {
    if (!active || !document) return undefined;
    const only = new Set<NodeId>();
    if (area) {
      for (const node of Object.values(document.nodes)) {
        if (overlaps(area, cardRect(node, { dragPositions, measured }))) only.add(node.id);
      }
    }
    for (const id of selected) if (document.nodes[id]) only.add(id);
    if (editingId && document.nodes[editingId]) only.add(editingId);
    return only;
  }, [active, document, area, selected, editingId, dragPositions, measured]);
}
