import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Catches a render error so the window says what broke instead of going blank. */
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
    if (!error) return this.props.children;
    return (
      <div className="empty-state" role="alert">
        <p className="empty-state__text">Argmap hit an error and cannot show the map.</p>
        <code className="crash__detail">{error.message}</code>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the window
        </button>
      </div>
    );
  }
}
