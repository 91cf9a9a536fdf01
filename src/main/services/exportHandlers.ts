import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExportChannel } from '../../shared/ipc/channels';
import type { InvokeHandlers } from '../../shared/ipc/contract';
import type { FileProblem } from '../../shared/ipc/fileProblem';
import { COPY_FORMATS, DEFAULT_EXPORT_CHOICES, optionsFrom } from '../../shared/ipc/exportContract';
import type { ArgumentMap } from '../../shared/model/argumentMap';
import { isDeckFormat, isTextFormat, type ExportFormat } from '../../shared/formats/formatRegistry';
import type { ExportOptions } from '../../shared/render/exportOptions';
import { scopedMap } from '../../shared/render/exportScope';
import type { ExportFonts } from './export/exportFonts';
import type { ExportedFile } from './export/exportMap';
import type { RenderedSvg } from './export/renderSvg';
import type { ExportChoicesStore } from './exportChoices';
import { writeFileAtomically } from './atomicWrite';
import {
  describeExportWriteError,
  suggestedExportPath,
  withExportExtension,
  type ExportedDocument,
} from './exportTarget';

/** The native dialogs an export asks; Electron's in the app, a script's in tests and the e2e harness. */
export interface ExportDialogs {
  /** Where to write the export (starting at `suggested`, an absolute path), or null if cancelled. */
  chooseExportPath(suggested: string, format: ExportFormat): Promise<string | null>;
  /** "“name” already exists. Replace it?" — for a name completed with the extension after the dialog's own check. */
  askReplaceExport(name: string): Promise<boolean>;
}

/** The system clipboard (Electron's in the app, a recorder in tests). */
export interface ExportClipboard {
  writeText(text: string): Promise<void> | void;
  /** Puts a PNG on the clipboard as an image other apps paste. */
  writeImage(png: Buffer): Promise<void> | void;
  /** Puts SVG markup on the clipboard: as text, and as an SVG image where the platform has that type. */
  writeSvg(svg: string): Promise<void> | void;
}

/** The export core: the one SVG renderer and the formats derived from it. Tests pass stand-ins. */
export interface ExportEngine {
  exportMap(map: ArgumentMap, options: ExportOptions, fonts: ExportFonts): Promise<ExportedFile>;
  renderMapSvg(
    map: ArgumentMap,
    options: ExportOptions,
    fonts: ExportFonts,
    settings?: { embedFont?: boolean },
  ): Promise<RenderedSvg>;
  /** The bundled fonts, loaded on first use. */
  fonts(): ExportFonts;
}

export interface ExportServices {
  /** The open document (its name, and path once saved), or null when no window is open. */
  document(): ExportedDocument | null;
  dialogs: ExportDialogs;
  clipboard: ExportClipboard;
  engine: ExportEngine;
  choices: ExportChoicesStore;
  /** Where the save dialog starts for a map that has no folder of its own (the sample, a new map). */
  documentsDir: string;
  /** Writes a temp file beside `path`, fsyncs and renames it; tests replace it to stage a full disk. */
  writeFile?: (path: string, data: Buffer) => Promise<void>;
}

export type ExportHandlers = Pick<InvokeHandlers, ExportChannel>;

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The main-process side of File › Export… and Edit › Copy as…. Electron-free: the app passes native
 * dialogs and its clipboard, tests and the e2e harness scripted dialogs and a recording clipboard.
 * Nothing here throws across the contract: every failure is a problem the page shows in words.
 */
export function createExportHandlers(services: ExportServices): ExportHandlers {
  const { dialogs, clipboard, engine, choices } = services;
  const writeFile = services.writeFile ?? writeFileAtomically;
  const key = (): ExportedDocument => services.document() ?? { name: '', path: null };
  const problem = (title: string, error: unknown): { title: string; message: string } => ({
    title,
    message: reason(error),
  });

  return {
    async previewExport({ map, options }) {
      try {
        const fonts = engine.fonts();
        if (isDeckFormat(options.format)) {
          const { deckPreview } = await import('./export/deckPreview');
          const { svg, width, height, pages, note } = await deckPreview(map, options, fonts);
          return { ok: true, kind: 'drawing', svg, width, height, pages, ...(note && { note }) };
        }
        if (isTextFormat(options.format)) {
          const file = await engine.exportMap(map, options, fonts);
          return { ok: true, kind: 'text', text: file.data.toString('utf8') };
        }
        // Drawn with real text and the font embedded (so the preview's <img> has it): outlines look the same
        // and take far longer to make (seconds for a thousand nodes), too long to redraw at every change.
        const drawn = { ...options, textAs: 'text' as const };
        const { svg, size } = await engine.renderMapSvg(scopedMap(map, options.scope), drawn, fonts, {
          embedFont: true,
        });
        return { ok: true, kind: 'drawing', svg, width: size.width, height: size.height };
      } catch (error) {
        return { ok: false, problem: problem('Could not draw the preview.', error) };
      }
    },

    async exportToFile({ map, options }) {
      const suggested = suggestedExportPath(services.document(), map, options.format, services.documentsDir);
      const chosen = await dialogs.chooseExportPath(suggested, options.format);
      if (!chosen) return { outcome: 'cancelled' };
      const target = withExportExtension(chosen, options.format);
      const name = basename(target);
      // The dialog asked about replacing the name typed, not the one completed with the extension.
      if (target !== chosen && (await exists(target)) && !(await dialogs.askReplaceExport(name))) {
        return { outcome: 'cancelled' };
      }
      let file: ExportedFile;
      try {
        file = await engine.exportMap(map, options, engine.fonts());
      } catch (error) {
        return { outcome: 'problem', problem: problem('Could not export the map.', error) };
      }
      try {
        await writeFile(target, file.data);
      } catch (error) {
        const failure: FileProblem = {
          title: 'Could not export the map.',
          message: describeExportWriteError(error, name),
        };
        return { outcome: 'problem', problem: failure };
      }
      return { outcome: 'saved', fileName: name, notes: file.notes };
    },

    async copyExport({ map, what, scope }) {
      // Copy as… uses the choices of the map's last export (theme, scale, legend…), on what is selected now.
      const remembered = choices.get(key()) ?? DEFAULT_EXPORT_CHOICES;
      const options: ExportOptions = { ...optionsFrom(remembered, []), format: COPY_FORMATS[what], scope };
      try {
        const file = await engine.exportMap(map, options, engine.fonts());
        if (what === 'image') await clipboard.writeImage(file.data);
        else if (what === 'svg') await clipboard.writeSvg(file.data.toString('utf8'));
        else await clipboard.writeText(file.data.toString('utf8'));
        return { ok: true, notes: file.notes };
      } catch (error) {
        return { ok: false, problem: problem('Could not copy the map.', error) };
      }
    },

    getExportChoices: async () => choices.get(key()) ?? DEFAULT_EXPORT_CHOICES,

    setExportChoices: (remembered) => choices.set(key(), remembered),
  };
}
