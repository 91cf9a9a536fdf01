import { useEffect, useMemo, useRef } from 'react';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { useEditor, useEditorStore } from '../store/useEditor';
import { endPresentation, goToStep } from '../store/storylineActions';
import { DrawingSvg } from './DrawingSvg';
import { framesOf } from '../../../shared/storyline/presentationFrames';
import { presentationKey } from './presentationKeys';
import { usePresenterLink } from './usePresentationSync';
import './presentation.css';

/**
 * The storyline presented: the canvas alone, full screen, one step at a time. Every slide sits on
 * one strip and the camera glides along it to the next; the cards a step adds fade in. Keys:
 * Right, Space or Page Down on; Left or Page Up back; Home and End; Escape ends.
 */
export function Presentation() {
  const store = useEditorStore();
  const map = useEditor((state) => state.document);
  const presenting = useEditor((state) => state.session.presenting);
  const frames = useMemo(() => (map ? framesOf(map) : []), [map]);
  const ref = useRef<HTMLElement>(null);
  const steps = map?.storyline ?? [];
  // The frame shown: a step, or a page of a step whose premises take more than one.
  const step = presenting?.step ?? 0;
  // The presenter view follows, and its keys move this window too.
  usePresenterLink(
    map,
    presenting ? step : null,
    (to) => goToStep(store, to),
    () => endPresentation(store),
  );

  useEffect(() => {
    ref.current?.focus();
    // Full screen where the system allows it (a browser asks for a key press first; Electron does not).
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const move = presentationKey(event);
      if (!move) return;
      event.preventDefault();
      event.stopPropagation();
      const { session, document: doc } = store.getState();
      const now = session.presenting;
      if (!now || !doc) return;
      if (move === 'end') return endPresentation(store);
      const last = framesOf(doc).length - 1;
      const target = { next: now.step + 1, previous: now.step - 1, first: 0, last }[move];
      goToStep(store, target);
    };
    // Capture: the presentation's keys are its own, before the map's shortcuts see them.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);

  const revealed = useMemo(() => {
    const current = frames[step]?.slide;
    const before = presenting && presenting.previous !== null ? frames[presenting.previous]?.slide : undefined;
    const shown = new Set(before?.nodeIds ?? []);
    return new Set((current?.nodeIds ?? []).filter((id) => !shown.has(id)));
  }, [frames, presenting, step]);

  const frame = frames[step];
  if (!map || !presenting || !frame) return null;
  const focus = map.nodes[steps[frame.step].focus];
  return (
    <section className="presentation" aria-label="Presentation" ref={ref} tabIndex={-1}>
      <div className="presentation__strip" style={{ transform: `translateX(${-step * 100}%)` }}>
        {frames.map((candidate, index) => {
          const slide = Math.abs(index - step) <= 1 ? candidate.slide : null;
          return (
            <div
              key={`${steps[candidate.step].id}:${candidate.slide.part?.index ?? 0}`}
              className="presentation__slide"
              aria-hidden={index !== step || undefined}
              data-step={candidate.step + 1}
            >
              {slide && (
                <DrawingSvg
                  drawing={slide.drawing}
                  revealed={index === step ? revealed : undefined}
                  label={index === step && focus ? `${NODE_KIND_LABELS[focus.kind]}: ${focus.text}` : undefined}
                />
              )}
            </div>
          );
        })}
      </div>
      <p className="presentation__counter" aria-live="polite">
        Step {frame.step + 1} of {steps.length}
      </p>
      {frame.slide.part && (
        <p className="presentation__part">
          Part {frame.slide.part.index + 1} of {frame.slide.part.count}
        </p>
      )}
      {presenting.message && (
        <p className="presentation__message" role="status">
          {presenting.message}
        </p>
      )}
      <button
        type="button"
        className="presentation__end"
        onClick={() => endPresentation(store)}
        title="End the presentation (Esc)"
      >
        End <kbd>Esc</kbd>
      </button>
    </section>
  );
}
