import type { ArgumentMap } from '../../../shared/model/argumentMap';
import {
  extensionOf,
  FORMATS,
  isDeckFormat,
  isTextFormat,
  type DeckFormat,
  type ExportFormat,
} from '../../../shared/formats/formatRegistry';
import { deckPageSize, storylineToPlay } from '../../../shared/storyline/deckStoryline';
import { writeText } from '../../../shared/formats/conversion/formatWriters';
import type { ExportOptions } from '../../../shared/render/exportOptions';
import { drawMap } from '../../../shared/render/drawMap';
import { scopedMap } from '../../../shared/render/exportScope';
import type { ExportOutcome } from '../../../shared/formats/interop';
import type { ExportFonts } from './exportFonts';
import { renderMapSvgFile } from './renderSvg';
import { fittingPngScale } from './pngSize';

/** An exported file's bytes, how to name and label it, and anything the user should know about it. */
export interface ExportedFile {
  data: Buffer;
  extension: string;
  mimeType: string;
  /** Sentences about what was changed to make the export possible (a PNG drawn smaller than asked). */
  notes: string[];
}

const file = (format: ExportFormat, data: Buffer, notes: string[] = []): ExportedFile => ({
  data,
  extension: extensionOf(format),
  mimeType: FORMATS[format].mimeType,
  notes,
});

/** A text export, with what it could not carry as the notes. */
const textFile = (format: ExportFormat, { text, report }: ExportOutcome): ExportedFile =>
  file(
    format,
    Buffer.from(text, 'utf8'),
    report.map((line) => line.message),
  );

/**
 * The map (or the part the options name) in the chosen format: the one path shared by File ›
 * Export…, Copy as… and `argmap export`. Throws an ExportError for a scope the map does not have.
 */
export async function exportMap(map: ArgumentMap, options: ExportOptions, fonts: ExportFonts): Promise<ExportedFile> {
  // A deck plays the whole map's storyline: its steps name nodes anywhere on the map.
  if (isDeckFormat(options.format)) return exportDeck(map, options, fonts);
  const part = scopedMap(map, options.scope);
  // A text format's writer is loaded on demand (formatWriters.ts): the Argdown one is not for a drawing to pay for.
  if (isTextFormat(options.format)) {
    return textFile(options.format, await writeText(options.format, part, { statuses: options.statuses }));
  }
  // The drawings, each by its painter: a format the registry adds without one here does not compile.
  switch (options.format) {
    case 'svg':
      return file('svg', (await renderMapSvgFile(part, options, fonts)).data);
    case 'png': {
      const drawing = drawMap(part, options, fonts.measurer);
      // A map too big for a PNG at this scale is drawn smaller rather than refused: it must simply work.
      const { scale, note } = fittingPngScale(drawing.viewBox, options.scale);
      // Loaded on demand: resvg takes longer to load than an SVG or outline takes to write.
      const { drawingToPng } = await import('./pngExport');
      return file('png', await drawingToPng(drawing, fonts, { scale }), note ? [note] : []);
    }
    case 'pdf': {
      // The PDF draws its own title block, with the author and date, above the map.
      const { theme, padding, legend, background, statuses } = options;
      const titleBlock = options.title
        ? { title: part.meta.title, author: part.meta.author, date: part.meta.date }
        : undefined;
      // Off the main thread where a worker is set up (the app); in-process otherwise (the CLI).
      const { mapToPdfOffThread } = await import('./pdfOffThread');
      return file(
        'pdf',
        await mapToPdfOffThread(part, { theme, padding, legend, title: false, background, statuses }, fonts, {
          page: options.page,
          orientation: options.orientation,
          titleBlock,
        }),
      );
    }
  }
}

/**
 * A deck of the map's storyline (one generated, and said so, for a map without), by its painter:
 * the PDF painter page by page, native PowerPoint shapes, or SVG slides in an HTML player.
 */
async function exportDeck(map: ArgumentMap, options: ExportOptions, fonts: ExportFonts): Promise<ExportedFile> {
  const format = options.format as DeckFormat;
  const { steps, generatedNote } = storylineToPlay(map);
  const notes = generatedNote ? [generatedNote] : [];
  switch (format) {
    case 'pdf-deck': {
      const { deckToPdf } = await import('./pdfDeck');
      const settings = {
        page: deckPageSize(options.page, options.orientation),
        theme: options.theme,
        notesPages: options.notes,
      };
      return file(format, await deckToPdf(map, steps, settings, fonts), notes);
    }
    case 'pptx': {
      const { deckToPptx } = await import('./pptxDeck');
      return file(format, await deckToPptx(map, steps, options.theme, fonts.measurer), notes);
    }
    case 'html': {
      const { deckToHtml } = await import('./htmlDeck');
      return file(format, await deckToHtml(map, steps, options.theme, fonts), notes);
    }
  }
}
