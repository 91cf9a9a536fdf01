import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../store/useEditor';

const SHOWN_FOR_MS = 5000;

/** A short message at the bottom of the canvas, e.g. why a connection was refused; fades after a few seconds. */
export function NoticeToast() {
  const store = useEditorStore();
  const notice = useEditor((state) => state.session.notice);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(
      () => store.updateSession((session) => (session.notice === notice ? { ...session, notice: null } : session)),
      SHOWN_FOR_MS,
    );
    return () => window.clearTimeout(timer);
  }, [notice, store]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice" key={notice.seq}>
          {notice.text}
        </div>
      )}
    </div>
  );
}
