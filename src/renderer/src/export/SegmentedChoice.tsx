import type { ReactNode } from 'react';

export interface Segment<T extends string | number> {
  value: T;
  label: ReactNode;
  /** Said in the tooltip: what the choice is for, or why it cannot be chosen now. */
  title?: string;
  disabled?: boolean;
}

interface SegmentedChoiceProps<T extends string | number> {
  /** The group's visible name; or `labelledBy`, the id of a heading that names it already. */
  legend?: string;
  labelledBy?: string;
  /** The radio group's name, unique in the dialog. */
  name: string;
  value: T;
  segments: ReadonlyArray<Segment<T>>;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Said under the buttons, e.g. why the whole group is disabled. */
  hint?: string;
  /** Buttons in rows of this many instead of one row (themes, formats); equal widths then. */
  columns?: number;
}

/**
 * A row of radio buttons that looks like a segmented control: one tab stop, arrow keys move the
 * choice (native radio behaviour), each button labelled.
 */
export function SegmentedChoice<T extends string | number>({
  legend,
  labelledBy,
  name,
  value,
  segments,
  onChange,
  disabled = false,
  hint,
  columns,
}: SegmentedChoiceProps<T>) {
  return (
    <fieldset className="export-field" disabled={disabled} aria-labelledby={labelledBy}>
      {legend && <legend className="export-field__label">{legend}</legend>}
      <div
        className={columns ? 'segmented segmented--wrap' : 'segmented'}
        style={columns ? { gridTemplateColumns: `repeat(${columns}, 1fr)` } : undefined}
      >
        {segments.map((segment) => (
          <label
            key={String(segment.value)}
            className="segmented__option"
            title={segment.title}
            aria-disabled={segment.disabled || disabled || undefined}
          >
            <input
              type="radio"
              name={name}
              value={String(segment.value)}
              checked={segment.value === value}
              disabled={segment.disabled}
              onChange={() => onChange(segment.value)}
            />
            <span className="segmented__text">{segment.label}</span>
          </label>
        ))}
      </div>
      {hint && <p className="export-field__hint">{hint}</p>}
    </fieldset>
  );
}
