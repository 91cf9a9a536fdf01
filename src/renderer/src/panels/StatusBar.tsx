import { useStore } from '@xyflow/react';
import { plural } from '../ui/plural';
import { useEditor } from '../store/useEditor';
import { Breadcrumb } from './Navigation';

/** Counts and zoom: a quiet confirmation of what is on the map. Empty while no map is open. */
export function StatusBar() {
  const nodeCount = useEditor((state) => (state.document ? Object.keys(state.document.nodes).length : null));
  const relationCount = useEditor((state) => (state.document ? Object.keys(state.document.relations).length : 0));
  // A fitted 10,000-node map is under 1%: one decimal there, so it never reads "0%".
  const zoom = useStore((state) => {
    const percent = state.transform[2] * 100;
    return percent < 10 ? (Math.round(percent * 10) / 10).toString() : Math.round(percent).toString();
  });
  return (
    <footer className="status-bar">
      {nodeCount !== null && (
        <>
          <span data-testid="node-count">{plural(nodeCount, 'node')}</span>
          <span data-testid="relation-count">{plural(relationCount, 'relation')}</span>
          <span data-testid="zoom-level">Zoom {zoom}%</span>
          <Breadcrumb />
        </>
      )}
    </footer>
  );
}
