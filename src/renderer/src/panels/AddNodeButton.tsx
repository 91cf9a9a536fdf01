import { useState } from 'react';
import { ACTION_IDS, actionOf, type ActionId } from '../../../shared/actions/actions';
import { useEditor } from '../store/useEditor';
import { ContextMenu, type MenuEntry } from '../ui/ContextMenu';
import { AddNodeIcon } from '../ui/icons';
import { shortcutText } from '../ui/shortcutText';

/** The actions that add a node of a kind beneath the selected one, in the table's order. */
const ADD_KIND_ACTIONS = ACTION_IDS.filter((id) => actionOf(id).addsKind !== undefined);

/** The toolbar's Add button: a menu of every kind, added to the selected node, or a free-standing node. */
export function AddNodeButton({ runAction }: { runAction: (id: ActionId) => void }) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  // Each adds beneath one node: with none or several selected there is no node to add to.
  const oneSelected = useEditor((state) => state.session.selected.size === 1);
  const entries: MenuEntry[] = [
    ...ADD_KIND_ACTIONS.map((id) => ({
      label: oneSelected ? `${actionOf(id).label} to the Selected Node` : actionOf(id).label,
      shortcut: shortcutText(id),
      disabled: !oneSelected,
      onSelect: () => runAction(id),
    })),
    {
      label: actionOf('addFreeNode').label,
      shortcut: shortcutText('addFreeNode'),
      separatorBefore: true,
      onSelect: () => runAction('addFreeNode'),
    },
  ];
  return (
    <>
      <button
        type="button"
        className="icon-button"
        title="Add a node (Tab adds a reason to the selected node)"
        aria-label="Add node"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          setAt(at ? null : { x: box.left, y: box.bottom + 4 });
        }}
      >
        <span aria-hidden>
          <AddNodeIcon />
        </span>
      </button>
      {at && <ContextMenu x={at.x} y={at.y} label="Add node" entries={entries} onClose={() => setAt(null)} />}
    </>
  );
}
