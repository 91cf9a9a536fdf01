import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { inertOutside } from './inertOutside';

/** Tab and Shift+Tab cycle through the dialog's own buttons and fields, never out to the page behind it. */
function keepFocusInside(event: KeyboardEvent<HTMLElement>): void {
  const focusable = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'button:not(:disabled), input, select, textarea, [tabindex="0"]',
    ),
  ];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

interface ModalDialogProps {
  /** The id of the dialog's title, which names it for screen readers. */
  labelledBy: string;
  describedBy?: string;
  wide?: boolean;
  /** A class of the dialog's own, for a dialog laid out differently (the export dialog). */
  className?: string;
  /** Escape answers the safest way (Cancel, Decide Later). */
  onEscape: () => void;
  /** A click beside the dialog closes it: for a dialog with nothing to lose (the command palette). */
  onClickOutside?: () => void;
  /** Near the top of the window, as a search box is (the command palette), rather than in the middle. */
  atTop?: boolean;
  children: ReactNode;
}

/**
 * A dialog the map waits for: keys and the focus stay inside it (the map's one-key shortcuts never
 * see them, Tab cycles through its buttons), and a click beside it does not take the focus away.
 * The page behind is inert and hidden from screen readers while it is open, so its landmarks
 * (banner, contentinfo) are the dialog's own.
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  wide = false,
  className,
  onEscape,
  onClickOutside,
  atTop = false,
  children,
}: ModalDialogProps) {
  const classes = ['dialog', wide && 'dialog--wide', className].filter(Boolean).join(' ');
  const backdrop = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (backdrop.current ? inertOutside(backdrop.current) : undefined), []);
  return (
    <div
      ref={backdrop}
      className={atTop ? 'dialog-backdrop dialog-backdrop--top' : 'dialog-backdrop'}
      // A click beside the fields keeps the focus where it is; fields and lists still take it (and open).
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClickOutside?.();
        if (!(event.target instanceof Element) || !event.target.closest('input, select, textarea, pre')) {
          event.preventDefault();
        }
      }}
    >
      <div
        className={classes}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onEscape();
          if (event.key === 'Tab') keepFocusInside(event);
        }}
      >
        {children}
      </div>
    </div>
  );
}
