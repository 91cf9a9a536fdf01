import type { ReactNode } from 'react';
import { actionOf, isEnabled, labelNow, type ActionId } from '../../../shared/actions/actions';
import type { ActionState } from '../../../shared/actions/actionState';
import { useEditor } from '../store/useEditor';
import { IconButton } from '../ui/IconButton';
import { shortcutText } from '../ui/shortcutText';

interface ActionButtonProps {
  id: ActionId;
  state: ActionState;
  runAction: (id: ActionId) => void;
  children: ReactNode;
}

/**
 * A toolbar button for an action: the table's name, shortcut and enabled state; a panel's toggle
 * shows whether the panel is shown.
 */
export function ActionButton({ id, state, runAction, children }: ActionButtonProps) {
  const action = actionOf(id);
  const panel = action.togglesPanel;
  const shown = useEditor((editor) => (panel ? editor.session.panels[panel] : undefined));
  return (
    <IconButton
      label={action.buttonLabel ?? labelNow(id, state)}
      shortcut={shortcutText(id)}
      pressed={shown}
      disabled={!isEnabled(id, state)}
      onClick={() => runAction(id)}
    >
      {children}
    </IconButton>
  );
}
