import { useEffect, useRef, useState } from 'react';
import type { PanelName } from '../../shared/actions/actionState';
import { ReactFlowProvider } from '@xyflow/react';
import { MapCanvas } from './canvas/MapCanvas';
import { CrashScreen } from './panels/CrashScreen';
import { EmptyState } from './panels/EmptyState';
import { FindBar } from './panels/FindBar';
import { Inspector } from './panels/Inspector';
import { Legend } from './panels/Legend';
import { OutlinePanel } from './panels/OutlinePanel';
import { FocusControls } from './panels/Navigation';
import { StatusBar } from './panels/StatusBar';
import { TopBar } from './panels/TopBar';
import { DiskChangeBanner } from './files/DiskChangeBanner';
import { ProblemBanner } from './files/ProblemBanner';
import { RecoveryDialog } from './files/RecoveryDialog';
import { ImportReportDialog } from './files/ImportReportDialog';
import { ExportDialog } from './export/ExportDialog';
import { EditorStore } from './store/editorStore';
import { EditorContext, useEditor } from './store/useEditor';
import { useDocumentFiles } from './files/useDocumentFiles';
import { useHostEvents } from './actions/useHostEvents';
import { useActionRunner } from './actions/useActionRunner';
import { useMenuState } from './actions/useMenuState';
import { CommandPalette } from './actions/CommandPalette';
import { EvaluationBar } from './evaluation/EvaluationBar';
import { PanelRail } from './panels/PanelRail';
import { Presentation } from './presentation/Presentation';
import { StorylinePanel } from './panels/StorylinePanel';
import { InspectorIcon, OutlineIcon } from './ui/icons';
import { useNarrowWindow } from './ui/useNarrowWindow';
import './panels/panelLayout.css';

type SidePanel = Extract<PanelName, 'outline' | 'inspector'>;

/**
 * Below about 1,280 px the side panels fold to icons by themselves; one at a time can be opened
 * from its icon. A panel the user turns on (its shortcut, the View menu) opens unfolded.
 */
function useFoldedPanels(panels: Record<SidePanel, boolean>) {
  const narrow = useNarrowWindow();
  const [open, setOpen] = useState<SidePanel | null>(null);
  const before = useRef(panels);
  useEffect(() => {
    const turnedOn = (['outline', 'inspector'] as const).find((panel) => panels[panel] && !before.current[panel]);
    before.current = panels;
    if (turnedOn) setOpen(turnedOn);
  }, [panels]);
  return {
    narrow,
    folded: (panel: SidePanel): boolean => narrow && open !== panel,
    toggle: (panel: SidePanel): void => setOpen((current) => (current === panel ? null : panel)),
  };
}

function Workspace({ store }: { store: EditorStore }) {
  // One runner for the menu, the keys, the top bar, the context menus and the palette.
  const runAction = useActionRunner(store);
  useHostEvents(store, runAction);
  const hasDocument = useEditor((state) => state.document !== null);
  const panels = useEditor((state) => state.session.panels);
  const findOpen = useEditor((state) => state.session.find.open);
  const paletteOpen = useEditor((state) => state.session.paletteOpen);
  const presenting = useEditor((state) => state.session.presenting !== null);
  const fold = useFoldedPanels(panels);
  return (
    <>
      {/* Presenting: the presentation alone; the editor stays as it was beneath, hidden, for when it ends. */}
      <div className="app" style={presenting ? { display: 'none' } : undefined} aria-hidden={presenting || undefined}>
        <TopBar runAction={runAction} />
        <ProblemBanner />
        <DiskChangeBanner />
        {/* Side panels sit beside the canvas, never over it: the canvas shrinks to make room. */}
        <div className="workspace">
          {hasDocument && panels.outline && fold.narrow && (
            <PanelRail
              title="Outline"
              side="left"
              expanded={!fold.folded('outline')}
              onToggle={() => fold.toggle('outline')}
              icon={<OutlineIcon />}
            />
          )}
          {hasDocument && panels.outline && !fold.folded('outline') && <OutlinePanel />}
          <main className="canvas-area">
            {hasDocument ? <MapCanvas runAction={runAction} /> : <EmptyState />}
            {hasDocument && panels.evaluation && <EvaluationBar />}
            {hasDocument && <FocusControls />}
            {hasDocument && panels.legend && <Legend />}
            {hasDocument && findOpen && <FindBar />}
          </main>
          {hasDocument && panels.storyline && <StorylinePanel />}
          {hasDocument && panels.inspector && !fold.folded('inspector') && <Inspector />}
          {hasDocument && panels.inspector && fold.narrow && (
            <PanelRail
              title="Inspector"
              side="right"
              expanded={!fold.folded('inspector')}
              onToggle={() => fold.toggle('inspector')}
              icon={<InspectorIcon />}
            />
          )}
        </div>
        <StatusBar />
        <RecoveryDialog />
        <ImportReportDialog />
        {hasDocument && <ExportDialog />}
        {paletteOpen && <CommandPalette runAction={runAction} />}
      </div>
      {hasDocument && presenting && <Presentation />}
    </>
  );
}

export function App() {
  const [store] = useState(() => new EditorStore());
  // Above the crash screen's boundary: a drawing error must not take Save, main's save requests or
  // the recovery copies with it, nor leave main's menu and title unaware of unsaved changes.
  useDocumentFiles(store);
  useMenuState(store);
  return (
    <EditorContext.Provider value={store}>
      <CrashScreen>
        <ReactFlowProvider>
          <Workspace store={store} />
        </ReactFlowProvider>
      </CrashScreen>
    </EditorContext.Provider>
  );
}
