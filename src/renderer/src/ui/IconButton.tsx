import type { ReactNode } from 'react';

interface IconButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A square icon button whose tooltip names the action and its shortcut. */
export function IconButton({ label, shortcut, pressed, disabled, onClick, children }: IconButtonProps) {
  const tooltip = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className="icon-button"
      title={tooltip}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden>{children}</span>
    </button>
  );
}
