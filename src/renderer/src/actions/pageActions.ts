import type { ReactFlowInstance } from '@xyflow/react';
import { actionOf, type PageActionId } from '../../../shared/actions/actions';
import type { Position } from '../../../shared/model/argumentMap';
import type { EditorStore } from '../store/editorStore';
import { addChild, addFreeNode, addSibling, startEditing } from '../store/nodeActions';
import { requestDelete } from '../store/deleteActions';
import { duplicateSelection } from '../store/clipboardActions';
import { selectAll, singleSelected } from '../store/selection';
import {
  groupSelection,
  layoutMap,
  moveSelectedAmongSiblings,
  setCollapsed,
  toggleCollapsed,
  ungroupSelection,
} from '../store/structureActions';
import { openFind, stepFind } from '../store/findActions';
import { goThroughVisits, toggleFocus } from '../store/placeActions';
import { copyAs } from '../export/copyAs';
import { openExportDialog } from '../export/openExportDialog';
import { isEditingText } from '../ui/focus';
import { addSelectedSteps, generateInto, startPresentation } from '../store/storylineActions';
import { endWhatIf, markSelection, startWhatIf } from '../store/markActions';
import { chooseTheme } from '../ui/theme';
import { setCardView } from '../../../shared/commands/setCardView';

const VIEW_ANIMATION = { duration: 200 };

/** What the page's actions act on: the map's store and the canvas's view of it. */
export interface PageContext {
  store: EditorStore;
  flow: Pick<ReactFlowInstance, 'zoomIn' | 'zoomOut'>;
  fitMap: () => void;
  actualSize: () => void;
  /** Where a node added without a place goes: the middle of the view. */
  viewCentre: () => Position | undefined;
}

/**
 * The code each of the page's actions runs, one entry per id of the action table: the compiler
 * refuses a page action without one. Menu clicks, keys, buttons and the palette all come here.
 */
export function pageActions({
  store,
  flow,
  fitMap,
  actualSize,
  viewCentre,
}: PageContext): Record<PageActionId, () => void> {
  const selected = singleSelected(store);
  // The node kind and the panel are the table's: an entry here only says how.
  const addBeneath = (id: PageActionId) => () => addChild(store, actionOf(id).addsKind ?? 'reason');
  const toggle = (id: PageActionId) => () => {
    const panel = actionOf(id).togglesPanel;
    if (panel) store.togglePanel(panel);
  };
  return {
    exportMap: () => openExportDialog(store),
    undo: () => (isEditingText() ? document.execCommand('undo') : store.undo()),
    redo: () => (isEditingText() ? document.execCommand('redo') : store.redo()),
    copyAsImage: () => void copyAs(store, 'image'),
    copyAsSvg: () => void copyAs(store, 'svg'),
    copyAsOutline: () => void copyAs(store, 'outline'),
    duplicate: () => duplicateSelection(store),
    deleteSelection: () => requestDelete(store),
    selectAll: () => (isEditingText() ? document.execCommand('selectAll') : selectAll(store)),
    editText: () => selected && startEditing(store, selected),
    find: () => openFind(store),
    findNext: () => stepFind(store, 1),
    findPrevious: () => stepFind(store, -1),
    // With nothing selected, a reason has nothing to bear on: it starts a map (or stands free) mid-view.
    addReason: () => (selected ? addChild(store, 'reason') : addFreeNode(store, undefined, viewCentre())),
    addObjection: addBeneath('addObjection'),
    addRebuttal: addBeneath('addRebuttal'),
    addEvidence: addBeneath('addEvidence'),
    addRecommendation: addBeneath('addRecommendation'),
    addClaim: addBeneath('addClaim'),
    addSibling: () => addSibling(store),
    addFreeNode: () => addFreeNode(store, undefined, viewCentre()),
    connectTo: () => selected && store.updateSession((session) => ({ ...session, connectingFrom: selected })),
    linkPremises: () => groupSelection(store),
    unlinkPremises: () => ungroupSelection(store),
    moveLeftAmongSiblings: () => moveSelectedAmongSiblings(store, -1),
    moveRightAmongSiblings: () => moveSelectedAmongSiblings(store, 1),
    toggleCollapse: () => selected && toggleCollapsed(store, selected),
    expandAll: () => setCollapsed(store, []),
    layoutMap: () => layoutMap(store, false),
    layoutSelection: () => layoutMap(store, true),
    commandPalette: () => store.updateSession((session) => ({ ...session, paletteOpen: true })),
    present: () => startPresentation(store),
    generateStoryline: () => generateInto(store),
    addStoryStep: () => addSelectedSteps(store),
    fitView: () => fitMap(),
    actualSize: () => actualSize(),
    zoomIn: () => void flow.zoomIn(VIEW_ANIMATION),
    zoomOut: () => void flow.zoomOut(VIEW_ANIMATION),
    goBack: () => goThroughVisits(store, -1),
    goForward: () => goThroughVisits(store, 1),
    focusSelection: () => toggleFocus(store),
    toggleOutline: toggle('toggleOutline'),
    toggleInspector: toggle('toggleInspector'),
    toggleLegend: toggle('toggleLegend'),
    toggleMinimap: toggle('toggleMinimap'),
    toggleStoryline: toggle('toggleStoryline'),
    acceptNodes: () => markSelection(store, 'accepted'),
    rejectNodes: () => markSelection(store, 'rejected'),
    clearMarks: () => markSelection(store, null),
    showEvaluation: toggle('showEvaluation'),
    whatIfRejected: () => startWhatIf(store, 'rejected'),
    whatIfAccepted: () => startWhatIf(store, 'accepted'),
    endWhatIf: () => endWhatIf(store),
    toggleCompactCards: () => {
      const compact = store.getState().document?.meta.cards === 'compact';
      store.run(setCardView, { view: compact ? 'full' : 'compact' });
    },
    themeSystem: () => chooseTheme('system'),
    themeLight: () => chooseTheme('light'),
    themeDark: () => chooseTheme('dark'),
  };
}
