import { useState } from 'react';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { ContextMenu, type MenuEntry } from '../canvas/ContextMenu';
import { shortcutText } from '../canvas/canvasMenus';
import { useEditor } from '../store/useEditor';
import { AddNodeIcon } from './icons';

const TO_SELECTED: [string, MenuCommand][] = [
  ['Reason', 'addReason'],
  ['Objection', 'addObjection'],
  ['Rebuttal', 'addRebuttal'],
  ['Evidence', 'addEvidence'],
  ['Recommendation', 'addRecommendation'],
  ['Claim', 'addClaim'],
];

/** The toolbar's Add button: a menu of every kind, added to the selected node, or a free-standing node. */
export function AddNodeButton({ runCommand }: { runCommand: (command: MenuCommand) => void }) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const oneSelected = useEditor((state) => state.session.selected.size === 1);
  const entries: MenuEntry[] = [
    ...TO_SELECTED.map(([kind, command]) => ({
      label: oneSelected ? `Add ${kind} to the Selected Node` : `Add ${kind}`,
      shortcut: shortcutText(command),
      disabled: !oneSelected,
      onSelect: () => runCommand(command),
    })),
    {
      label: 'Add Free-Standing Node',
      shortcut: shortcutText('addFreeNode'),
      separatorBefore: true,
      onSelect: () => runCommand('addFreeNode'),
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
