import { actionOf, type MainActionId } from '../../../shared/actions/actions';
import { useEditor } from '../store/useEditor';
import { host } from '../host/argmapHost';

/** Every way to get a map, as the action table names them; Open… first, as the likeliest. */
const CHOICES: MainActionId[] = ['openFile', 'newMap', 'openSample'];

/** What the canvas shows with no map: while opening, or after an open failed (then every way to get a map). */
export function EmptyState() {
  const opening = useEditor((state) => state.opening);
  if (opening) return <p className="empty-state__text">Opening map…</p>;
  return (
    <div className="empty-state">
      <p className="empty-state__text">No map is open.</p>
      <div className="empty-state__actions">
        {CHOICES.map((command, index) => (
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
            {actionOf(command).buttonLabel ?? actionOf(command).label}
          </button>
        ))}
      </div>
    </div>
  );
}
