import { z } from 'zod';
import { lazySchema } from '../schema/lazySchema';

/** What File › Export…, Copy as… and `argmap export` can write. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'md', 'txt', 'argdown', 'aif'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  svg: 'SVG image',
  png: 'PNG image',
  pdf: 'PDF document',
  md: 'Markdown outline',
  txt: 'Plain-text outline',
  argdown: 'Argdown',
  aif: 'AIF JSON',
};

/**
 * Formats written as text, not drawn: the outlines, and the maps for other tools (Argdown, AIF).
 * They have no theme, padding or legend, and the dialog previews their text.
 */
export const isTextFormat = (format: ExportFormat): boolean => !['svg', 'png', 'pdf'].includes(format);

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

// The schemas are built on first use (lazySchema): the command line checks its own options without zod.
const nodeIdSchema = lazySchema(() => z.string().min(1).max(SCOPE_LIMITS.nodeIdLength));

/** Which part of the map is drawn. A subtree is a node and everything below it in the map's tree. */
export const exportScopeSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('map') }),
    z.strictObject({ kind: z.literal('selection'), nodeIds: z.array(nodeIdSchema).min(1).max(SCOPE_LIMITS.selection) }),
    z.strictObject({ kind: z.literal('subtree'), nodeId: nodeIdSchema }),
  ]),
);
export type ExportScope = z.infer<typeof exportScopeSchema>;

export const exportOptionsSchema = lazySchema(() =>
  z.strictObject({
    format: z.enum(EXPORT_FORMATS),
    scope: exportScopeSchema,
    theme: z.enum(EXPORT_THEMES),
    /** Blank space around the drawing, in map units (CSS pixels at 1×). */
    padding: z.number().int().min(PADDING_RANGE.min).max(PADDING_RANGE.max),
    /** Draw a key of the kinds and relations used. */
    legend: z.boolean(),
    /** Draw the map's title above it (PDF: a title block with author and date). */
    title: z.boolean(),
    /** SVG text as real text with the font embedded, or as glyph outlines that need no font at all. */
    textAs: z.enum(TEXT_AS),
    /** PNG pixels per map unit. */
    scale: z.number().min(SCALE_RANGE.min).max(SCALE_RANGE.max),
    /** PNG (and SVG) background: the theme's canvas colour, or none. */
    background: z.enum(BACKGROUNDS),
    page: z.enum(PAGE_SIZES),
    orientation: z.enum(ORIENTATIONS),
  }),
);
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/**
 * Whether options are plainly what exportOptionsSchema accepts, checked without zod (it would then
 * return them as they are); false means: ask the schema, which may still accept them and says why
 * not. Strings are held to their limit in UTF-16 units, which zod counts in code points.
 */
export function plainlyValidExportOptions(options: ExportOptions): boolean {
  const keys = Object.keys(options);
  const isOneOf = (values: readonly string[], value: unknown): boolean =>
    typeof value === 'string' && values.includes(value);
  const isNodeId = (id: unknown): boolean =>
    typeof id === 'string' && id.length >= 1 && id.length <= SCOPE_LIMITS.nodeIdLength;
  const { scope, padding, scale } = options;
  const scopeOk =
    typeof scope === 'object' &&
    scope !== null &&
    isPlainObject(scope) &&
    ((scope.kind === 'map' && Object.keys(scope).length === 1) ||
      (scope.kind === 'subtree' && Object.keys(scope).length === 2 && isNodeId(scope.nodeId)) ||
      (scope.kind === 'selection' &&
        Object.keys(scope).length === 2 &&
        Array.isArray(scope.nodeIds) &&
        scope.nodeIds.length >= 1 &&
        scope.nodeIds.length <= SCOPE_LIMITS.selection &&
        scope.nodeIds.every(isNodeId)));
  return (
    isPlainObject(options) &&
    keys.length === EXPORT_OPTION_KEYS.length &&
    EXPORT_OPTION_KEYS.every((key) => Object.hasOwn(options, key)) &&
    isOneOf(EXPORT_FORMATS, options.format) &&
    scopeOk &&
    isOneOf(EXPORT_THEMES, options.theme) &&
    Number.isInteger(padding) &&
    padding >= PADDING_RANGE.min &&
    padding <= PADDING_RANGE.max &&
    typeof options.legend === 'boolean' &&
    typeof options.title === 'boolean' &&
    isOneOf(TEXT_AS, options.textAs) &&
    typeof scale === 'number' &&
    Number.isFinite(scale) &&
    scale >= SCALE_RANGE.min &&
    scale <= SCALE_RANGE.max &&
    isOneOf(BACKGROUNDS, options.background) &&
    isOneOf(PAGE_SIZES, options.page) &&
    isOneOf(ORIENTATIONS, options.orientation)
  );
}

/** An object literal's or a null-prototype object's: no inherited keys for zod to read. */
const isPlainObject = (value: object): boolean => [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** The keys of exportOptionsSchema, in its order (a test holds them to it). */
export const EXPORT_OPTION_KEYS = [
  'format',
  'scope',
  'theme',
  'padding',
  'legend',
  'title',
  'textAs',
  'scale',
  'background',
  'page',
  'orientation',
] as const;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'svg',
  scope: { kind: 'map' },
  theme: 'light',
  padding: 32,
  legend: true,
  title: true,
  textAs: 'text',
  scale: 2,
  background: 'solid',
  page: 'fit',
  orientation: 'landscape',
};

/** The file name extension (without the dot) each format is written with. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  svg: 'svg',
  png: 'png',
  pdf: 'pdf',
  md: 'md',
  txt: 'txt',
  argdown: 'argdown',
  aif: 'json',
};

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  md: 'text/markdown',
  txt: 'text/plain',
  argdown: 'text/plain',
  aif: 'application/json',
};
