import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { actionOf, type ActionId, type MainActionId } from '../../../shared/actions/actions';
import type { Position } from '../../../shared/model/argumentMap';
import type { EditorStore } from '../store/editorStore';
import { host } from '../host/argmapHost';
import { useActualSize, useFitMap } from '../canvas/viewport';
import { pageActions } from './pageActions';

/** Runs an action by id: the page's own here, main's (the file commands) by asking main. */
export type RunAction = (id: ActionId) => void;

const runsInMain = (id: ActionId): id is MainActionId => actionOf(id).runsIn === 'main';

/** The one way to run an action: menu clicks, keys, buttons and the command palette run the same code. */
export function useActionRunner(store: EditorStore): RunAction {
  const flow = useReactFlow();
  const fitMap = useFitMap();
  const actualSize = useActualSize();

  const viewCentre = useCallback((): Position | undefined => {
    const pane = document.querySelector('.react-flow');
    if (!pane) return undefined;
    const box = pane.getBoundingClientRect();
    const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    return { x: centre.x - 120, y: centre.y - 32 };
  }, [flow]);

  return useCallback(
    (id: ActionId) => {
      // Main answers a file command with events (an opened map, a problem); a lost request is not worth an error.
      if (runsInMain(id))
        return void host()
          .runFileCommand(id)
          .catch(() => undefined);
      pageActions({ store, flow, fitMap: () => fitMap(), actualSize: () => actualSize(), viewCentre })[id]();
    },
    [actualSize, fitMap, flow, store, viewCentre],
  );
}
