import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { Position } from '../../shared/model/argumentMap';
import type { EditorStore } from './store/editorStore';
import { addChild, addFreeNode, addSibling, startEditing } from './store/nodeActions';
import { requestDelete } from './store/deleteActions';
import { duplicateSelection } from './store/clipboardActions';
import { selectAll, singleSelected } from './store/selection';
import { groupSelection, layoutMap, setCollapsed, toggleCollapsed, ungroupSelection } from './store/structureActions';
import { stepFind, openFind } from './store/findActions';
import { useActualSize, useFitMap } from './canvas/viewport';
import { copyAs } from './export/copyAs';
import { openExportDialog } from './export/openExportDialog';

const VIEW_ANIMATION = { duration: 200 };

/** Text fields keep their own undo: the menu's Undo must not reach into the map then. */
export function isEditingText(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active as HTMLElement | null)?.isContentEditable === true
  );
}

/** Every command of the menu and the keymap, in one place: menu clicks and key presses run the same code. */
export function useEditorCommands(store: EditorStore): (command: MenuCommand) => void {
  const flow = useReactFlow();
  const fitMap = useFitMap();
  const actualSize = useActualSize();

  const viewCentre = useCallback((): Position | undefined => {
    const pane = document.querySelector('.react-flow');
    if (!pane) return undefined;
    const box = pane.getBoundingClientRect();
    const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    return { x: centre.x - 120, y: centre.y - 32 };
  }, [flow]);

  return useCallback(
    (command: MenuCommand) => {
      const selected = singleSelected(store);
      const run: Record<MenuCommand, () => void> = {
        fitView: () => fitMap(),
        actualSize: () => actualSize(),
        zoomIn: () => void flow.zoomIn(VIEW_ANIMATION),
        zoomOut: () => void flow.zoomOut(VIEW_ANIMATION),
        toggleLegend: () => store.togglePanel('legend'),
        toggleMinimap: () => store.togglePanel('minimap'),
        toggleOutline: () => store.togglePanel('outline'),
        toggleInspector: () => store.togglePanel('inspector'),
        undo: () => (isEditingText() ? document.execCommand('undo') : store.undo()),
        redo: () => (isEditingText() ? document.execCommand('redo') : store.redo()),
        addReason: () => (selected ? addChild(store, 'reason') : addFreeNode(store, undefined, viewCentre())),
        addObjection: () => addChild(store, 'objection'),
        addRebuttal: () => addChild(store, 'rebuttal'),
        addEvidence: () => addChild(store, 'evidence'),
        addRecommendation: () => addChild(store, 'recommendation'),
        addClaim: () => addChild(store, 'claim'),
        addSibling: () => addSibling(store),
        addFreeNode: () => addFreeNode(store, undefined, viewCentre()),
        editText: () => selected && startEditing(store, selected),
        deleteSelection: () => requestDelete(store),
        selectAll: () => (isEditingText() ? document.execCommand('selectAll') : selectAll(store)),
        duplicate: () => duplicateSelection(store),
        connectTo: () => selected && store.updateSession((session) => ({ ...session, connectingFrom: selected })),
        linkPremises: () => groupSelection(store),
        unlinkPremises: () => ungroupSelection(store),
        toggleCollapse: () => selected && toggleCollapsed(store, selected),
        expandAll: () => setCollapsed(store, []),
        layoutMap: () => layoutMap(store, false),
        layoutSelection: () => layoutMap(store, true),
        find: () => openFind(store),
        findNext: () => stepFind(store, 1),
        findPrevious: () => stepFind(store, -1),
        exportMap: () => openExportDialog(store),
        copyAsImage: () => void copyAs(store, 'image'),
        copyAsSvg: () => void copyAs(store, 'svg'),
        copyAsOutline: () => void copyAs(store, 'outline'),
      };
      run[command]();
    },
    [actualSize, fitMap, flow, store, viewCentre],
  );
}
