import type { EditState } from '../../../shared/ipc/contract';
import type { CopyKind } from '../../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import type { ExportScope } from '../../../shared/render/exportOptions';
import { commitTextBeingTyped } from '../ui/focus';
import { host } from '../host/argmapHost';
import type { EditorStore } from '../store/editorStore';

/** What Copy as… copies: the selected nodes if any, else the whole map; nothing for an empty map. */
export function copyScopeOf(map: ArgumentMap | null, selected: ReadonlySet<NodeId>): EditState['copyScope'] {
  if (!map || Object.keys(map.nodes).length === 0) return 'none';
  return selected.size > 0 ? 'selection' : 'map';
}

const AS: Record<CopyKind, string> = { image: 'an image', svg: 'SVG', outline: 'an outline' };

/**
 * Edit › Copy as Image, SVG or Outline: main draws the map (or the selected nodes) with the map's
 * last export choices and puts it on the clipboard. Text still being typed is committed first.
 */
export async function copyAs(store: EditorStore, what: CopyKind): Promise<void> {
  commitTextBeingTyped();
  const { document, session } = store.getState();
  const kind = copyScopeOf(document, session.selected);
  if (!document || kind === 'none') return;
  const scope: ExportScope =
    kind === 'selection' ? { kind: 'selection', nodeIds: [...session.selected] } : { kind: 'map' };
  const count = session.selected.size;
  const which = kind === 'map' ? 'the map' : count === 1 ? '1 node' : `${count} nodes`;
  try {
    const result = await host().copyExport({ map: document, what, scope });
    const said = result.ok
      ? [`Copied ${which} as ${AS[what]}.`, ...result.notes]
      : [result.problem.title, result.problem.message];
    store.notify(said.join(' '));
  } catch (error) {
    store.notify(`Could not copy the map: ${error instanceof Error ? error.message : String(error)}`);
  }
}
