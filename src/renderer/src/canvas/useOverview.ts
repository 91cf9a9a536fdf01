import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { SessionState } from '../store/sessionState';
import { selectOnly } from '../store/selection';
import { useEditor, useEditorStore } from '../store/useEditor';
import type { CanvasView } from './canvasView';
import { DETAIL_ZOOM, OVERVIEW_FROM_NODES } from './levelOfDetail';
import { mapBounds, minZoomFor, type Viewport } from './mapGeometry';
import { buildOverviewScene, cardAt, type OverviewScene } from './overviewScene';
import type { OverviewMarks } from './paintOverview';

const NOTHING_HIDDEN: ReadonlySet<NodeId> = new Set();
const NO_DRAG = new Map();
const NO_MEASURES = new Map();
/** A big map starts out zoomed out (as the overview), so React Flow never builds its cards before the map is fitted. */
const BIG_MAP_FIRST_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 0.1 };
const SMALL_MAP_FIRST_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };
/** Screen pixels around a block that a click still counts as on it: a block may be a dot. */
const CLICK_SLACK_PX = 3;

export interface Overview {
  /** Whether the map is drawn as the overview now (React Flow then holds no cards). */
  shown: boolean;
  scene: OverviewScene | null;
  /** A big map's minimap (the overview painted small); null for a small map, whose minimap is React Flow's. */
  minimapScene: OverviewScene | null;
  marks: OverviewMarks;
  /** How far out the view may zoom: far enough to fit the whole map. */
  minZoom: number;
  firstViewport: Viewport;
  /** A click on the overview selects the block under it (or clears the selection over empty space). */
  onPaneClick: (event: React.MouseEvent) => void;
}

/**
 * The level of detail of a big map: below DETAIL_ZOOM it is painted as blocks and lines on a
 * canvas; only crossing that zoom re-renders (React Flow's zoom is read as a yes/no), so wheel
 * zooming within either level costs no React work.
 */
export function useOverview(
  document: ArgumentMap | null,
  session: SessionState,
  hidden: ReadonlySet<NodeId> | undefined,
  finds: Pick<CanvasView, 'matches' | 'currentMatch'> | null,
  context: ReadonlySet<NodeId> | null,
): Overview {
  const store = useEditorStore();
  const flow = useReactFlow();
  const documentId = useEditor((state) => state.documentId);
  const nodeCount = document ? Object.keys(document.nodes).length : 0;
  const big = nodeCount > OVERVIEW_FROM_NODES;
  const zoomedOut = useStore((state) => state.transform[2] < DETAIL_ZOOM);
  // Until the pane is measured (and the map fitted), a big map stays the overview.
  const paneWidth = useStore((state) => state.width);
  const paneHeight = useStore((state) => state.height);
  const shown = big && (zoomedOut || paneWidth <= 0);
  const [firstViewport] = useState(() => (big ? BIG_MAP_FIRST_VIEWPORT : SMALL_MAP_FIRST_VIEWPORT));

  const { measured, dragPositions, selected } = session;
  // Rebuilt from the map a moment after an edit (a deferred render): the key's own frame never waits
  // for the blocks of 10,000 cards; the overview shows the change in the frames after.
  const sceneMap = useDeferredValue(document);
  const scene = useMemo(
    () =>
      shown && sceneMap ? buildOverviewScene(sceneMap, { measured, dragPositions }, hidden ?? NOTHING_HIDDEN) : null,
    [shown, sceneMap, measured, dragPositions, hidden],
  );
  // The minimap's scene follows edits a moment later (a deferred render, and not in the first
  // frame of a map just opened), never delaying the edit itself; while the overview is drawn, it is the overview's.
  const later = useDeferredValue(document, null);
  const wantsMinimap = big && session.panels.minimap;
  const overviewServes = scene !== null && (hidden?.size ?? 0) === 0;
  const laterScene = useMemo(
    () =>
      wantsMinimap && !overviewServes && later
        ? buildOverviewScene(later, { measured, dragPositions: NO_DRAG }, NOTHING_HIDDEN)
        : null,
    [wantsMinimap, overviewServes, later, measured],
  );
  const minimapScene = wantsMinimap ? (overviewServes ? scene : laterScene) : null;
  const matches = finds?.matches;
  const currentMatch = finds?.currentMatch ?? null;
  const marks = useMemo<OverviewMarks>(
    () => ({ selected, matches: matches ?? NOTHING_HIDDEN, currentMatch, context }),
    [selected, matches, currentMatch, context],
  );
  // How far out zoom may go is worked out when a map opens or its size doubles or halves, not on
  // every edit (it is a whole-map walk); it leaves room to spare for a map that grows by moving.
  const sizeClass = nodeCount === 0 ? 0 : Math.floor(Math.log2(nodeCount));
  const bounds = useMemo(
    () => {
      const map = store.getState().document;
      return map && sizeClass > 0 ? mapBounds(map, { measured: NO_MEASURES, dragPositions: NO_DRAG }) : null;
    },
    // The store is read, not the map: a new map object (every edit) must not redo the walk.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, sizeClass, documentId],
  );
  const minZoom = minZoomFor(bounds, { width: paneWidth, height: paneHeight });

  const onPaneClick = useCallback(
    (event: React.MouseEvent) => {
      if (!scene) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const hit = cardAt(scene, at.x, at.y, CLICK_SLACK_PX / flow.getViewport().zoom);
      selectOnly(store, hit ? [hit] : []);
    },
    [flow, scene, store],
  );
  return { shown, scene, minimapScene, marks, minZoom, firstViewport, onPaneClick };
}
