import { useEffect, useRef } from 'react';
import { useEditor, useEditorStore } from '../store/useEditor';
import { resolveDelete } from '../store/deleteActions';
import { ModalDialog } from '../ui/ModalDialog';

/** Asks what happens to the premises below a node being deleted: they go too, or stay as loose nodes. */
export function DeleteDialog() {
  const store = useEditorStore();
  const pending = useEditor((state) => state.session.pendingDelete);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending) first.current?.focus();
  }, [pending]);

  if (!pending) return null;
  const what = pending.nodes.length === 1 ? 'this node' : `these ${pending.nodes.length} nodes`;
  const count = pending.descendants.length;
  const below = count === 1 ? '1 node' : `${count} nodes`;
  return (
    <ModalDialog
      labelledBy="delete-dialog-title"
      describedBy="delete-dialog-text"
      onEscape={() => resolveDelete(store, 'cancel')}
    >
      <h2 id="delete-dialog-title" className="dialog__title">
        Delete {what}?
      </h2>
      <p id="delete-dialog-text" className="dialog__text">
        {below} below {what === 'this node' ? 'it' : 'them'} {count === 1 ? 'bears' : 'bear'} on{' '}
        {what === 'this node' ? 'it' : 'them'}. Delete {count === 1 ? 'it' : 'them'} too, or keep{' '}
        {count === 1 ? 'it as a loose node' : 'them as loose nodes'}? Either way, Undo brings everything back.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => resolveDelete(store, 'cancel')}>
          Cancel
        </button>
        {/* The choice that loses least has the focus: Enter never takes more than the user selected. */}
        <button ref={first} type="button" className="button" onClick={() => resolveDelete(store, 'keepChildren')}>
          Keep {below}
        </button>
        <button type="button" className="button button--danger" onClick={() => resolveDelete(store, 'subtree')}>
          Delete with {below}
        </button>
      </div>
    </ModalDialog>
  );
}
