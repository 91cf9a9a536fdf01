import { useEffect, useRef, type MouseEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { paintOverview, type OverviewMarks } from './paintOverview';
import { fitViewport, type Viewport } from './mapGeometry';
import { useCurrentTheme } from '../ui/theme';
import type { OverviewScene } from './overviewScene';

const SIZE = { width: 168, height: 112 };
const INSETS = { top: 4, right: 4, bottom: 4, left: 4 };
const NO_MARKS: OverviewMarks = { selected: new Set(), matches: new Set(), currentMatch: null, context: null };

/** The whole map in the minimap's box, from the scene's blocks. */
function minimapViewport(scene: OverviewScene): Viewport | null {
  const { rects } = scene;
  if (rects.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < rects.length; i += 4) {
    left = Math.min(left, rects[i]);
    top = Math.min(top, rects[i + 1]);
    right = Math.max(right, rects[i] + rects[i + 2]);
    bottom = Math.max(bottom, rects[i + 1] + rects[i + 3]);
  }
  return fitViewport({ x: left, y: top, width: right - left, height: bottom - top }, SIZE, INSETS, 1);
}

/**
 * The minimap of a big map: the overview painted small, with the part of the map in view outlined.
 * React Flow's own minimap draws the cards React Flow holds, which on a big map are only those
 * near the view (and as thousands of SVG shapes it would cost seconds). A click centres the view there.
 */
export function OverviewMinimap({ scene }: { scene: OverviewScene }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  // Painted again when the theme changes: a canvas keeps the colours it was painted in.
  const theme = useCurrentTheme();
  const flow = useReactFlow();
  const fitted = useRef<Viewport | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    const place = minimapViewport(scene);
    fitted.current = place;
    if (!canvas || !ctx || !place) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = SIZE.width * ratio;
    canvas.height = SIZE.height * ratio;
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      paintOverview(ctx, scene, place, SIZE, ratio, NO_MARKS);
      const { transform, width, height } = flowStore.getState();
      const [x, y, zoom] = transform;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = 1.5;
      const view = { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
      // At least a few pixels: zoomed in on a huge map, the view is a dot in the minimap.
      const w = Math.max(4, view.width * place.zoom);
      const h = Math.max(4, view.height * place.zoom);
      ctx.strokeRect(view.x * place.zoom + place.x, view.y * place.zoom + place.y, w, h);
    };
    paint();
    let last = flowStore.getState().transform;
    const unsubscribe = flowStore.subscribe((state) => {
      if (state.transform === last) return;
      last = state.transform;
      if (!frame) frame = requestAnimationFrame(paint);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scene, flowStore, theme]);

  const onClick = (event: MouseEvent<HTMLCanvasElement>): void => {
    const place = fitted.current;
    if (!place) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - place.x) / place.zoom;
    const y = (event.clientY - box.top - place.y) / place.zoom;
    void flow.setCenter(x, y, { zoom: flow.getViewport().zoom, duration: 200 });
  };
  return (
    <canvas
      ref={canvasRef}
      className="react-flow__panel react-flow__minimap bottom right overview-minimap"
      style={SIZE}
      role="img"
      aria-label="Minimap"
      title="Minimap: click to go there"
      onClick={onClick}
    />
  );
}
