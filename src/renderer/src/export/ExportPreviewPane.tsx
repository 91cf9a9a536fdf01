import type { CSSProperties } from 'react';
import type { ExportPreview } from '../../../shared/ipc/exportContract';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { pagePreview, pngLimit, sizeDescription } from './exportModel';

interface ExportPreviewPaneProps {
  options: ExportOptions;
  preview: ExportPreview | null;
  busy: boolean;
}

/** An SVG as an image source: the page's CSP allows data: images, and an <img> runs no script in it. */
const svgUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function Drawing({
  options,
  preview,
}: {
  options: ExportOptions;
  preview: Extract<ExportPreview, { kind: 'drawing' }>;
}) {
  const image = <img className="export-preview__image" src={svgUrl(preview.svg)} alt="Preview of the export" />;
  const transparent = options.background === 'transparent' && options.format !== 'pdf';
  if (options.format !== 'pdf') {
    return (
      <div className={transparent ? 'export-preview__canvas is-transparent' : 'export-preview__canvas'}>{image}</div>
    );
  }
  // A PDF is shown as its page: paper of the chosen shape, the drawing where the PDF sets it.
  const page = pagePreview(options, preview);
  const percent = (part: number, whole: number): string => `${(part / whole) * 100}%`;
  const pageStyle = { '--page-aspect': page.width / page.height } as CSSProperties;
  const drawingStyle: CSSProperties = {
    left: percent(page.drawing.x, page.width),
    top: percent(page.drawing.y, page.height),
    width: percent(page.drawing.width, page.width),
    height: percent(page.drawing.height, page.height),
  };
  return (
    <div className="export-preview__canvas export-preview__canvas--page">
      <div className="export-page" style={pageStyle}>
        <div className="export-page__drawing" style={drawingStyle}>
          {image}
        </div>
      </div>
    </div>
  );
}

/** The right column of the export dialog: the export as it will be, with its size, while drawing and when it fails. */
export function ExportPreviewPane({ options, preview, busy }: ExportPreviewPaneProps) {
  const size = sizeDescription(options, preview);
  const limit = busy ? null : pngLimit(options, preview);
  return (
    <section className="export-preview" aria-labelledby="export-preview-heading" aria-busy={busy}>
      <div className="export-preview__bar">
        <h3 id="export-preview-heading" className="export-section__heading">
          Preview
        </h3>
        <span className="export-preview__size" data-testid="export-size">
          {busy ? (
            <span className="export-busy">
              <span className="spinner" aria-hidden /> Drawing…
            </span>
          ) : (
            size
          )}
        </span>
      </div>
      {limit && (
        <p className="export-preview__warning" role="status">
          {limit}
        </p>
      )}
      <div className={busy && preview ? 'export-preview__stage is-stale' : 'export-preview__stage'}>
        {!preview && (
          <div className="export-preview__empty">
            <span className="spinner spinner--large" aria-hidden />
          </div>
        )}
        {preview && !preview.ok && (
          <div className="export-preview__empty" role="alert">
            <strong>{preview.problem.title}</strong>
            <span>{preview.problem.message}</span>
          </div>
        )}
        {preview?.ok && preview.kind === 'drawing' && <Drawing options={options} preview={preview} />}
        {preview?.ok && preview.kind === 'text' && (
          <pre className="export-preview__text" tabIndex={0} aria-label="Preview of the outline">
            {preview.text}
          </pre>
        )}
      </div>
    </section>
  );
}
