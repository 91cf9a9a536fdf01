import { useEffect } from 'react';
import { useConnection, useStore } from '@xyflow/react';

/**
 * What the canvas's style sheet needs to know of React Flow's state, put on its wrapper: the zoom
 * (`--canvas-zoom`, so connection handles keep a size a pointer can hit at any zoom) and whether a
 * connection is being dragged (`is-connecting`, so handles show and the card under the pointer
 * lights up as the target). Renders nothing; only the wrapper's attributes change, no card re-renders.
 */
export function ConnectionFeedback() {
  const wrapper = useStore((state) => state.domNode);
  const zoom = useStore((state) => state.transform[2]);
  const connecting = useConnection((connection) => connection.inProgress);
  useEffect(() => {
    wrapper?.style.setProperty('--canvas-zoom', String(zoom));
  }, [wrapper, zoom]);
  useEffect(() => {
    wrapper?.classList.toggle('is-connecting', connecting);
  }, [wrapper, connecting]);
  return null;
}
