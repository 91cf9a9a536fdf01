import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { NodeId } from '../../../shared/model/ids';
import type { EditorStore } from '../store/editorStore';
import { useEditor, useEditorStore } from '../store/useEditor';
import { hiddenNodes } from '../store/structureActions';
import { cardRect, centredOn, fitViewport, mapBounds, unionOf, type Insets, type Rect } from './mapGeometry';

/** Width of the column the legend floats in, over the canvas's right edge. */
const OVERLAY_COLUMN = 294;
const MARGIN = 32;

/**
 * Room kept around a fitted map: clear of the floating legend (the minimap only takes a corner,
 * not worth a whole column of a narrow canvas).
 */
export function fitInsets(legendShown: boolean): Insets {
  return { top: MARGIN, bottom: MARGIN, left: MARGIN, right: legendShown ? OVERLAY_COLUMN : MARGIN };
}

/** A fitted map is never zoomed in past 100%: a small map stays at its natural size. */
const FIT_MAX_ZOOM = 1;

/** The rectangle of the cards the folds leave on the map, from the document (React Flow may hold none of them). */
function shownBounds(store: EditorStore): Rect | null {
  const { document, session } = store.getState();
  if (!document) return null;
  return mapBounds(document, session, hiddenNodes(document, session.collapsed));
}

/** The size of React Flow's pane on screen. */
export function usePaneSize(): () => { width: number; height: number } {
  const flowStore = useStoreApi();
  return useCallback(() => {
    const { width, height } = flowStore.getState();
    return { width, height };
  }, [flowStore]);
}

/**
 * Fits the whole map into the window, around whichever overlays are shown now. Computed from the
 * document, not from React Flow's nodes: at low zoom on a big map the canvas holds no DOM cards at all.
 */
export function useFitMap(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useEditorStore();
  const paneSize = usePaneSize();
  return useCallback(
    (duration = 200) => {
      const bounds = shownBounds(store);
      const pane = paneSize();
      if (!bounds || pane.width <= 0) return;
      const insets = fitInsets(store.getState().session.panels.legend);
      void flow.setViewport(fitViewport(bounds, pane, insets, FIT_MAX_ZOOM), { duration });
    },
    [flow, store, paneSize],
  );
}

/** Fits each map opened, as soon as the pane has a size: the first one as the canvas mounts, later ones as they arrive. */
export function useFitOpenedMaps(): void {
  const fitMap = useFitMap();
  const flowStore = useStoreApi();
  // Main numbers every map it opens: a new number is a new map, even one read again from the same file.
  const documentId = useEditor((state) => state.documentId);
  const hasNodes = useEditor((state) => Object.keys(state.document?.nodes ?? {}).length > 0);
  const fitted = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (fitted.current === documentId) return;
    const fit = (): boolean => {
      if (flowStore.getState().width <= 0) return false;
      fitted.current = documentId;
      // An empty map must not jump to fit its first node where the user put it.
      if (hasNodes) fitMap(0);
      return true;
    };
    if (fit()) return;
    return flowStore.subscribe(() => void (fitted.current !== documentId && fit()));
  }, [documentId, fitMap, flowStore, hasNodes]);
}

/** Zooms to 100% around the selected nodes, or around the middle of the view when none is selected. */
export function useActualSize(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useEditorStore();
  const paneSize = usePaneSize();
  return useCallback(
    (duration = 200) => {
      const { document, session } = store.getState();
      const rects = [...session.selected].flatMap((id: NodeId) => {
        const node = document?.nodes[id];
        return node ? [cardRect(node, session)] : [];
      });
      const bounds = unionOf(rects);
      if (!bounds) {
        void flow.zoomTo(1, { duration });
        return;
      }
      void flow.setViewport(centredOn(bounds, paneSize(), 1), { duration });
    },
    [flow, store, paneSize],
  );
}
