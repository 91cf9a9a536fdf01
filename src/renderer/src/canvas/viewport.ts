import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/useEditor';

/** Width of the column the legend floats in, over the canvas's right edge. */
const OVERLAY_COLUMN = '294px';
const MARGIN = '32px';

/**
 * Fit-view options that keep the map clear of the floating legend (the minimap only
 * takes a corner, not worth a whole column of a narrow canvas),
 * and never zoom in past 100% (a small map stays at its natural size).
 */
export function fitViewOptions(legendShown: boolean, duration = 0): FitViewOptions {
  return {
    padding: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: legendShown ? OVERLAY_COLUMN : MARGIN },
    maxZoom: 1,
    duration,
  };
}

/** Fits the whole map into the window, around whichever overlays are shown now. */
export function useFitMap(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useEditorStore();
  return useCallback(
    (duration = 200) => {
      void flow.fitView(fitViewOptions(store.getState().session.panels.legend, duration));
    },
    [flow, store],
  );
}

/** Fits each map opened while the canvas is shown; the canvas fits the one it first shows itself, as it mounts. */
export function useFitOpenedMaps(): void {
  const fitMap = useFitMap();
  // Main numbers every map it opens: a new number is a new map, even one read again from the same file.
  const documentId = useEditor((state) => state.documentId);
  const shown = useRef(documentId);
  useEffect(() => {
    if (documentId === shown.current) return;
    shown.current = documentId;
    // After the new cards are drawn: fitting measures them.
    requestAnimationFrame(() => fitMap(0));
  }, [documentId, fitMap]);
}

/** Zooms to 100% around the selected nodes, or around the middle of the view when none is selected. */
export function useActualSize(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useEditorStore();
  return useCallback(
    (duration = 200) => {
      const selected = [...store.getState().session.selected];
      if (selected.length === 0) {
        void flow.zoomTo(1, { duration });
        return;
      }
      const bounds = flow.getNodesBounds(selected);
      void flow.setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, { zoom: 1, duration });
    },
    [flow, store],
  );
}
