import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { focusCanvas } from '../ui/focus';

interface CommitFieldProps {
  label: string;
  /** The value in the document; the field shows it again whenever it changes elsewhere (undo, the canvas). */
  value: string;
  /** Called once per edit session, only when the text differs from `value`. */
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

/**
 * A labelled text field that keeps what is typed to itself and hands it to the
 * document as one undo step when the field is left or Ctrl+Enter is pressed
 * (Enter, in a one-line field). Escape brings the document's value back.
 */
export function CommitField({ label, value, onCommit, multiline, placeholder, hint }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }

  // If the field goes away mid-edit (another node selected, the panel hidden), the typing is kept, not lost.
  const latest = useRef({ draft, value, onCommit });
  useEffect(() => {
    latest.current = { draft, value, onCommit };
  });
  useEffect(
    () => () => {
      const { draft: typed, value: saved, onCommit: commitTyped } = latest.current;
      if (typed !== saved) commitTyped(typed);
    },
    [],
  );

  const commit = (): void => {
    if (draft === value) return;
    onCommit(draft);
    // Shows the value as the document normalised it (or as it was, if the change made no difference).
    setDraft(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || !multiline)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (draft !== value) setDraft(value);
      else focusCanvas();
    }
  };

  const common = {
    id,
    className: 'field__control',
    value: draft,
    placeholder,
    spellCheck: true,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className={`field${draft !== value ? ' is-dirty' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={2} /> : <input {...common} type="text" autoComplete="off" />}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
