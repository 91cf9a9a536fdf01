import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { EditorStore } from './editorStore';

/** For tests: an editor store with a map open (the tiny map unless told otherwise). */
export function storeWith(map: ArgumentMap = tinyMap(), name = 'tiny.argmap'): EditorStore {
  const store = new EditorStore();
  store.open({ name, isSample: false, result: { ok: true, map } });
  return store;
}
