import { useEditor } from '../store/useEditor';
import { host } from '../host/argmapHost';

/** What the canvas shows with no map: while opening, or after an open failed. */
export function EmptyState() {
  const opening = useEditor((state) => state.opening);
  if (opening) return <p className="empty-state__text">Opening map…</p>;
  return (
    <div className="empty-state">
      <p className="empty-state__text">No map is open.</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          void host()
            .runFileCommand('openSample')
            .catch(() => undefined)
        }
      >
        Open the sample map
      </button>
    </div>
  );
}
