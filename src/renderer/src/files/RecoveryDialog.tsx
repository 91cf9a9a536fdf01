import { useEffect, useRef } from 'react';
import type { RecoveryOffer } from '../../../shared/ipc/contract';
import { host } from '../host/argmapHost';
import { ModalDialog } from '../ui/ModalDialog';
import { useEditor, useEditorStore } from '../store/useEditor';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "plan.argmap", then "Unsaved changes from 28 Nov 2026, 16:03." and the file it belongs to, each on a
 * line of its own. A damaged copy's only name is its internal file name: it is called what it is,
 * with why it cannot be restored.
 */
function describe(offer: RecoveryOffer): { title: string; lines: string[] } {
  if (offer.problem) return { title: 'A damaged recovery copy', lines: [offer.problem] };
  const when = offer.savedAt ? WHEN.format(new Date(offer.savedAt)) : 'an unknown time';
  return {
    title: offer.name,
    lines: [
      `Unsaved changes from ${when}.`,
      // A no-break space: a long path breaks inside itself, never leaving "File:" alone on a line.
      offer.originalPath ? `File:\u00a0${offer.originalPath}` : 'Not saved to a file yet.',
    ],
  };
}

/**
 * Offered at start-up when Argmap did not close cleanly: each unsaved map it kept, to restore or
 * discard. "Decide Later" keeps the copies for the next start.
 */
export function RecoveryDialog() {
  const store = useEditorStore();
  const offers = useEditor((state) => state.recoveryOffers);
  const first = useRef<HTMLButtonElement>(null);
  const open = offers.length > 0;

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  if (!open) return null;
  const answer = (offer: RecoveryOffer, action: 'restore' | 'discard'): void => {
    // Restoring replaces the map on screen, so the other copies wait for the next start.
    store.offerRecoveries(action === 'restore' ? [] : offers.filter((o) => o !== offer));
    void host()
      .answerRecovery({ id: offer.id, action })
      .catch(() => undefined);
  };
  return (
    <ModalDialog labelledBy="recovery-title" wide onEscape={() => store.offerRecoveries([])}>
      <h2 id="recovery-title" className="dialog__title">
        Recover unsaved changes?
      </h2>
      <p className="dialog__text">
        Argmap did not close normally last time. It kept{' '}
        {offers.length === 1 ? 'this unsaved map' : 'these unsaved maps'}:
      </p>
      <ul className="recovery-list">
        {offers.map((offer, index) => {
          const { title, lines } = describe(offer);
          return (
            <li key={offer.id} className="recovery-list__item">
              <div className="recovery-list__text">
                <strong>{title}</strong>
                {lines.map((line) => (
                  <span key={line} className="recovery-list__detail">
                    {line}
                  </span>
                ))}
              </div>
              <button type="button" className="button" onClick={() => answer(offer, 'discard')}>
                Discard
              </button>
              {!offer.problem && (
                <button
                  ref={index === 0 ? first : undefined}
                  type="button"
                  className="button button--primary"
                  onClick={() => answer(offer, 'restore')}
                >
                  Restore
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => store.offerRecoveries([])}>
          Decide Later
        </button>
      </div>
    </ModalDialog>
  );
}
