import type { ActionId } from '../../../shared/actions/actions';
import { useEditor } from '../store/useEditor';
import { isDirty } from '../store/editorStore';
import { useActionState } from '../actions/currentActionState';
import { ActionButton } from './ActionButton';
import { AddNodeButton } from './AddNodeButton';
import {
  ExportIcon,
  FitIcon,
  InspectorIcon,
  LayoutIcon,
  LegendIcon,
  MinimapIcon,
  OutlineIcon,
  RedoIcon,
  SearchIcon,
  UndoIcon,
} from '../ui/icons';

interface TopBarProps {
  runAction: (id: ActionId) => void;
}

/** The document's name and title, with editing and view actions at hand. */
export function TopBar({ runAction }: TopBarProps) {
  const hasDocument = useEditor((state) => state.document !== null);
  const title = useEditor((state) => state.document?.meta.title ?? '');
  const name = useEditor((state) => state.documentName);
  const dirty = useEditor(isDirty);
  const state = useActionState();
  const props = { state, runAction };

  return (
    <header className="top-bar">
      <span className="top-bar__app">Argmap</span>
      <div className="top-bar__doc">
        <h1 className="top-bar__title">{title}</h1>
        {name && (
          <span className="top-bar__file">
            {name}
            {dirty && (
              <span className="top-bar__edited" title="This map has unsaved changes">
                {' '}
                — Edited
              </span>
            )}
          </span>
        )}
      </div>
      {hasDocument && (
        <>
          <div className="top-bar__actions" role="toolbar" aria-label="Edit">
            <ActionButton id="undo" {...props}>
              <UndoIcon />
            </ActionButton>
            <ActionButton id="redo" {...props}>
              <RedoIcon />
            </ActionButton>
            <AddNodeButton runAction={runAction} />
            <ActionButton id="find" {...props}>
              <SearchIcon size={18} />
            </ActionButton>
            <ActionButton id="layoutMap" {...props}>
              <LayoutIcon />
            </ActionButton>
          </div>
          <div className="top-bar__actions" role="toolbar" aria-label="View">
            <ActionButton id="fitView" {...props}>
              <FitIcon />
            </ActionButton>
            <ActionButton id="toggleOutline" {...props}>
              <OutlineIcon />
            </ActionButton>
            <ActionButton id="toggleInspector" {...props}>
              <InspectorIcon />
            </ActionButton>
            <ActionButton id="toggleLegend" {...props}>
              <LegendIcon />
            </ActionButton>
            <ActionButton id="toggleMinimap" {...props}>
              <MinimapIcon />
            </ActionButton>
          </div>
          <div className="top-bar__actions" role="toolbar" aria-label="File">
            <ActionButton id="exportMap" {...props}>
              <ExportIcon />
            </ActionButton>
          </div>
        </>
      )}
    </header>
  );
}
