import { useEffect, useRef } from 'react';
import type { PresentationSync } from '../../../shared/ipc/contract';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { host } from '../host/argmapHost';

/** This page's name in presentation messages: it ignores its own when main passes them back. */
export const PAGE_ID = `page-${Math.random().toString(36).slice(2, 10)}`;

type Message = PresentationSync extends infer M ? (M extends unknown ? Omit<M, 'from'> : never) : never;

/** Sends a presentation message to the other windows, through main. Lost messages are not worth an error. */
export function sendPresentation(message: Message): void {
  void host()
    .syncPresentation({ ...message, from: PAGE_ID } as PresentationSync)
    .catch(() => undefined);
}

/** Calls `listener` with each presentation message from another window. */
export function usePresentationMessages(listener: (message: PresentationSync) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(
    () =>
      host().on('presentationSync', (message) => {
        if (message.from !== PAGE_ID) latest.current(message);
      }),
    [],
  );
}

/**
 * The main window's side: opens the presenter view as the presentation starts, tells it the map
 * and the step whenever either changes (and when it asks), takes its moves, and says when it ends.
 */
export function usePresenterLink(
  map: ArgumentMap | null,
  step: number | null,
  onMove: (step: number) => void,
  onEnd: () => void,
): void {
  const shown = useRef<{ map: ArgumentMap | null; step: number | null }>({ map: null, step: null });
  useEffect(() => {
    void host()
      .openPresenterView()
      .catch(() => undefined);
    return () => sendPresentation({ kind: 'end' });
  }, []);
  useEffect(() => {
    if (!map || step === null) return;
    const before = shown.current;
    if (before.map !== map) sendPresentation({ kind: 'state', map, step });
    else if (before.step !== step) sendPresentation({ kind: 'step', step });
    shown.current = { map, step };
  }, [map, step]);
  usePresentationMessages((message) => {
    if (message.kind === 'hello' && map && step !== null) sendPresentation({ kind: 'state', map, step });
    else if (message.kind === 'step') onMove(message.step);
    else if (message.kind === 'end') onEnd();
  });
}
