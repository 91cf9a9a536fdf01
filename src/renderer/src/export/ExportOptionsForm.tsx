import { useState } from 'react';
import type { ScopeKind } from '../../../shared/ipc/exportContract';
import { FORMATS, isDeckFormat, isTextFormat, usesOption } from '../../../shared/formats/formatRegistry';
import {
  EXPORT_THEME_LABELS,
  EXPORT_THEMES,
  PADDING_RANGE as PADDING,
  PAGE_SIZE_LABELS,
  PAGE_SIZES,
  type ExportOptions,
  type PageSize,
} from '../../../shared/render/exportOptions';
import { FORMAT_CHOICES, hasOrientation, type ScopeChoice } from './exportModel';
import { SegmentedChoice } from './SegmentedChoice';

interface ExportOptionsFormProps {
  options: ExportOptions;
  scopes: readonly ScopeChoice[];
  onChange: (change: Partial<ExportOptions>) => void;
  onScope: (kind: ScopeKind) => void;
}

const SCALES = [1, 2, 3, 4] as const;
/** A deck's pages: slides or paper (a deck has no page the map's own size). */
const DECK_PAGES = PAGE_SIZES.filter((page) => page !== 'fit');

/** The padding in pixels, typed freely: the option changes once the text is a number in range. */
function PaddingField({ value, onChange }: { value: number; onChange: (padding: number) => void }) {
  const [text, setText] = useState(String(value));
  const typed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(typed) && typed >= PADDING.min && typed <= PADDING.max;
  return (
    <div className="export-field">
      <label className="export-field__label" htmlFor="export-padding">
        Padding
      </label>
      <div className="export-number">
        <input
          id="export-padding"
          className="export-number__input"
          type="number"
          inputMode="numeric"
          min={PADDING.min}
          max={PADDING.max}
          step={4}
          value={text}
          aria-invalid={!valid || undefined}
          aria-describedby="export-padding-hint"
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const number = Number(next);
            if (next.trim() !== '' && Number.isInteger(number) && number >= PADDING.min && number <= PADDING.max) {
              onChange(number);
            }
          }}
          onBlur={() => setText(String(value))}
        />
        <span className="export-number__unit" aria-hidden>
          px
        </span>
      </div>
      <p id="export-padding-hint" className={valid ? 'export-field__hint' : 'export-field__hint is-error'}>
        {valid ? 'Blank space around the drawing.' : `A whole number from ${PADDING.min} to ${PADDING.max}.`}
      </p>
    </div>
  );
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="export-check" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** PNG and SVG both offer to leave the theme's background out. */
function TransparentBackground({
  id,
  options,
  onChange,
}: {
  id: string;
  options: ExportOptions;
  onChange: (changes: Partial<ExportOptions>) => void;
}) {
  return (
    <Checkbox
      id={id}
      label="Transparent background"
      checked={options.background === 'transparent'}
      onChange={(on) => onChange({ background: on ? 'transparent' : 'solid' })}
    />
  );
}

/** Page size and orientation: the PDF's page ("fit" among the sizes) or a deck's pages (paper or slide). */
function PageFields({
  idPrefix,
  pages,
  options,
  onChange,
}: {
  idPrefix: string;
  pages: readonly PageSize[];
  options: ExportOptions;
  onChange: (changes: Partial<ExportOptions>) => void;
}) {
  // A deck has no "fit": its pages are a slide until a paper size is chosen.
  const page = pages.includes(options.page) ? options.page : 'slide';
  return (
    <>
      <div className="export-field">
        <label className="export-field__label" htmlFor={`${idPrefix}-page`}>
          Page size
        </label>
        <select
          id={`${idPrefix}-page`}
          className="export-select"
          value={page}
          onChange={(event) => onChange({ page: event.target.value as PageSize })}
        >
          {pages.map((size) => (
            <option key={size} value={size}>
              {PAGE_SIZE_LABELS[size]}
            </option>
          ))}
        </select>
      </div>
      <SegmentedChoice
        legend="Orientation"
        name={`${idPrefix}-orientation`}
        value={options.orientation}
        disabled={!hasOrientation(page)}
        segments={[
          { value: 'portrait', label: 'Portrait' },
          { value: 'landscape', label: 'Landscape' },
        ]}
        onChange={(orientation) => onChange({ orientation })}
        hint={
          hasOrientation(page)
            ? undefined
            : page === 'fit'
              ? 'The page takes the map’s own shape.'
              : 'A slide is always landscape.'
        }
      />
    </>
  );
}

/** The left column of the export dialog: format, what to export, appearance and the format's own options. */
export function ExportOptionsForm({ options, scopes, onChange, onScope }: ExportOptionsFormProps) {
  // What a text format holds is said where a drawing's appearance options would be.
  const note = isTextFormat(options.format) ? FORMATS[options.format].note : null;
  const format = FORMAT_CHOICES.find((choice) => choice.format === options.format);
  // A deck plays the storyline: the scope, padding, legend and title options are not its.
  const deck = isDeckFormat(options.format);
  return (
    <div className="export-options">
      <section className="export-section" aria-labelledby="export-format-heading">
        <h3 id="export-format-heading" className="export-section__heading">
          Format
        </h3>
        <SegmentedChoice
          labelledBy="export-format-heading"
          name="export-format"
          value={options.format}
          segments={FORMAT_CHOICES.map((choice) => ({ value: choice.format, label: choice.label, title: choice.hint }))}
          onChange={(value) => onChange({ format: value })}
          hint={format?.hint}
          columns={3}
        />
      </section>

      {!deck && (
        <section className="export-section" aria-labelledby="export-scope-heading">
          <h3 id="export-scope-heading" className="export-section__heading">
            What to export
          </h3>
          <fieldset className="export-field export-scopes" aria-labelledby="export-scope-heading">
            {scopes.map((scope) => (
              <label
                key={scope.kind}
                className="export-scope"
                title={scope.disabledReason ?? undefined}
                aria-disabled={scope.disabledReason !== null || undefined}
              >
                <input
                  type="radio"
                  name="export-scope"
                  value={scope.kind}
                  checked={options.scope.kind === scope.kind}
                  disabled={scope.disabledReason !== null}
                  onChange={() => onScope(scope.kind)}
                  aria-describedby={`export-scope-${scope.kind}`}
                />
                <span className="export-scope__text">
                  <span className="export-scope__label">{scope.label}</span>
                  <span id={`export-scope-${scope.kind}`} className="export-scope__detail">
                    {scope.disabledReason ?? scope.detail}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        </section>
      )}

      {note !== null ? (
        <>
          <p className="export-note">{note} Theme, padding and legend apply only to images and PDF.</p>
          {usesOption(options.format, 'statuses') && (
            <div className="export-checks">
              <Checkbox
                id="export-statuses"
                label="Evaluation status of each node (stands, falls, open)"
                checked={options.statuses}
                onChange={(statuses) => onChange({ statuses })}
              />
            </div>
          )}
        </>
      ) : (
        <section className="export-section" aria-labelledby="export-look-heading">
          <h3 id="export-look-heading" className="export-section__heading">
            Appearance
          </h3>
          <SegmentedChoice
            legend="Theme"
            name="export-theme"
            columns={2}
            value={options.theme}
            segments={EXPORT_THEMES.map((theme) => ({
              value: theme,
              label: (
                <>
                  <span className={`theme-swatch theme-swatch--${theme}`} aria-hidden />
                  {EXPORT_THEME_LABELS[theme]}
                </>
              ),
            }))}
            onChange={(theme) => onChange({ theme })}
          />
          {deck && <p className="export-note">{FORMATS[options.format].note}</p>}
          {!deck && <PaddingField value={options.padding} onChange={(padding) => onChange({ padding })} />}
          {!deck && (
            <fieldset className="export-field">
              <legend className="export-field__label">Include</legend>
              <div className="export-checks">
                <Checkbox
                  id="export-title"
                  label={options.format === 'pdf' ? 'Title, author and date' : 'Title'}
                  checked={options.title}
                  onChange={(title) => onChange({ title })}
                />
                <Checkbox
                  id="export-legend"
                  label="Legend of kinds and relations"
                  checked={options.legend}
                  onChange={(legend) => onChange({ legend })}
                />
                <Checkbox
                  id="export-statuses"
                  label="Evaluation: stands, falls, open"
                  checked={options.statuses}
                  onChange={(statuses) => onChange({ statuses })}
                />
              </div>
            </fieldset>
          )}
        </section>
      )}

      {options.format === 'pdf-deck' && (
        <section className="export-section" aria-labelledby="export-deck-heading">
          <h3 id="export-deck-heading" className="export-section__heading">
            Deck pages
          </h3>
          <PageFields idPrefix="export-deck" pages={DECK_PAGES} options={options} onChange={onChange} />
          <Checkbox
            id="export-deck-notes"
            label="A page of speaker notes after each slide"
            checked={options.notes}
            onChange={(notes) => onChange({ notes })}
          />
        </section>
      )}

      {options.format === 'png' && (
        <section className="export-section" aria-labelledby="export-png-heading">
          <h3 id="export-png-heading" className="export-section__heading">
            PNG image
          </h3>
          <SegmentedChoice
            legend="Scale"
            name="export-scale"
            value={options.scale}
            segments={SCALES.map((scale) => ({ value: scale, label: `${scale}×`, title: `${scale * 96} DPI` }))}
            onChange={(scale) => onChange({ scale })}
            hint="2× is sharp on high-resolution screens and slides."
          />
          <TransparentBackground id="export-transparent" options={options} onChange={onChange} />
        </section>
      )}

      {options.format === 'svg' && (
        <section className="export-section" aria-labelledby="export-svg-heading">
          <h3 id="export-svg-heading" className="export-section__heading">
            SVG image
          </h3>
          <SegmentedChoice
            legend="Text"
            name="export-text"
            value={options.textAs}
            segments={[
              { value: 'text', label: 'Editable text', title: 'Text stays text, with the font embedded' },
              { value: 'outlines', label: 'Outlines', title: 'Letters as shapes: looks the same everywhere' },
            ]}
            onChange={(textAs) => onChange({ textAs })}
          />
          <TransparentBackground id="export-svg-transparent" options={options} onChange={onChange} />
        </section>
      )}

      {options.format === 'pdf' && (
        <section className="export-section" aria-labelledby="export-pdf-heading">
          <h3 id="export-pdf-heading" className="export-section__heading">
            PDF page
          </h3>
          <PageFields idPrefix="export" pages={PAGE_SIZES} options={options} onChange={onChange} />
        </section>
      )}
    </div>
  );
}
