import { useEffect, useState } from 'react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { DrawingSvg } from './DrawingSvg';
import { presentationKey } from './presentationKeys';
import { sendPresentation, usePresentationMessages } from './usePresentationSync';
import { framesOf } from '../../../shared/storyline/presentationFrames';
import './presenter.css';

const two = (value: number): string => String(value).padStart(2, '0');
const clockText = (time: Date): string => `${two(time.getHours())}:${two(time.getMinutes())}`;
const elapsedText = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
};

/** The time now, updated every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The presenter view, in a second window: the current step and the next, the speaker notes, the
 * clock and the time since the presentation began. It follows the main window, and its own keys
 * (the presentation's) move both.
 */
export function PresenterView() {
  const [shown, setShown] = useState<{ map: ArgumentMap; step: number } | null>(null);
  const [ended, setEnded] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const now = useNow();

  useEffect(() => {
    document.title = 'Presenter View — Argmap';
    // Opened after the presentation began: ask the main window where it is.
    sendPresentation({ kind: 'hello' });
  }, []);

  usePresentationMessages((message) => {
    if (message.kind === 'state') {
      setShown({ map: message.map, step: message.step });
      setEnded(false);
    } else if (message.kind === 'step') setShown((current) => current && { ...current, step: message.step });
    else if (message.kind === 'end') setEnded(true);
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const move = presentationKey(event);
      if (!move || !shown) return;
      event.preventDefault();
      if (move === 'end') {
        sendPresentation({ kind: 'end' });
        setEnded(true);
        return;
      }
      const last = framesOf(shown.map).length - 1;
      const target = { next: shown.step + 1, previous: shown.step - 1, first: 0, last }[move];
      const step = Math.max(0, Math.min(last, target));
      if (step === shown.step) return;
      setShown({ ...shown, step });
      sendPresentation({ kind: 'step', step });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shown]);

  const steps = shown?.map.storyline ?? [];
  const frames = shown ? framesOf(shown.map) : [];
  const current = shown ? frames[shown.step] : undefined;
  const next = shown ? frames[shown.step + 1] : undefined;
  const step = current ? steps[current.step] : undefined;
  const nextStep = next ? steps[next.step] : undefined;
  const about = (id: string | undefined): string => {
    const node = id && shown ? shown.map.nodes[id as keyof ArgumentMap['nodes']] : undefined;
    return node ? `${NODE_KIND_LABELS[node.kind]}: ${node.text}` : '';
  };

  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter__bar">
        <span className="presenter__title">{shown?.map.meta.title ?? 'Presenter view'}</span>
        <span className="presenter__step" aria-live="polite">
          {ended ? 'The presentation has ended' : current ? `Step ${current.step + 1} of ${steps.length}` : 'Waiting…'}
        </span>
        <span className="presenter__time">
          <span aria-label="Clock">{clockText(new Date(now))}</span>
          <span className="presenter__elapsed" aria-label="Elapsed time">
            {elapsedText(now - startedAt)}
          </span>
        </span>
      </header>
      <section className="presenter__current" aria-label="Current step">
        {current && <DrawingSvg drawing={current.slide.drawing} label={about(step?.focus)} />}
      </section>
      <div className="presenter__side">
        <section className="presenter__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next" className="presenter__heading">
            Next
          </h2>
          {next ? (
            <DrawingSvg drawing={next.slide.drawing} label={about(nextStep?.focus)} />
          ) : (
            <p className="presenter__none">End of the storyline</p>
          )}
        </section>
        <section className="presenter__notes" aria-labelledby="presenter-notes">
          <h2 id="presenter-notes" className="presenter__heading">
            Speaker notes
          </h2>
          <p className={step?.notes ? 'presenter__notes-text' : 'presenter__none'}>
            {step?.notes || 'No notes for this step.'}
          </p>
        </section>
      </div>
      <footer className="presenter__keys">→ Space Page Down: next · ← Page Up: back · Home End · Esc: end</footer>
    </main>
  );
}
