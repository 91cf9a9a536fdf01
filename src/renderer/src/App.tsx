import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { MapCanvas } from './canvas/MapCanvas';
import { CrashScreen } from './panels/CrashScreen';
import { EmptyState } from './panels/EmptyState';
import { ErrorBanner } from './panels/ErrorBanner';
import { Legend } from './panels/Legend';
import { StatusBar } from './panels/StatusBar';
import { TopBar } from './panels/TopBar';
import { EditorStore } from './store/editorStore';
import { EditorContext, useEditor } from './store/useEditor';
import { useHostEvents } from './useHostEvents';

function Workspace({ store }: { store: EditorStore }) {
  useHostEvents(store);
  const hasDocument = useEditor((state) => state.document !== null);
  const showLegend = useEditor((state) => state.session.showLegend);
  const documentName = useEditor((state) => state.documentName);
  // Electron shows the page title in the window's title bar and task switcher.
  useEffect(() => {
    document.title = documentName ? `${documentName} — Argmap` : 'Argmap';
  }, [documentName]);
  return (
    <div className="app">
      <TopBar />
      <ErrorBanner />
      <main className="canvas-area">
        {hasDocument ? <MapCanvas /> : <EmptyState />}
        {hasDocument && showLegend && <Legend />}
      </main>
      <StatusBar />
    </div>
  );
}

export function App() {
  const [store] = useState(() => new EditorStore());
  return (
    <CrashScreen>
      <EditorContext.Provider value={store}>
        <ReactFlowProvider>
          <Workspace store={store} />
        </ReactFlowProvider>
      </EditorContext.Provider>
    </CrashScreen>
  );
}
