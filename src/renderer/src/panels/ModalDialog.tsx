import type { ReactNode } from 'react';

interface ModalDialogProps {
  /** The id of the dialog's title, which names it for screen readers. */
  labelledBy: string;
  describedBy?: string;
  wide?: boolean;
  /** Escape answers the safest way (Cancel, Decide Later). */
  onEscape: () => void;
  children: ReactNode;
}

/**
 * A dialog the map waits for: keys stay inside it (the map's one-key shortcuts never see them),
 * and a click beside it does not take the focus away.
 */
export function ModalDialog({ labelledBy, describedBy, wide = false, onEscape, children }: ModalDialogProps) {
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.preventDefault()}>
      <div
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onEscape();
        }}
      >
        {children}
      </div>
    </div>
  );
}
