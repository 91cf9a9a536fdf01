import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import {
  NODE_KIND_LABELS,
  NODE_KINDS,
  RELATION_KIND_LABELS,
  RELATION_KINDS,
  type NodeKind,
} from '../../../shared/model/kinds';
import { SHORTCUTS } from '../../../shared/ipc/shortcuts';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { updateNode } from '../../../shared/commands/updateNode';
import { deleteElements } from '../../../shared/commands/deleteElements';
import type { EditorStore } from '../store/editorStore';
import { addChild, addFreeNode, addUndercut, startEditing } from '../store/nodeActions';
import { changeRelationKind, toggleCollapsed } from '../store/structureActions';
import { requestDelete } from '../store/deleteActions';
import { relationProblem } from '../../../shared/commands/relationRules';
import type { MenuEntry } from './ContextMenu';

/** Shortcut text as the user reads it on this machine. */
export function shortcutText(command: MenuCommand): string | undefined {
  const accelerator = SHORTCUTS[command];
  const isMac = navigator.platform.toLowerCase().startsWith('mac');
  return accelerator?.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl');
}

const CHILD_KINDS: [NodeKind, MenuCommand][] = [
  ['reason', 'addReason'],
  ['objection', 'addObjection'],
  ['rebuttal', 'addRebuttal'],
  ['evidence', 'addEvidence'],
  ['recommendation', 'addRecommendation'],
];

/** Right-click on empty canvas: add any kind of node where the user clicked. */
export function paneMenu(store: EditorStore, at: Position, run: (command: MenuCommand) => void): MenuEntry[] {
  return [
    ...NODE_KINDS.map((kind) => ({
      label: `Add ${NODE_KIND_LABELS[kind]} Here`,
      onSelect: () => addFreeNode(store, kind, at),
    })),
    {
      label: 'Select All',
      shortcut: shortcutText('selectAll'),
      onSelect: () => run('selectAll'),
      separatorBefore: true,
    },
    { label: 'Auto Layout', shortcut: shortcutText('layoutMap'), onSelect: () => run('layoutMap') },
  ];
}

/** Right-click on a card: add what bears on it, edit, change its kind, fold, link, delete. */
export function nodeMenu(store: EditorStore, id: NodeId, run: (command: MenuCommand) => void): MenuEntry[] {
  const { document, session } = store.getState();
  const node = document?.nodes[id];
  if (!node) return [];
  const many = session.selected.size > 1;
  return [
    ...CHILD_KINDS.map(([kind, command]) => ({
      label: `Add ${NODE_KIND_LABELS[kind]} to This`,
      shortcut: shortcutText(command),
      onSelect: () => addChild(store, kind, id),
    })),
    {
      label: 'Edit Text',
      shortcut: shortcutText('editText'),
      onSelect: () => startEditing(store, id),
      separatorBefore: true,
    },
    {
      label: 'Change Kind',
      children: NODE_KINDS.map((kind) => ({
        label: NODE_KIND_LABELS[kind],
        disabled: kind === node.kind,
        onSelect: () => store.run(updateNode, { id, changes: { kind } }),
      })),
    },
    {
      label: session.collapsed.has(id) ? 'Expand' : 'Collapse',
      shortcut: shortcutText('toggleCollapse'),
      onSelect: () => toggleCollapsed(store, id),
    },
    {
      label: 'Link as Premises',
      shortcut: shortcutText('linkPremises'),
      disabled: !many,
      onSelect: () => run('linkPremises'),
    },
    { label: 'Unlink Premises', shortcut: shortcutText('unlinkPremises'), onSelect: () => run('unlinkPremises') },
    {
      label: 'Duplicate',
      shortcut: shortcutText('duplicate'),
      onSelect: () => run('duplicate'),
      separatorBefore: true,
    },
    { label: 'Delete', shortcut: shortcutText('deleteSelection'), onSelect: () => requestDelete(store) },
  ];
}

/** Right-click on an arrow: change its kind, undercut it, delete it. */
export function edgeMenu(store: EditorStore, relationId: RelationId): MenuEntry[] {
  const document = store.getState().document;
  const relation = document?.relations[relationId];
  if (!document || !relation) return [];
  return [
    ...RELATION_KINDS.map((kind) => {
      // A kind this relation cannot take is shown with the reason, not offered and then refused.
      const problem = kind === relation.kind ? null : relationProblem(document, { ...relation, kind }, relationId);
      return {
        label: problem
          ? `${RELATION_KIND_LABELS[kind]} (${problem.replace(/\.$/, '')})`
          : `Change to ${RELATION_KIND_LABELS[kind]}`,
        disabled: kind === relation.kind || problem !== null,
        onSelect: () => changeRelationKind(store, relationId, kind),
      };
    }),
    {
      label: 'Undercut This Inference',
      separatorBefore: true,
      onSelect: () => addUndercut(store, relationId),
    },
    {
      label: 'Delete Relation',
      shortcut: 'Delete',
      onSelect: () => store.run(deleteElements, { nodes: [], relations: [relationId] }),
    },
  ];
}
