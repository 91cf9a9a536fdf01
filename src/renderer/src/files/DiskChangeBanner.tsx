import { host } from '../host/argmapHost';
import { isDirty } from '../store/editorStore';
import { useEditor, useEditorStore } from '../store/useEditor';

/** Another program changed (or removed) the open file: reload it, or keep the map on screen. */
export function DiskChangeBanner() {
  const store = useEditorStore();
  const change = useEditor((state) => state.diskChange);
  const dirty = useEditor(isDirty);
  if (!change) return null;
  const answer = (choice: 'reload' | 'keep'): void => {
    store.reportDiskChange(null);
    void host()
      .answerDiskChange(choice)
      .catch(() => undefined);
  };
  return (
    <div className="banner banner--warning" role="alert">
      <strong>
        “{change.name}” was {change.deleted ? 'moved or deleted' : 'changed'} by another program.
      </strong>{' '}
      <span>
        {change.deleted
          ? 'Saving writes it again where it was.'
          : dirty
            ? 'Reloading replaces your unsaved changes with the version on disk.'
            : 'Reload it to see the other program’s version.'}
      </span>
      <span className="banner__actions">
        {!change.deleted && (
          <button type="button" className="button" onClick={() => answer('reload')}>
            Reload from Disk
          </button>
        )}
        <button type="button" className="button" onClick={() => answer('keep')}>
          Keep My Version
        </button>
      </span>
    </div>
  );
}
