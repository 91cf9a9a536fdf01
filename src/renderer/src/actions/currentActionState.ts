import { useMemo } from 'react';
import type { ActionState } from '../../../shared/actions/actionState';
import { isDirty, type EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { copyScopeOf } from '../export/copyAs';
import { themeChoice, useThemeChoice } from '../ui/theme';

/** Each field of the actions' state, read from the editor's: components subscribe to them one by one. */
const FIELDS = {
  undoLabel: (state: EditorState) => state.history.past.at(-1)?.label ?? null,
  redoLabel: (state: EditorState) => state.history.future.at(-1)?.label ?? null,
  hasSelection: (state: EditorState) => state.session.selected.size > 0 || state.session.selectedRelations.size > 0,
  copyScope: (state: EditorState) => copyScopeOf(state.document, state.session.selected),
  dirty: isDirty,
  // Only main knows whether the map has a file to go back to; main ignores a Revert without one.
  canRevert: () => true,
  whatIf: (state: EditorState) => state.session.whatIf !== null,
  compactCards: (state: EditorState) => state.document?.meta.cards === 'compact',
  // The theme is the window's, not the map's: ui/theme.ts keeps it.
  theme: () => themeChoice(),
} satisfies { [K in keyof ActionState]: (state: EditorState) => ActionState[K] };

/** The actions' state as the page sees it now. */
export function currentActionState(state: EditorState): ActionState {
  return {
    undoLabel: FIELDS.undoLabel(state),
    redoLabel: FIELDS.redoLabel(state),
    hasSelection: FIELDS.hasSelection(state),
    copyScope: FIELDS.copyScope(state),
    dirty: FIELDS.dirty(state),
    canRevert: FIELDS.canRevert(),
    whatIf: FIELDS.whatIf(state),
    compactCards: FIELDS.compactCards(state),
    theme: FIELDS.theme(),
  };
}

/** The actions' state for a component, one object for as long as none of its fields changes. */
export function useActionState(): ActionState {
  const undoLabel = useEditor(FIELDS.undoLabel);
  const redoLabel = useEditor(FIELDS.redoLabel);
  const hasSelection = useEditor(FIELDS.hasSelection);
  const copyScope = useEditor(FIELDS.copyScope);
  const dirty = useEditor(FIELDS.dirty);
  const whatIf = useEditor(FIELDS.whatIf);
  const compactCards = useEditor(FIELDS.compactCards);
  const theme = useThemeChoice();
  return useMemo(
    () => ({
      undoLabel,
      redoLabel,
      hasSelection,
      copyScope,
      dirty,
      canRevert: FIELDS.canRevert(),
      compactCards,
      theme,
      whatIf,
    }),
    [undoLabel, redoLabel, hasSelection, copyScope, dirty, compactCards, theme, whatIf],
  );
}
