import type { ExportPreview, ScopeKind } from '../../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import type { NodeId } from '../../../shared/model/ids';
import {
  EXPORT_FORMATS,
  FORMATS,
  isDeckFormat,
  isTextFormat,
  type ExportFormat,
} from '../../../shared/formats/formatRegistry';
import {
  CSS_DPI,
  DEFAULT_EXPORT_OPTIONS,
  type ExportOptions,
  type PageSize,
} from '../../../shared/render/exportOptions';
import { plural } from '../ui/plural';
import { pageLayout, PT_PER_PX } from '../../../shared/render/pageLayout';

/** The formats as the dialog's segmented control names them, with what each is for (from the format registry). */
export const FORMAT_CHOICES: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = EXPORT_FORMATS.map(
  (format) => ({ format, label: FORMATS[format].name, hint: FORMATS[format].hint }),
);

/**
 * The options a preview depends on: those that change no pixel of the drawing (PNG scale, PDF page)
 * are set to their defaults, so choosing them draws nothing again. SVG, PNG and PDF are drawn alike.
 */
export function previewOptions(options: ExportOptions): ExportOptions {
  const d = DEFAULT_EXPORT_OPTIONS;
  if (isTextFormat(options.format)) return { ...d, format: options.format, scope: options.scope };
  // A deck plays the whole storyline: its theme, page and notes pages change it, nothing else.
  if (isDeckFormat(options.format)) {
    const { format, theme, page, orientation, notes } = options;
    return { ...d, format, theme, page, orientation, notes };
  }
  // Main draws every preview with real text (outlines look the same): SVG, PNG and PDF share one drawing.
  return { ...options, format: 'svg', textAs: 'text', scale: d.scale, page: d.page, orientation: d.orientation };
}

/** Page size and orientation only apply to paper; a slide is always landscape, a fitted page the map's shape. */
export const hasOrientation = (page: PageSize): boolean => page === 'a4' || page === 'letter';

// As the PDF export lays out its page (src/main/services/export/pdfPage.ts), without the title block.
/** A PDF page in points, with the drawing's box on it and the scale the drawing is set at (1 = its own size). */
export interface PagePreview {
  width: number;
  height: number;
  drawing: { x: number; y: number; width: number; height: number };
  factor: number;
}

/** Where the drawing sits on the PDF page: the very layout the PDF export uses (without its title block). */
export function pagePreview(options: ExportOptions, size: { width: number; height: number }): PagePreview {
  const { width, height, drawing } = pageLayout(size, options.page, options.orientation);
  const { scale, ...box } = drawing;
  return { width, height, drawing: box, factor: scale / PT_PER_PX };
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const px = (width: number, height: number): string => `${number.format(width)} × ${number.format(height)} px`;

const PAGE_NAMES: Record<Exclude<PageSize, 'fit'>, (landscape: boolean) => string> = {
  a4: (landscape) => (landscape ? 'A4 landscape, 297 × 210 mm' : 'A4 portrait, 210 × 297 mm'),
  letter: (landscape) => (landscape ? 'US Letter landscape, 11 × 8.5 in' : 'US Letter portrait, 8.5 × 11 in'),
  slide: () => '16:9 slide, 13.33 × 7.5 in',
};

/** What the export will be, in a line above the preview: its size in pixels, its page, or its length. */
export function sizeDescription(options: ExportOptions, preview: ExportPreview | null): string {
  if (!preview?.ok) return '';
  if (preview.kind === 'text') return plural(preview.text.trimEnd().split('\n').length, 'line');
  const { width, height } = preview;
  if (isDeckFormat(options.format) && preview.pages !== undefined) {
    const slides = options.format === 'pdf-deck' && options.page !== 'fit' && options.page !== 'slide';
    const what = slides ? PAGE_NAMES[options.page as 'a4' | 'letter'](options.orientation === 'landscape') : '16:9';
    return `${plural(preview.pages, options.format === 'pdf-deck' ? 'page' : 'slide')} · ${what}`;
  }
  switch (options.format) {
    case 'png': {
      const output = pngOutput(preview, options.scale);
      return `${px(output.width, output.height)} · ${Math.round(output.scale * CSS_DPI)} DPI`;
    }
    case 'pdf': {
      if (options.page === 'fit') return `One page the size of the map, ${px(width, height)}`;
      const page = PAGE_NAMES[options.page](options.orientation === 'landscape');
      const { factor } = pagePreview(options, preview);
      return factor === 1 ? page : `${page} · map at ${Math.round(factor * 100)}%`;
    }
    default:
      return px(width, height);
  }
}

// As the PNG export limits its size (src/main/services/export/pngSize.ts).
const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 2 ** 27;

const pngPixels = (size: { width: number; height: number }, scale: number) => ({
  width: Math.max(1, Math.round(size.width * scale)),
  height: Math.max(1, Math.round(size.height * scale)),
});

/** The PNG the export will write: the scale asked for, or (for a drawing too large) the largest that fits. */
export function pngOutput(
  size: { width: number; height: number },
  asked: number,
): { scale: number; width: number; height: number; fitted: boolean } {
  const pixels = pngPixels(size, asked);
  if (pixels.width <= PNG_MAX_SIDE && pixels.height <= PNG_MAX_SIDE && pixels.width * pixels.height <= PNG_MAX_PIXELS) {
    return { scale: asked, ...pixels, fitted: false };
  }
  const limit = Math.min(
    PNG_MAX_SIDE / size.width,
    PNG_MAX_SIDE / size.height,
    Math.sqrt(PNG_MAX_PIXELS / (size.width * size.height)),
  );
  const step = limit >= 1 ? 10 : 100;
  const scale = Math.max(0.01, Math.floor(limit * step) / step);
  return { scale, ...pngPixels(size, scale), fitted: true };
}

/**
 * Said before exporting a PNG too large to write at the chosen scale: it will be drawn smaller (as the
 * export does), and below 1× the text gets hard to read. Null when it fits.
 */
export function pngLimit(options: ExportOptions, preview: ExportPreview | null): string | null {
  if (options.format !== 'png' || !preview?.ok || preview.kind !== 'drawing') return null;
  const output = pngOutput(preview, options.scale);
  if (!output.fitted) return null;
  const advice = output.scale < 1 ? ' For readable text, export a selection or a subtree, or choose PDF or SVG.' : '';
  return `Too large for a PNG at ${options.scale}×: it will be drawn at ${output.scale}× (${px(output.width, output.height)}), the most a PNG can hold.${advice}`;
}

/** A choice of what to export, and why it cannot be chosen now. */
export interface ScopeChoice {
  kind: ScopeKind;
  label: string;
  detail: string;
  disabledReason: string | null;
}

const excerpt = (text: string, length = 48): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat || 'an empty node';
};

/** Whole map, the selected nodes, or the subtree of the one selected node. */
export function scopeChoices(map: ArgumentMap, selected: readonly NodeId[]): ScopeChoice[] {
  const total = Object.keys(map.nodes).length;
  const [only] = selected;
  const single = selected.length === 1 && only !== undefined ? map.nodes[only] : undefined;
  return [
    {
      kind: 'map',
      label: 'Whole map',
      detail: `${number.format(total)} node${total === 1 ? '' : 's'}`,
      disabledReason: null,
    },
    {
      kind: 'selection',
      label: 'Selected nodes',
      detail: selected.length > 0 ? plural(selected.length, 'node') : 'Nothing is selected',
      disabledReason: selected.length > 0 ? null : 'Select nodes on the map first.',
    },
    {
      kind: 'subtree',
      label: 'Subtree of one node',
      detail: single ? `“${excerpt(single.text)}” and what bears on it` : 'Select exactly one node',
      disabledReason: single ? null : 'Select exactly one node on the map first.',
    },
  ];
}
