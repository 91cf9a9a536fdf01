import { z } from 'zod';

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

const nodeIdSchema = z.string().min(1).max(200);

/** Which part of the map is drawn. A subtree is a node and everything below it in the map's tree. */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('map') }),
  z.strictObject({ kind: z.literal('selection'), nodeIds: z.array(nodeIdSchema).min(1).max(100_000) }),
  z.strictObject({ kind: z.literal('subtree'), nodeId: nodeIdSchema }),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

export const exportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  scope: exportScopeSchema,
  theme: z.enum(EXPORT_THEMES),
  /** Blank space around the drawing, in map units (CSS pixels at 1×). */
  padding: z.number().int().min(0).max(400),
  /** Draw a key of the kinds and relations used. */
  legend: z.boolean(),
  /** Draw the map's title above it (PDF: a title block with author and date). */
  title: z.boolean(),
  /** SVG text as real text with the font embedded, or as glyph outlines that need no font at all. */
  textAs: z.enum(['text', 'outlines']),
  /** PNG pixels per map unit. */
  scale: z.number().min(SCALE_RANGE.min).max(SCALE_RANGE.max),
  /** PNG (and SVG) background: the theme's canvas colour, or none. */
  background: z.enum(['solid', 'transparent']),
  page: z.enum(PAGE_SIZES),
  orientation: z.enum(ORIENTATIONS),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

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
