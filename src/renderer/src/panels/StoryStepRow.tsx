import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import type { ArgNode, StepShows, StoryStep } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS } from '../../../shared/model/kinds';
import { STEP_SHOWS, STEP_SHOWS_LABELS } from '../../../shared/model/storylineRecord';
import { kindColor } from '../ui/themeTokens';
import { CommitField } from './CommitField';

interface StoryStepRowProps {
  step: StoryStep;
  index: number;
  node: ArgNode | undefined;
  /** The open step shows what it shows and its speaker notes to edit. */
  open: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  actions: ReactNode;
  onOpen(): void;
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void;
  onDragStart(event: DragEvent<HTMLLIElement>): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDragLeave(): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
  onShows(shows: StepShows): void;
  onNotes(notes: string): void;
}

/** One step of the Storyline panel: its number, its focus node's kind and text, and (open) its settings. */
export function StoryStepRow(props: StoryStepRowProps) {
  const { step, index, node, open, dropBefore, dropAfter, actions } = props;
  const kind = node ? NODE_KIND_LABELS[node.kind] : 'Missing node';
  const text = node?.text.trim() || '(no text)';
  const classes = ['story-step', open && 'is-open', dropBefore && 'drop-before', dropAfter && 'drop-after'];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-step-id={step.id}
      tabIndex={0}
      draggable
      aria-label={`Step ${index + 1}: ${kind}: ${text}`}
      aria-current={open ? 'step' : undefined}
      onClick={(event) => {
        if (!(event.target as Element).closest('button, select, textarea, input')) props.onOpen();
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !open) props.onOpen();
      }}
      onKeyDown={props.onKeyDown}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
    >
      <div className="story-step__line">
        <span className="story-step__number" aria-hidden>
          {index + 1}
        </span>
        <div className="story-step__what">
          <span className="story-step__kind" style={{ color: node ? kindColor(node.kind, 'accent') : undefined }}>
            {kind}
          </span>
          <span className="story-step__text">{text}</span>
          {!open && step.notes && <span className="story-step__has-notes">Notes</span>}
        </div>
        <div className="story-step__actions">{actions}</div>
      </div>
      {open && (
        <div className="story-step__settings">
          <label className="field__label" htmlFor={`shows-${step.id}`}>
            Shows
          </label>
          <select
            id={`shows-${step.id}`}
            className="field__control"
            value={step.shows}
            onChange={(event) => props.onShows(event.target.value as StepShows)}
          >
            {STEP_SHOWS.map((shows) => (
              <option key={shows} value={shows}>
                {STEP_SHOWS_LABELS[shows]}
              </option>
            ))}
          </select>
          <CommitField label="Speaker notes" value={step.notes ?? ''} multiline onCommit={props.onNotes} />
        </div>
      )}
    </li>
  );
}
