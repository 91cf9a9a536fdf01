import { describe, expect, it } from 'vitest';
import { closeFind, findCountText, openFind, setFindQuery, stepFind, wrapIndex } from './findActions';
import type { EditorStore } from './editorStore';
import { storeWith } from './testStore';

const selected = (store: EditorStore) => [...store.getState().session.selected];

describe('find', () => {
  it('counts like the canvas reads the current match', () => {
    expect(wrapIndex(5, 3)).toBe(2);
    expect(wrapIndex(-1, 3)).toBe(2);
    expect(wrapIndex(0, 0)).toBe(-1);
    expect(findCountText('  ', 0, 0)).toBe('');
    expect(findCountText('x', 0, 0)).toBe('No matches');
    expect(findCountText('x', 4, 3)).toBe('2 of 3');
  });

  it('jumps to the first match as one types, then walks the matches with wrap-around', () => {
    const store = storeWith();
    openFind(store);
    setFindQuery(store, 'WALK'); // the thesis and the reason, in reading order
    expect(store.getState().session.find).toEqual({ open: true, query: 'WALK', current: 0 });
    expect(selected(store)).toEqual(['n-t']);
    expect(store.getState().session.reveal?.id).toBe('n-t');
    stepFind(store, 1);
    expect(selected(store)).toEqual(['n-r']);
    stepFind(store, 1);
    expect(selected(store)).toEqual(['n-t']);
    stepFind(store, -1);
    expect(store.getState().session.find.current).toBe(1);
    expect(selected(store)).toEqual(['n-r']);
  });

  it('leaves the selection alone without matches, and keeps the query when closed', () => {
    const store = storeWith();
    openFind(store);
    setFindQuery(store, 'nothing like this');
    stepFind(store, 1);
    expect(selected(store)).toEqual([]);
    closeFind(store);
    expect(store.getState().session.find).toEqual({ open: false, query: 'nothing like this', current: 0 });
    expect(store.getState().history.past).toHaveLength(0);
  });
});
