import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from './editorStore';

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore needs an <EditorContext.Provider>');
  return store;
}

/** Subscribes to one slice of the editor state; re-renders only when that slice changes. */
export function useEditor<T>(select: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
