import { describe, expect, it } from 'vitest';
import { EXPORT_USAGE, formatOfPath as exportFormatOfPath, parseExportArgs } from '../../cli/exportArgs';
import { CONVERT_USAGE } from '../../cli/convertCommand';
import { USAGE } from '../../cli/main';
import { MIME_TYPE } from '../../main/services/desktopEntry';
import { exportFilters, IMPORT_FILTERS, MAP_FILTERS } from '../../main/services/fileDialogs';
import type { ExportFonts } from '../../main/services/export/exportFonts';
import { exportMap } from '../../main/services/export/exportMap';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../render/exportOptions';
import { generatedArgumentTree } from '../testing/generatedMaps';
import { FILE_EXTENSION } from './argmapFormat';
import {
  defineFormats,
  EXPORT_FORMATS,
  extensionOf,
  FORMAT_IDS,
  FORMATS,
  IMPORT_FORMATS,
  isTextFormat,
  READ_FORMATS,
  usesOption,
  type FormatOption,
} from './formatRegistry';
import { formatOfPath, KNOWN_EXTENSIONS } from './formatsByExtension';

const entries = Object.entries(FORMATS);

describe('the format registry', () => {
  it('files each format under its own id, sharing an extension only where the file tells them apart', () => {
    for (const [key, format] of entries) expect(format.id).toBe(key);
    const extensions = entries.flatMap(([, format]) => format.extensions);
    for (const extension of extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
    const shared = new Map<string, string[]>();
    for (const [id, format] of entries)
      for (const e of format.extensions) shared.set(e, [...(shared.get(e) ?? []), id]);
    const sharing = [...shared].filter(([, ids]) => ids.length > 1);
    // AIF and SADFace are both .json (the content says which: jsonGraphs.ts); the plain-text outline
    // is only written and a Kialo export only read, so a .txt is never both read or both written.
    expect(sharing).toEqual([
      ['.txt', ['txt', 'kialo']],
      ['.json', ['aif', 'sadface']],
    ]);
    expect(FORMATS.txt.read).toBeNull();
    expect(FORMATS.kialo.exported).toBe(false);
  });

  it('derives every list of formats from the entries', () => {
    expect(FORMAT_IDS).toEqual(Object.keys(FORMATS));
    expect(EXPORT_FORMATS).toEqual(['svg', 'png', 'pdf', 'md', 'txt', 'argdown', 'aif', 'sadface']);
    expect(READ_FORMATS).toEqual(['argmap', 'argdown', 'aif', 'sadface', 'kialo']);
    expect(IMPORT_FORMATS).toEqual(['argdown', 'aif', 'sadface', 'kialo']);
    expect(FORMAT_IDS.filter((id) => isTextFormat(id))).toEqual([
      'argmap',
      'md',
      'txt',
      'argdown',
      'aif',
      'sadface',
      'kialo',
    ]);
  });

  // The export dialog's choices are read from it too: src/renderer/src/export/exportModel.test.ts.
  it('has a note for the export dialog for every text it writes', () => {
    for (const format of EXPORT_FORMATS) {
      if (isTextFormat(format)) expect(FORMATS[format].note).toMatch(/\w/);
      else expect(FORMATS[format].note).toBeNull();
    }
  });

  it('gives the native dialogs their file-type filters', () => {
    expect(MAP_FILTERS).toEqual([{ name: 'Argument maps', extensions: ['argmap'] }]);
    expect(IMPORT_FILTERS).toEqual([
      { name: 'Argdown, AIF, SADFace and Kialo', extensions: ['argdown', 'ad', 'json', 'txt'] },
      { name: FORMATS.argdown.label, extensions: ['argdown', 'ad'] },
      { name: FORMATS.aif.label, extensions: ['json'] },
      { name: FORMATS.sadface.label, extensions: ['json'] },
      { name: FORMATS.kialo.label, extensions: ['txt'] },
    ]);
    for (const format of EXPORT_FORMATS) {
      expect(exportFilters(format)).toEqual([{ name: FORMATS[format].label, extensions: [extensionOf(format)] }]);
    }
  });

  it('names every format in the command line’s usage text', () => {
    const formatLine = EXPORT_USAGE.split('\n').find((line) => line.includes('--format FORMAT'));
    const exportLine = USAGE.split('\n').find((line) => line.includes('export FILE'));
    const convertLine = USAGE.split('\n').find((line) => line.includes('convert IN OUT'));
    for (const format of EXPORT_FORMATS) {
      expect(formatLine).toContain(format);
      expect(exportLine).toContain(format);
    }
    for (const format of READ_FORMATS) {
      expect(convertLine).toContain(FORMATS[format].name);
      for (const extension of FORMATS[format].extensions) expect(CONVERT_USAGE).toContain(extension);
      expect(CONVERT_USAGE).toContain(`--from FORMAT   what IN holds: ${READ_FORMATS.join(', ')}`);
    }
  });

  it('tells `argmap export` which options a format ignores', async () => {
    const all = ['--theme', 'dark', '--scale', '2', '--page', 'a4', '--landscape', '--padding', '8'];
    const flags = ['--no-legend', '--no-title', '--text-as-outlines', '--transparent'];
    const sets: Record<string, FormatOption> = {
      '--theme': 'theme',
      '--scale': 'scale',
      '--page': 'page',
      '--landscape': 'orientation',
      '--padding': 'padding',
      '--no-legend': 'legend',
      '--no-title': 'title',
      '--text-as-outlines': 'textAs',
      '--transparent': 'background',
    };
    for (const format of EXPORT_FORMATS) {
      const args = await parseExportArgs(['map.argmap', '--format', format, ...all, ...flags]);
      if (args.kind !== 'plan') throw new Error(`${format}: ${JSON.stringify(args)}`);
      const ignored = Object.keys(sets).filter((option) => !usesOption(format, sets[option]));
      expect(args.plan.ignored.sort(), format).toEqual(ignored.sort());
    }
  });

  it('knows a file’s format by any of its extensions, in any case (the first format listed with it)', () => {
    const first = (among: readonly string[], extension: string) =>
      entries.find(
        ([id, format]) => among.includes(id) && (format.extensions as readonly string[]).includes(extension),
      )?.[0];
    for (const [, format] of entries) {
      for (const extension of format.extensions) {
        const path = `/maps/Some.Map${extension.toUpperCase()}`;
        expect(formatOfPath(path, FORMAT_IDS)).toBe(first(FORMAT_IDS, extension));
        expect(formatOfPath(path)).toBe(first(READ_FORMATS, extension) ?? null);
        expect(exportFormatOfPath(path)).toBe(first(EXPORT_FORMATS, extension));
      }
    }
    expect(formatOfPath('debate.txt')).toBe('kialo');
    expect(exportFormatOfPath('outline.txt')).toBe('txt');
    expect(formatOfPath('notes.docx', FORMAT_IDS)).toBeNull();
    expect(KNOWN_EXTENSIONS).toEqual([...new Set(READ_FORMATS.flatMap((format) => FORMATS[format].extensions))]);
    expect(FILE_EXTENSION).toBe(FORMATS.argmap.extensions[0]);
  });

  it('gives the exports and the desktop entry their extensions and MIME types', async () => {
    // The text formats, written by their registered writers; the drawings share exportMap's file() with them.
    const map = generatedArgumentTree(5);
    for (const format of EXPORT_FORMATS.filter((id) => isTextFormat(id))) {
      const file = await exportMap(map, { ...DEFAULT_EXPORT_OPTIONS, format }, {} as ExportFonts);
      expect(file.mimeType, format).toBe(FORMATS[format].mimeType);
      expect(file.extension, format).toBe(extensionOf(format));
      expect(file.data.length, format).toBeGreaterThan(0);
    }
    expect(MIME_TYPE).toBe(FORMATS.argmap.mimeType);
  });

  it('refuses, at compile time, an entry that lacks a field, has another’s id, or writes text without a note', () => {
    const svg = FORMATS.svg;
    const { mimeType: _, ...withoutMime } = svg;
    // @ts-expect-error: an entry without its MIME type does not compile.
    defineFormats({ svg: withoutMime });
    // @ts-expect-error: nor one filed under another id.
    defineFormats({ png: svg });
    // @ts-expect-error: nor a text export without the dialog's note.
    defineFormats({ md: { ...FORMATS.md, note: null } });
    // The options a format may use are export options.
    const optionKeys: readonly (keyof ExportOptions)[] = [] as FormatOption[];
    expect(optionKeys).toEqual([]);
  });
});
