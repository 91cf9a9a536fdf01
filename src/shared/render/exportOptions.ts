import { EXPORT_FORMATS } from '../formats/formatRegistry';
import { choice, finite, flag, list, literal, object, tagged, text, whole, type ValueOf } from '../model/recordFields';
import { plainly } from '../schema/fieldCheck';

/** The colour schemes a drawing can be exported in. */
export const EXPORT_THEMES = ['light', 'dark', 'print', 'contrast'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

export const EXPORT_THEME_LABELS: Record<ExportTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  print: 'Print (greyscale)',
  contrast: 'High contrast',
};

/** PDF page sizes: the map's own size, paper (scaled to fit) or a 16:9 slide. */
export const PAGE_SIZES = ['fit', 'a4', 'letter', 'slide'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const PAGE_SIZE_LABELS: Record<PageSize, string> = {
  fit: 'Fit to map',
  a4: 'A4',
  letter: 'US Letter',
  slide: 'Slide (16:9)',
};

export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** PNG scale limits: 1× is 96 DPI, 4× is 384 DPI. */
export const SCALE_RANGE = { min: 1, max: 4 } as const;
export const CSS_DPI = 96;

/** SVG text as real text or as glyph outlines; a background of the theme's colour or none. */
const TEXT_AS = ['text', 'outlines'] as const;
const BACKGROUNDS = ['solid', 'transparent'] as const;

/** Blank space around the drawing, in map units: the range a user may choose. */
export const PADDING_RANGE = { min: 0, max: 400 } as const;

/** The longest node id a scope names, and the most nodes a selection holds. */
const SCOPE_LIMITS = { nodeIdLength: 200, selection: 100_000 } as const;

const nodeId = text({ min: 1, max: SCOPE_LIMITS.nodeIdLength });

/** Which part of the map is drawn. A subtree is a node and everything below it in the map's tree. */
export const exportScopeRecord = tagged(
  'kind',
  object({ kind: literal('map') }),
  object({ kind: literal('selection'), nodeIds: list(nodeId, { min: 1, max: SCOPE_LIMITS.selection }) }),
  object({ kind: literal('subtree'), nodeId }),
);
export type ExportScope = ValueOf<typeof exportScopeRecord>;

/**
 * The export options, declared once in the words the map's records are (model/recordFields.ts):
 * their type, their zod schema (exportOptionsSchema.ts, built only to word a problem) and the
 * plain check below are all read from it.
 */
export const exportOptionsRecord = object({
  format: choice(EXPORT_FORMATS),
  scope: exportScopeRecord,
  theme: choice(EXPORT_THEMES),
  /** Blank space around the drawing, in map units (CSS pixels at 1×). */
  padding: whole(PADDING_RANGE),
  /** Draw a key of the kinds and relations used. */
  legend: flag(),
  /** Show each node's evaluation status (stands, falls, open) on its card or outline line; fade relations that fail. */
  statuses: flag(),
  /** Draw the map's title above it (PDF: a title block with author and date). */
  title: flag(),
  /** SVG text as real text with the font embedded, or as glyph outlines that need no font at all. */
  textAs: choice(TEXT_AS),
  /** PNG pixels per map unit. */
  scale: finite(SCALE_RANGE),
  /** PNG (and SVG) background: the theme's canvas colour, or none. */
  background: choice(BACKGROUNDS),
  page: choice(PAGE_SIZES),
  orientation: choice(ORIENTATIONS),
  /** A deck's speaker notes on a page after each step's slide (the PDF deck; PowerPoint keeps them in its notes). */
  notes: flag(),
});

export type ExportOptions = ValueOf<typeof exportOptionsRecord>;

/**
 * Whether options are plainly what exportOptionsSchema accepts, checked without zod (it would then
 * return them as they are); false means: ask the schema, which may still accept them and says why
 * not. The command line checks its own options so, and loads zod only for options that fail.
 */
export const plainlyValidExportOptions = (value: ExportOptions): boolean => plainly(exportOptionsRecord, value);

/** The keys of the export options, in their declared order. */
export const EXPORT_OPTION_KEYS = exportOptionsRecord.keys as readonly (keyof ExportOptions)[];

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'svg',
  scope: { kind: 'map' },
  theme: 'light',
  padding: 32,
  legend: true,
  statuses: false,
  title: true,
  textAs: 'text',
  scale: 2,
  background: 'solid',
  page: 'fit',
  orientation: 'landscape',
  notes: false,
};

/** The formats the options choose among are the format registry's (formats/formatRegistry.ts). */
export { EXPORT_FORMATS, type ExportFormat } from '../formats/formatRegistry';
