import { useEditor, useEditorStore } from '../store/useEditor';

/** Says why a file could not be opened or saved; whatever was on screen stays there. */
export function ProblemBanner() {
  const store = useEditorStore();
  const problem = useEditor((state) => state.problem);
  if (!problem) return null;
  return (
    <div className="banner banner--error" role="alert">
      <strong>{problem.title}</strong> <span>{problem.message}</span>
      <button
        type="button"
        className="banner__close"
        onClick={() => store.reportProblem(null)}
        title="Dismiss"
        aria-label="Dismiss"
      >
        ×
      </button>
    </div>
  );
}
