import { describe, expect, it } from 'vitest';
import { EditorStore } from './editorStore';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { asNodeId } from '../../../shared/model/ids';

const good = { name: 'tiny.argmap', isSample: false, result: { ok: true as const, map: tinyMap() } };

describe('EditorStore', () => {
  it('keeps the document on screen when a later open fails, and says why', () => {
    const store = new EditorStore();
    store.open(good);
    store.open({
      name: 'bad.argmap',
      isSample: false,
      result: { ok: false, reason: 'invalid-json', message: 'not JSON' },
    });
    expect(store.getState().document).toBe(good.result.map);
    expect(store.getState().documentName).toBe('tiny.argmap');
    expect(store.getState().problem).toEqual({ title: 'Could not open the map.', message: 'not JSON' });
  });

  it('reports a request that never reached main instead of waiting forever', async () => {
    const store = new EditorStore();
    await store.openFrom(Promise.reject(new Error('channel closed')));
    expect(store.getState().opening).toBe(false);
    expect(store.getState().problem?.message).toBe('The app could not ask for the map (channel closed).');
  });

  it('starts a fresh history for a newly opened map, and session changes never touch it', () => {
    const store = new EditorStore();
    store.open(good);
    store.run(moveNodes, { moves: [{ id: asNodeId('n-t'), position: { x: 9, y: 9 } }] });
    store.togglePanel('legend');
    store.updateSession((s) => ({ ...s, selected: new Set([asNodeId('n-t')]) }));
    expect(store.getState().history.past).toHaveLength(1);
    store.undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.togglePanel('legend');
    expect(store.getState().history.future).toHaveLength(1);
    store.open(good);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().history.future).toHaveLength(0);
  });
});
