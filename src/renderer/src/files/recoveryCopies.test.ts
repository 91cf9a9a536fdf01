import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveNodes } from '../../../shared/commands/moveNodes';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { asNodeId } from '../../../shared/model/ids';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { EditorStore } from '../store/editorStore';
import { RECOVERY_DELAY_MS, watchForRecoveryCopies } from './recoveryCopies';

const DOCUMENT_ID = 7;
const move = (x: number) => ({ moves: [{ id: asNodeId('n-t'), position: { x, y: 0 } }] });

describe('watchForRecoveryCopies', () => {
  let store: EditorStore;
  let copies: { map: ArgumentMap; documentId: number }[];
  let stop: () => void;
  // The store tells its listeners in a microtask, after the changes of one key press.
  const settle = async (ms = 0): Promise<void> => {
    await Promise.resolve();
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store = new EditorStore();
    store.open({ name: 'tiny.argmap', isSample: false, result: { ok: true, map: tinyMap() }, documentId: DOCUMENT_ID });
    copies = [];
    stop = watchForRecoveryCopies(store, (copy) => copies.push(copy));
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('copies the map once, a moment after the last of several quick edits', async () => {
    store.run(moveNodes, move(10));
    await settle(RECOVERY_DELAY_MS / 2);
    store.run(moveNodes, move(20));
    await settle(RECOVERY_DELAY_MS - 1);
    expect(copies).toEqual([]);
    await settle(1);
    expect(copies).toEqual([{ map: store.getState().document, documentId: DOCUMENT_ID }]);
  });

  it('copies a map kept over another program’s version (Keep My Version), though nothing was edited', async () => {
    const onScreen = store.getState().document;
    store.markUnsaved(DOCUMENT_ID);
    await settle(RECOVERY_DELAY_MS);
    expect(copies).toEqual([{ map: onScreen, documentId: DOCUMENT_ID }]);
  });

  it('copies nothing when the map is clean again before the moment passes, or only the selection changed', async () => {
    store.run(moveNodes, move(10));
    await settle(RECOVERY_DELAY_MS / 2);
    store.undo();
    await settle(RECOVERY_DELAY_MS);
    store.updateSession((session) => ({ ...session, selected: new Set([asNodeId('n-r')]) }));
    await settle(RECOVERY_DELAY_MS);
    expect(copies).toEqual([]);
  });
});
