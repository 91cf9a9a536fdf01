import { describe, expect, it } from 'vitest';
import { EditorStore } from './editorStore';
import { storeWith } from './testStore';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { asNodeId, asRelationId } from '../../../shared/model/ids';
import { addChild, addFreeNode, addSibling, cancelEdit, commitEdit, startEditing } from './nodeActions';
import { selectOnly } from './selection';
import { requestDelete, resolveDelete } from './deleteActions';
import { copySelection, duplicateSelection, pasteClipboard } from './clipboardActions';
import { nudgeSelection, toggleCollapsed } from './structureActions';
import { connectNodes, ungroupSelection } from './structureActions';

const thesis = asNodeId('n-t');
const reason = asNodeId('n-r');
const objection = asNodeId('n-o');

const openTiny = (): EditorStore => storeWith();

describe('editing sessions and the history', () => {
  it('adding a node and typing its text is one undo step, named after the add', () => {
    const store = openTiny();
    const original = store.getState().document;
    selectOnly(store, [thesis]);
    const id = addChild(store, 'objection')!;
    expect(store.getState().session.editing).toMatchObject({ id, isNew: true });
    commitEdit(store, 'Cars are faster.', 'enter');
    const { document, history, session } = store.getState();
    expect(document!.nodes[id].text).toBe('Cars are faster.');
    expect(history.past.map((entry) => entry.label)).toEqual(['Add objection']);
    expect(session.justCommitted).toBe(id);
    store.undo();
    expect(store.getState().document).toEqual(original);
  });

  it('a text edit session of an existing node is one step, and nothing when the text did not change', () => {
    const store = openTiny();
    startEditing(store, reason);
    commitEdit(store, 'Walking is healthy.', 'blur');
    expect(store.getState().history.past).toHaveLength(0);
    startEditing(store, reason);
    commitEdit(store, 'Walking keeps you fit.', 'blur');
    expect(store.getState().history.past.map((entry) => entry.label)).toEqual(['Edit text']);
  });

  it('Escape on a node just added takes it away without leaving a redo step', () => {
    const store = openTiny();
    const original = store.getState().document;
    selectOnly(store, [thesis]);
    store.run({ name: 'noop', label: () => 'Move', perform: (draft) => void (draft.nodes[thesis].position.x = 5) }, {});
    store.undo();
    expect(store.getState().history.future).toHaveLength(1);
    addChild(store, 'reason', thesis);
    cancelEdit(store);
    expect(store.getState().document).toEqual(original);
    expect(store.getState().history.past).toHaveLength(0);
    // Adding was an edit, so the older redo step is gone; the abandoned node left nothing to redo.
    expect(store.getState().history.future).toHaveLength(0);
    expect(store.getState().session.editing).toBeNull();
  });

  it('a sibling bears on the same target the same way', () => {
    const store = openTiny();
    selectOnly(store, [objection]);
    const id = addSibling(store)!;
    commitEdit(store, 'Rain.', 'enter');
    const relation = Object.values(store.getState().document!.relations).find((r) => r.from.includes(id));
    expect(relation).toMatchObject({ kind: 'attack', to: { node: thesis } });
    expect(store.getState().document!.nodes[id].kind).toBe('objection');
  });

  it('a free node is the thesis on a map without one', () => {
    const store = new EditorStore();
    store.open({
      name: 'empty.argmap',
      isSample: false,
      result: { ok: true, map: { meta: { title: 'Empty' }, nodes: {}, relations: {} } },
    });
    const id = addFreeNode(store)!;
    expect(store.getState().document!.nodes[id].kind).toBe('thesis');
    commitEdit(store, 'T', 'enter');
    const second = addFreeNode(store)!;
    expect(store.getState().document!.nodes[second].kind).toBe('claim');
  });

  it('selection, folds, panels and find never clear the redo stack', () => {
    const store = openTiny();
    selectOnly(store, [reason]);
    nudgeSelection(store, 10, 0);
    store.undo();
    selectOnly(store, [thesis, reason]);
    toggleCollapsed(store, thesis);
    store.togglePanel('outline');
    store.updateSession((s) => ({ ...s, find: { open: true, query: 'walk', current: 0 } }));
    expect(store.getState().history.future.map((entry) => entry.label)).toEqual(['Nudge node']);
    store.redo();
    expect(store.getState().document!.nodes[reason].position.x).toBe(10);
  });

  it('folding hides the selection below, undo drops a selection of nodes that no longer exist', () => {
    const store = openTiny();
    selectOnly(store, [reason]);
    toggleCollapsed(store, thesis);
    expect(store.getState().session.selected.size).toBe(0);
    toggleCollapsed(store, thesis);
    selectOnly(store, [thesis]);
    const id = addChild(store, 'reason')!;
    commitEdit(store, 'x', 'enter');
    store.undo();
    expect(store.getState().session.selected.has(id)).toBe(false);
  });

  it('deleting a node with premises asks first; either answer is one step', () => {
    const store = openTiny();
    selectOnly(store, [objection]);
    requestDelete(store);
    expect(store.getState().session.pendingDelete).toMatchObject({ nodes: [objection], descendants: ['n-u'] });
    resolveDelete(store, 'keepChildren');
    expect(Object.keys(store.getState().document!.nodes).sort()).toEqual(['n-r', 'n-t', 'n-u']);
    store.undo();
    selectOnly(store, [objection]);
    requestDelete(store);
    resolveDelete(store, 'subtree');
    expect(Object.keys(store.getState().document!.nodes).sort()).toEqual(['n-r', 'n-t']);
    expect(store.getState().history.past.map((entry) => entry.label)).toEqual(['Delete 2 nodes']);
    selectOnly(store, [thesis]);
    requestDelete(store);
    expect(store.getState().session.pendingDelete?.descendants).toEqual(['n-r']);
    resolveDelete(store, 'cancel');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('a multi-node paste and a duplicate are one step each; pasted copies get fresh ids', () => {
    const store = openTiny();
    selectOnly(store, [objection, asNodeId('n-u')]);
    const data = copySelection(store)!;
    // The rebuttal undercuts the objection's attack on the thesis, which stays behind: the copies stand apart.
    expect(data.text).toBe('Objection: It takes too long.\nRebuttal: Only if you live far away.');
    pasteClipboard(store, data);
    duplicateSelection(store);
    const { document, history } = store.getState();
    expect(Object.keys(document!.nodes)).toHaveLength(8);
    expect(history.past.map((entry) => entry.label)).toEqual(['Paste 2 nodes', 'Duplicate 2 nodes']);
    store.undo();
    store.undo();
    expect(store.getState().document).toEqual(tinyMap());
  });

  it('a connection that makes no sense changes nothing and says why', () => {
    const store = openTiny();
    expect(connectNodes(store, reason, { node: thesis }, 'support')).toBe(false);
    expect(store.getState().session.notice?.text).toBe('Not connected: The map already has this relation (supports).');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('Enter adds a sibling only right after a commit; another edit in between ends that', () => {
    const store = openTiny();
    selectOnly(store, [reason]);
    const id = addSibling(store)!;
    commitEdit(store, 'Walking is cheap.', 'enter');
    expect(store.getState().session.justCommitted).toBe(id);
    nudgeSelection(store, 10, 0);
    expect(store.getState().session.justCommitted).toBeNull();
  });

  it('what stands beside a thesis is a claim, not a second thesis', () => {
    const store = openTiny();
    selectOnly(store, [thesis]);
    const id = addSibling(store)!;
    expect(store.getState().document!.nodes[id].kind).toBe('claim');
  });

  it('arrow-key nudges of the same selection in quick succession are one step', () => {
    const store = openTiny();
    selectOnly(store, [reason]);
    nudgeSelection(store, 10, 0);
    nudgeSelection(store, 10, 0);
    nudgeSelection(store, 0, 50);
    expect(store.getState().history.past.map((entry) => entry.label)).toEqual(['Nudge node']);
    expect(store.getState().document!.nodes[reason].position).toEqual({ x: 20, y: 250 });
    store.undo();
    expect(store.getState().document).toEqual(tinyMap());
  });

  it('unlinking several linked arguments at once is one step', () => {
    const store = openTiny();
    selectOnly(store, [reason, objection]);
    // Two linked arguments: reason+objection support the thesis, and attack it.
    store.run(
      {
        name: 'link',
        label: () => 'Link',
        perform: (draft) => {
          draft.relations[asRelationId('r-1')].from = [reason, objection];
          draft.relations[asRelationId('r-2')].from = [objection, reason];
        },
      },
      {},
    );
    const linked = store.getState().document;
    ungroupSelection(store);
    expect(store.getState().history.past.map((entry) => entry.label)).toEqual(['Link', 'Unlink premises']);
    store.undo();
    expect(store.getState().document).toEqual(linked);
  });
});
