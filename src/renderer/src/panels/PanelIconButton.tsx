import type { ReactNode } from 'react';

interface PanelIconButtonProps {
  label: string;
  shortcut?: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** The top bar's icon button, plus a disabled state for actions with nothing to act on. */
export function PanelIconButton({ label, shortcut, disabled, onClick, children }: PanelIconButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden>{children}</span>
    </button>
  );
}
