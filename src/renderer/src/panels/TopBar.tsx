import { useEditor, useEditorStore } from '../store/useEditor';
import { useFitMap } from '../canvas/viewport';
import { IconButton } from './IconButton';
import { FitIcon, LegendIcon, MinimapIcon } from './icons';

/** The document's name and title, with the view toggles at hand. */
export function TopBar() {
  const store = useEditorStore();
  const hasDocument = useEditor((state) => state.document !== null);
  const title = useEditor((state) => state.document?.meta.title ?? '');
  const name = useEditor((state) => state.documentName);
  const showLegend = useEditor((state) => state.session.showLegend);
  const showMinimap = useEditor((state) => state.session.showMinimap);
  const fitMap = useFitMap();

  return (
    <header className="top-bar">
      <span className="top-bar__app">Argmap</span>
      <div className="top-bar__doc">
        <h1 className="top-bar__title">{title}</h1>
        {name && <span className="top-bar__file">{name}</span>}
      </div>
      {hasDocument && (
        <div className="top-bar__actions" role="toolbar" aria-label="View">
          <IconButton label="Fit map to window" shortcut="Ctrl+0" onClick={() => fitMap()}>
            <FitIcon />
          </IconButton>
          <IconButton
            label="Show legend"
            shortcut="Ctrl+Shift+L"
            pressed={showLegend}
            onClick={() => store.togglePanel('showLegend')}
          >
            <LegendIcon />
          </IconButton>
          <IconButton
            label="Show minimap"
            shortcut="Ctrl+Shift+M"
            pressed={showMinimap}
            onClick={() => store.togglePanel('showMinimap')}
          >
            <MinimapIcon />
          </IconButton>
        </div>
      )}
    </header>
  );
}
