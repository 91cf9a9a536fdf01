import type { FileCommand } from '../../../shared/ipc/channels';
import { useEditor } from '../store/useEditor';
import { host } from '../host/argmapHost';

const CHOICES: [FileCommand, string][] = [
  ['openFile', 'Open…'],
  ['newMap', 'New Map'],
  ['openSample', 'Open the sample map'],
];

/** What the canvas shows with no map: while opening, or after an open failed (then every way to get a map). */
export function EmptyState() {
  const opening = useEditor((state) => state.opening);
  if (opening) return <p className="empty-state__text">Opening map…</p>;
  return (
    <div className="empty-state">
      <p className="empty-state__text">No map is open.</p>
      <div className="empty-state__actions">
        {CHOICES.map(([command, label], index) => (
          <button
            key={command}
            type="button"
            className={index === 0 ? 'button button--primary' : 'button'}
            onClick={() =>
              void host()
                .runFileCommand(command)
                .catch(() => undefined)
            }
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
