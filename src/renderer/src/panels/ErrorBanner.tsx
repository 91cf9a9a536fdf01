import { useEditor, useEditorStore } from '../store/useEditor';

/** Says why a map could not be opened; whatever was on screen stays there. */
export function ErrorBanner() {
  const store = useEditorStore();
  const error = useEditor((state) => state.loadError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>Could not open the map.</strong> <span>{error}</span>
      <button
        type="button"
        className="error-banner__close"
        onClick={() => store.dismissError()}
        title="Dismiss"
        aria-label="Dismiss"
      >
        ×
      </button>
    </div>
  );
}
