import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemBanner } from '../files/ProblemBanner';
import { useEditor } from '../store/useEditor';

interface State {
  error: Error | null;
}

/** Save's keys as this machine shows them. */
const saveKeys = (): string => (navigator.platform.toLowerCase().startsWith('mac') ? '⌘S' : 'Ctrl+S');

/** What the crash screen says: the store and the file wiring live above it, so the map is not lost with the drawing. */
function CrashMessage({ error }: { error: Error }) {
  const hasDocument = useEditor((state) => state.document !== null);
  return (
    <div className="app">
      {/* Save still works from here; when it fails, the user must see why as on the map's own screen. */}
      <ProblemBanner />
      <div className="empty-state" role="alert">
        <p className="empty-state__text">Argmap hit an error and cannot show the map.</p>
        {hasDocument && (
          <p className="crash__safe">
            Your map is still open: Save ({saveKeys()}) writes it, and Reload the window brings it back with its unsaved
            changes.
          </p>
        )}
        <code className="crash__detail">{error.message}</code>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the window
        </button>
      </div>
    </div>
  );
}

/** Catches a render error so the window says what broke instead of going blank. Needs the editor's context above it. */
export class CrashScreen extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Argmap crashed while drawing', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    return error ? <CrashMessage error={error} /> : this.props.children;
  }
}
