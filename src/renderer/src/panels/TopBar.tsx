import type { ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { useEditorCommands } from '../useEditorCommands';
import { useEditor, useEditorStore } from '../store/useEditor';
import { isDirty } from '../store/editorStore';
import { shortcutText } from '../canvas/canvasMenus';
import { IconButton } from './IconButton';
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
} from './icons';

/** The document's name and title, with editing and view commands at hand. Buttons run the menu's commands. */
export function TopBar() {
  const runCommand = useEditorCommands(useEditorStore());
  const hasDocument = useEditor((state) => state.document !== null);
  const title = useEditor((state) => state.document?.meta.title ?? '');
  const name = useEditor((state) => state.documentName);
  const dirty = useEditor(isDirty);
  const undoLabel = useEditor((state) => state.history.past.at(-1)?.label ?? null);
  const redoLabel = useEditor((state) => state.history.future.at(-1)?.label ?? null);
  const session = useEditor((state) => state.session);
  const empty = useEditor((state) => Object.keys(state.document?.nodes ?? {}).length === 0);
  const button = (command: MenuCommand, label: string, icon: ReactNode, disabled = false) => (
    <IconButton label={label} shortcut={shortcutText(command)} disabled={disabled} onClick={() => runCommand(command)}>
      {icon}
    </IconButton>
  );
  const toggle = (command: MenuCommand, label: string, pressed: boolean, icon: ReactNode) => (
    <IconButton label={label} shortcut={shortcutText(command)} pressed={pressed} onClick={() => runCommand(command)}>
      {icon}
    </IconButton>
  );

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
            {button('undo', undoLabel ? `Undo ${undoLabel}` : 'Undo', <UndoIcon />, undoLabel === null)}
            {button('redo', redoLabel ? `Redo ${redoLabel}` : 'Redo', <RedoIcon />, redoLabel === null)}
            <AddNodeButton runCommand={runCommand} />
            {button('find', 'Find', <SearchIcon size={18} />)}
            {button('layoutMap', 'Auto layout', <LayoutIcon />)}
          </div>
          <div className="top-bar__actions" role="toolbar" aria-label="View">
            {button('fitView', 'Fit map to window', <FitIcon />)}
            {toggle('toggleOutline', 'Show outline', session.panels.outline, <OutlineIcon />)}
            {toggle('toggleInspector', 'Show inspector', session.panels.inspector, <InspectorIcon />)}
            {toggle('toggleLegend', 'Show legend', session.panels.legend, <LegendIcon />)}
            {toggle('toggleMinimap', 'Show minimap', session.panels.minimap, <MinimapIcon />)}
          </div>
          <div className="top-bar__actions" role="toolbar" aria-label="File">
            {button('exportMap', 'Export…', <ExportIcon />, empty)}
          </div>
        </>
      )}
    </header>
  );
}
