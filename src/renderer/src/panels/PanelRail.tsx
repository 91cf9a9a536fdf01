import type { ReactNode } from 'react';
import { IconButton } from '../ui/IconButton';

interface PanelRailProps {
  /** The panel's name, as its header shows it: "Outline". */
  title: string;
  side: 'left' | 'right';
  expanded: boolean;
  onToggle: () => void;
  icon: ReactNode;
}

/**
 * A side panel folded to its icon in a narrow window: a slim rail beside the canvas, whose button
 * opens the panel beside it (and folds it again).
 */
export function PanelRail({ title, side, expanded, onToggle, icon }: PanelRailProps) {
  const name = title.toLowerCase();
  return (
    <aside className={`panel-rail panel-rail--${side}`} aria-label={expanded ? `${title} (open)` : `${title} (folded)`}>
      <IconButton label={expanded ? `Fold the ${name}` : `Open the ${name}`} pressed={expanded} onClick={onToggle}>
        {icon}
      </IconButton>
    </aside>
  );
}
