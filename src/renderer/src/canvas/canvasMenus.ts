import type { Position } from '../../../shared/model/argumentMap';
import type { NodeId, RelationId } from '../../../shared/model/ids';
import { NODE_KIND_LABELS, NODE_KINDS, RELATION_KIND_LABELS, RELATION_KINDS } from '../../../shared/model/kinds';
import { ACTION_IDS, actionOf, type ActionId } from '../../../shared/actions/actions';
import { updateNode } from '../../../shared/commands/updateNode';
import { deleteElements } from '../../../shared/commands/deleteElements';
import type { EditorStore } from '../store/editorStore';
import { addChild, addFreeNode, addUndercut, startEditing } from '../store/nodeActions';
import { changeRelationKind, toggleCollapsed } from '../store/structureActions';
import { relationProblem } from '../../../shared/commands/relationRules';
import type { MenuEntry } from '../ui/ContextMenu';
import { shortcutText } from '../ui/shortcutText';

type RunAction = (id: ActionId) => void;

/** An action as a context menu's entry: the table's label and shortcut, run as the menu would. */
const actionEntry = (id: ActionId, run: RunAction, more: Partial<MenuEntry> = {}): MenuEntry => ({
  label: actionOf(id).label,
  shortcut: shortcutText(id),
  onSelect: () => run(id),
  ...more,
});

/**
 * The actions that add a node of a kind beneath another, as the table lists them. The card's menu
 * offers what argues for or against it; a claim comes from the Insert menu, the Add button or C.
 */
const CHILD_ACTIONS = ACTION_IDS.flatMap((id) => {
  const kind = actionOf(id).addsKind;
  return kind && kind !== 'claim' ? [{ id, kind }] : [];
});

/** Right-click on empty canvas: add any kind of node where the user clicked. */
export function paneMenu(store: EditorStore, at: Position, run: RunAction): MenuEntry[] {
  return [
    ...NODE_KINDS.map((kind) => ({
      label: `Add ${NODE_KIND_LABELS[kind]} Here`,
      onSelect: () => addFreeNode(store, kind, at),
    })),
    actionEntry('selectAll', run, { separatorBefore: true }),
    actionEntry('layoutMap', run),
  ];
}

/** Right-click on a card: add what bears on it, edit, change its kind, fold, link, delete. */
export function nodeMenu(store: EditorStore, id: NodeId, run: RunAction): MenuEntry[] {
  const { document, session } = store.getState();
  const node = document?.nodes[id];
  if (!node) return [];
  const many = session.selected.size > 1;
  return [
    // On the card right-clicked, whatever else is selected.
    ...CHILD_ACTIONS.map((child) =>
      actionEntry(child.id, run, {
        label: `${actionOf(child.id).label} to This`,
        onSelect: () => addChild(store, child.kind, id),
      }),
    ),
    actionEntry('editText', run, { onSelect: () => startEditing(store, id), separatorBefore: true }),
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
    actionEntry('linkPremises', run, { disabled: !many }),
    actionEntry('unlinkPremises', run),
    actionEntry('duplicate', run, { separatorBefore: true }),
    actionEntry('deleteSelection', run),
  ];
}

/** Right-click on an arrow: change its kind, undercut it, delete it. */
export function edgeMenu(store: EditorStore, relationId: RelationId): MenuEntry[] {
  const document = store.getState().document;
  const relation = document?.relations[relationId];
  if (!document || !relation) return [];
  return [
    ...RELATION_KINDS.map((kind) => {
      // A kind this relation cannot take is shown disabled with the reason as its tooltip, not offered and
      // then refused; the menu stays as narrow as its names.
      const problem = kind === relation.kind ? null : relationProblem(document, { ...relation, kind }, relationId);
      return {
        label: `Change to ${RELATION_KIND_LABELS[kind]}`,
        hint:
          problem ?? (kind === relation.kind ? `It ${RELATION_KIND_LABELS[kind].toLowerCase()} already.` : undefined),
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
      shortcut: shortcutText('deleteSelection'),
      onSelect: () => store.run(deleteElements, { nodes: [], relations: [relationId] }),
    },
  ];
}
