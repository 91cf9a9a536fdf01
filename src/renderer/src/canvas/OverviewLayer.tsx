import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { paintOverview, type OverviewMarks } from './paintOverview';
import type { OverviewScene } from './overviewScene';
import { useCurrentTheme } from '../ui/theme';
import './overview.css';

/**
 * The map at low zoom: one <canvas> under React Flow's (then empty) layer of cards, repainted in
 * the animation frame after the view moves. It follows React Flow's viewport without re-rendering
 * React: panning a 10,000-node map costs one paint a frame. Pointer events pass through to the pane.
 */
export function OverviewLayer({ scene, marks }: { scene: OverviewScene; marks: OverviewMarks }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  // Painted again when the theme changes: a canvas keeps the colours it was painted in.
  const theme = useCurrentTheme();
  useEffect(() => {
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const { transform, width, height } = flowStore.getState();
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
      }
      paintOverview(
        ctx,
        scene,
        { x: transform[0], y: transform[1], zoom: transform[2] },
        { width, height },
        ratio,
        marks,
      );
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    // Painted at once on a new scene, so the cards never blink out between two frames.
    paint();
    let last = flowStore.getState();
    const unsubscribe = flowStore.subscribe((state) => {
      if (state.transform !== last.transform || state.width !== last.width || state.height !== last.height) schedule();
      last = state;
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [flowStore, scene, marks, theme]);
  return <canvas ref={canvasRef} className="map-overview" aria-hidden="true" data-testid="map-overview" />;
}
