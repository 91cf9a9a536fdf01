import { describe, expect, it } from 'vitest';
import { storeWith } from './testStore';
import { asNodeId } from '../../../shared/model/ids';
import { addToSelection, toggleInSelection } from './selection';
import { setCollapsed } from './structureActions';

describe('outline actions', () => {
  it('adds to the selection and toggles nodes in and out of it', () => {
    const store = storeWith();
    addToSelection(store, asNodeId('n-t'));
    addToSelection(store, asNodeId('n-r'));
    expect([...store.getState().session.selected]).toEqual(['n-t', 'n-r']);
    toggleInSelection(store, asNodeId('n-t'));
    expect([...store.getState().session.selected]).toEqual(['n-r']);
    toggleInSelection(store, asNodeId('n-t'));
    expect([...store.getState().session.selected]).toEqual(['n-r', 'n-t']);
    addToSelection(store, asNodeId('n-missing'));
    expect(store.getState().session.selected.size).toBe(2);
  });

  it('folds nodes, dropping from the selection what the folds hide, without touching history', () => {
    const store = storeWith();
    addToSelection(store, asNodeId('n-u'));
    addToSelection(store, asNodeId('n-t'));
    setCollapsed(store, [asNodeId('n-o')]);
    expect([...store.getState().session.collapsed]).toEqual(['n-o']);
    expect([...store.getState().session.selected]).toEqual(['n-t']);
    setCollapsed(store, []);
    expect(store.getState().session.collapsed.size).toBe(0);
    expect(store.getState().history.past).toHaveLength(0);
  });
});
