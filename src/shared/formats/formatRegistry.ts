/**
 * Every file format Argmap reads or writes, one entry each: what File › Export…, Copy as…, File ›
 * Import…, Open, a dropped file, `argmap export` and `argmap convert` know of a format, they read
 * here (their choices, filters, extensions, MIME types, usage text and messages).
 *
 * The code that writes and reads a format is not in the entry: it loads parsers and painters that
 * the renderer never needs (the Argdown parser alone takes over a second to load). It is keyed by
 * these ids where it runs, so a format without it does not compile: a text format's writer in
 * formatWriters.ts, a drawing's painter in main (services/export/exportMap.ts), the reader of a
 * format that is read in convert.ts.
 */

/** The export options a format may have a use for, besides its format and scope (exportOptions.ts). */
export type FormatOption =
  | 'theme'
  | 'padding'
  | 'legend'
  | 'statuses'
  | 'title'
  | 'textAs'
  | 'scale'
  | 'background'
  | 'page'
  | 'orientation'
  | 'notes';

interface EveryFormat {
  /** What options, `--format`, `--from` and `--to` call it: its key in FORMATS. */
  readonly id: string;
  /** Its short name: the export dialog's choice, the lists in usage text and messages ("SVG", "AIF"). */
  readonly name: string;
  /** Its name in full: dialog titles, file-type filters, "an … file" ("SVG image", "AIF JSON (OVA, AIFdb)"). */
  readonly label: string;
  /** What it is for, in a line: the export dialog says it under the choice. */
  readonly hint: string;
  /** The file name extensions it is known by, in lower case with the dot; the first is the one written. */
  readonly extensions: readonly [`.${string}`, ...`.${string}`[]];
  readonly mimeType: string;
  /** The export options that change what it writes (theme, scale…); the others are ignored, and said so. */
  readonly options: readonly FormatOption[];
  /** Read as Argmap's own file (Open…), imported as a new unsaved map (Import…, a drop), or not read. */
  readonly read: 'open' | 'import' | null;
}

/**
 * One format. `kind`: drawn from the map's Drawing (by a painter in main), a deck of pages drawn
 * from the map's storyline (one per step, see shared/storyline), or written as text; `exported`:
 * offered by File › Export…, Copy as… and `argmap export`; `note`: what an exported text or deck
 * holds, said in the export dialog.
 */
export type FormatEntry = EveryFormat &
  (
    | { readonly kind: 'drawing'; readonly exported: true; readonly note: null }
    | { readonly kind: 'deck'; readonly exported: true; readonly note: string }
    | { readonly kind: 'text'; readonly exported: true; readonly note: string }
    | { readonly kind: 'text'; readonly exported: false; readonly note: null }
  );

/** The registry's entries as declared (every field required, each entry under its own id), with their literal types. */
export function defineFormats<const R extends { [K in keyof R]: FormatEntry & { readonly id: K } }>(formats: R): R {
  return formats;
}

const DRAWING_OPTIONS = ['theme', 'padding', 'legend', 'statuses', 'title'] as const;
const DECK_NOTE =
  'A title page from the map’s details, then one slide per step of the storyline (Argmap generates one if the map has none).';
const OUTLINE_NOTE = 'The outline lists every node once, indented under the node it bears on.';

/** Every format, in the order the export dialog and usage text list them (the exported ones) and messages name them. */
export const FORMATS = defineFormats({
  argmap: {
    id: 'argmap',
    name: 'Argmap',
    label: 'Argmap map',
    hint: 'Argmap’s own file: the whole map with its layout, as File › Save writes it',
    extensions: ['.argmap'],
    mimeType: 'application/x-argmap',
    kind: 'text',
    exported: false,
    options: [],
    note: null,
    read: 'open',
  },
  svg: {
    id: 'svg',
    name: 'SVG',
    label: 'SVG image',
    hint: 'Vector image: sharp at any size, editable in Inkscape or Illustrator',
    extensions: ['.svg'],
    mimeType: 'image/svg+xml',
    kind: 'drawing',
    exported: true,
    options: [...DRAWING_OPTIONS, 'textAs', 'background'],
    note: null,
    read: null,
  },
  png: {
    id: 'png',
    name: 'PNG',
    label: 'PNG image',
    hint: 'Picture for slides, documents and chat',
    extensions: ['.png'],
    mimeType: 'image/png',
    kind: 'drawing',
    exported: true,
    options: [...DRAWING_OPTIONS, 'scale', 'background'],
    note: null,
    read: null,
  },
  pdf: {
    id: 'pdf',
    name: 'PDF',
    label: 'PDF document',
    hint: 'Document to print or send',
    extensions: ['.pdf'],
    mimeType: 'application/pdf',
    kind: 'drawing',
    exported: true,
    options: [...DRAWING_OPTIONS, 'page', 'orientation'],
    note: null,
    read: null,
  },
  'pdf-deck': {
    id: 'pdf-deck',
    name: 'PDF deck',
    label: 'PDF deck (one page per step)',
    hint: 'Handout or slides: a title page, then one page per storyline step, text at least 14 pt',
    extensions: ['.pdf'],
    mimeType: 'application/pdf',
    kind: 'deck',
    exported: true,
    options: ['theme', 'page', 'orientation', 'notes'],
    note: DECK_NOTE,
    read: null,
  },
  pptx: {
    id: 'pptx',
    name: 'PowerPoint',
    label: 'PowerPoint presentation',
    hint: 'Slides of editable shapes, one per storyline step, with the speaker notes',
    extensions: ['.pptx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    kind: 'deck',
    exported: true,
    options: ['theme'],
    note: DECK_NOTE,
    read: null,
  },
  html: {
    id: 'html',
    name: 'HTML',
    label: 'HTML slide player',
    hint: 'One file that plays the storyline in any browser, offline: to send a talk by mail',
    extensions: ['.html', '.htm'],
    mimeType: 'text/html',
    kind: 'deck',
    exported: true,
    options: ['theme'],
    note: DECK_NOTE,
    read: null,
  },
  md: {
    id: 'md',
    name: 'Markdown',
    label: 'Markdown outline',
    hint: 'Indented outline in Markdown',
    extensions: ['.md'],
    mimeType: 'text/markdown',
    kind: 'text',
    exported: true,
    options: ['statuses'],
    note: OUTLINE_NOTE,
    read: null,
  },
  txt: {
    id: 'txt',
    name: 'Text',
    label: 'Plain-text outline',
    hint: 'Indented outline in plain text',
    extensions: ['.txt'],
    mimeType: 'text/plain',
    kind: 'text',
    exported: true,
    options: ['statuses'],
    note: OUTLINE_NOTE,
    read: null,
  },
  argdown: {
    id: 'argdown',
    name: 'Argdown',
    label: 'Argdown',
    hint: 'The map as Argdown text, for the Argdown tools',
    extensions: ['.argdown', '.ad'],
    mimeType: 'text/plain',
    kind: 'text',
    exported: true,
    options: [],
    note: 'Statements and arguments with their kinds, tags, notes and relations; Argdown has no layout, so positions are not kept.',
    read: 'import',
  },
  aif: {
    id: 'aif',
    name: 'AIF',
    label: 'AIF JSON (OVA, AIFdb)',
    hint: 'AIF JSON for OVA, AIFdb and argument-mining tools',
    extensions: ['.json'],
    mimeType: 'application/json',
    kind: 'text',
    exported: true,
    options: [],
    note: 'Statements, inferences and conflicts as AIF nodes, with positions for OVA; kinds, titles and tags travel in Argmap’s own fields.',
    read: 'import',
  },
  sadface: {
    id: 'sadface',
    name: 'SADFace',
    label: 'SADFace JSON',
    hint: 'SADFace JSON for the SADFace tools and arguebuf',
    // SADFace files are .json like AIF's: which of the two a .json file holds is read from its content (jsonGraphs.ts).
    extensions: ['.json'],
    mimeType: 'application/json',
    kind: 'text',
    exported: true,
    options: [],
    note: 'Statements as atoms, relations as support and conflict schemes, the map’s details as SADFace metadata; kinds, tags and positions travel in Argmap’s own fields.',
    read: 'import',
  },
  kialo: {
    id: 'kialo',
    name: 'Kialo',
    label: 'Kialo discussion (text export)',
    hint: 'A Kialo discussion as Kialo’s own text export writes it',
    extensions: ['.txt'],
    mimeType: 'text/plain',
    kind: 'text',
    exported: false,
    options: [],
    note: null,
    read: 'import',
  },
});

type Formats = typeof FORMATS;
export type FormatId = keyof Formats;
/** The formats File › Export…, Copy as… and `argmap export` write. */
export type ExportFormat = { [F in FormatId]: Formats[F]['exported'] extends true ? F : never }[FormatId];
/** The formats written as text (the outlines, and maps for other tools); the rest are drawn. */
export type TextFormat = { [F in FormatId]: Formats[F]['kind'] extends 'text' ? F : never }[FormatId];
export type DrawingFormat = Exclude<FormatId, TextFormat | DeckFormat>;
/** The decks: pages drawn from the map's storyline. */
export type DeckFormat = { [F in FormatId]: Formats[F]['kind'] extends 'deck' ? F : never }[FormatId];
/** The formats Argmap reads a map from, and so converts between (`argmap convert`). */
export type ReadFormat = { [F in FormatId]: Formats[F]['read'] extends null ? never : F }[FormatId];
/** The formats File › Import… reads (the app's own file opens with Open…). */
export type ImportFormat = { [F in FormatId]: Formats[F]['read'] extends 'import' ? F : never }[FormatId];

const ALL = Object.values(FORMATS) as FormatEntry[];
const idsWhere = <F extends FormatId>(test: (format: FormatEntry) => boolean) =>
  ALL.filter(test).map((format) => format.id) as [F, ...F[]];

export const FORMAT_IDS = idsWhere<FormatId>(() => true);
export const EXPORT_FORMATS = idsWhere<ExportFormat>((format) => format.exported);
export const READ_FORMATS = idsWhere<ReadFormat>((format) => format.read !== null);
export const IMPORT_FORMATS = idsWhere<ImportFormat>((format) => format.read === 'import');

/** Whether a format is written as text, not drawn: it has no theme, padding or legend, and the dialog previews its text. */
export const isTextFormat = <F extends FormatId>(format: F): format is Extract<F, TextFormat> =>
  FORMATS[format].kind === 'text';

/** Whether a format is a deck of the storyline's steps (PDF deck, PowerPoint, HTML player). */
export const isDeckFormat = <F extends FormatId>(format: F): format is Extract<F, DeckFormat> =>
  FORMATS[format].kind === 'deck';

/** Whether an export option changes what a format writes (the others are ignored, and the command line says so). */
export const usesOption = (format: FormatId, option: FormatOption): boolean =>
  (FORMATS[format].options as readonly FormatOption[]).includes(option);

/** The extension a format is written with, without the dot: "svg", "json". */
export const extensionOf = (format: FormatId): string => FORMATS[format].extensions[0].slice(1);

/** "a, b or c": the names of some formats (or any words), as usage text and messages list them. */
export function listed(words: readonly string[], last = 'or'): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** "an AIF JSON (OVA, AIFdb) file", "a Kialo discussion (text export) file": what messages call a file of a format. */
export const fileOfFormat = (format: FormatId): string =>
  `${/^[aeiou]/i.test(FORMATS[format].label) ? 'an' : 'a'} ${FORMATS[format].label} file`;
