import {
  extensionOf,
  FORMATS,
  IMPORT_FORMATS,
  listed,
  type ExportFormat,
  type FormatId,
} from '../../shared/formats/formatRegistry';

/** A file-type filter of a native open or save dialog: its name, and extensions without the dot. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

const filterOf = (name: string, formats: readonly FormatId[]): FileFilter => ({
  name,
  // AIF and SADFace are both .json: the filter names it once.
  extensions: [
    ...new Set(formats.flatMap((format) => FORMATS[format].extensions.map((extension) => extension.slice(1)))),
  ],
});

/** Open… and Save As…: Argmap's own files. */
export const MAP_FILTERS: FileFilter[] = [filterOf('Argument maps', ['argmap'])];

/** Import…: every format it reads at once first (what a user picking "a map from another tool" wants), then each alone. */
export const IMPORT_FILTERS: FileFilter[] = [
  filterOf(
    listed(
      IMPORT_FORMATS.map((format) => FORMATS[format].name),
      'and',
    ),
    IMPORT_FORMATS,
  ),
  ...IMPORT_FORMATS.map((format) => filterOf(FORMATS[format].label, [format])),
];

/** Export…: the chosen format, by the extension it is written with. */
export const exportFilters = (format: ExportFormat): FileFilter[] => [
  { name: FORMATS[format].label, extensions: [extensionOf(format)] },
];

/** What the user is about to do when asked to save changes; the question names it. */
export type DiscardingAction = 'close' | 'new' | 'open' | 'import' | 'revert';

export type SaveChangesAnswer = 'save' | 'discard' | 'cancel';
export type OverwriteAnswer = 'overwrite' | 'saveAs' | 'cancel';
export type UnchosenSaveAnswer = 'save' | 'saveAs' | 'cancel';

/**
 * The questions main asks with native dialogs. Electron's `dialog` answers them in the app
 * (`src/main/nativeDialogs.ts`); tests and the e2e harness answer them from a script.
 */
export interface FileDialogs {
  /** Open…: the chosen .argmap file, or null if cancelled. */
  chooseMapToOpen(): Promise<string | null>;
  /** Import…: the chosen Argdown or AIF file, or null if cancelled. */
  chooseFileToImport(): Promise<string | null>;
  /** Save As…: the chosen path, or null if cancelled. `suggested` is the map's path, or a bare name for a new map. */
  chooseSavePath(suggested: string): Promise<string | null>;
  /** "Save the changes to “name” before …?" Save / Don't Save / Cancel. */
  askSaveChanges(name: string, action: DiscardingAction): Promise<SaveChangesAnswer>;
  /** "“name” was changed (or removed) by another program since you opened it." Overwrite / Save As… / Cancel. */
  askOverwriteChanged(name: string, deleted: boolean): Promise<OverwriteAnswer>;
  /** "“name” already exists. Replace it?" — for a name Save As completed with ".argmap" after its own check. */
  askReplace(name: string): Promise<boolean>;
  /** "Save your changes to “name” (dropped on the window)?" Save / Save As… / Cancel, before the first write there. */
  askSaveUnchosen(name: string, folder: string): Promise<UnchosenSaveAnswer>;
}

/** The question of {@link FileDialogs.askSaveChanges}, as words; shared by the native dialog and tests. */
export function saveChangesQuestion(name: string, action: DiscardingAction): { message: string; detail: string } {
  const before = {
    close: 'closing',
    new: 'starting a new map',
    open: 'opening another map',
    import: 'importing a map',
    revert: 'reverting',
  }[action];
  return {
    message: `Do you want to save the changes you made to “${name}” before ${before}?`,
    detail:
      action === 'revert'
        ? 'Don’t Save goes back to the version on disk; your changes since then are lost.'
        : 'Your changes will be lost if you don’t save them.',
  };
}

/** The question of {@link FileDialogs.askOverwriteChanged}, as words. */
export function overwriteQuestion(name: string, deleted: boolean): { message: string; detail: string } {
  return deleted
    ? {
        message: `“${name}” was moved or deleted by another program since you opened it.`,
        detail: 'Save it again where it was, or save it somewhere else?',
      }
    : {
        message: `“${name}” was changed by another program since you opened or saved it.`,
        detail: 'Overwriting replaces those changes with yours (the version on disk is kept as a .bak backup).',
      };
}

/** The question of {@link FileDialogs.askSaveUnchosen}, as words. */
export function unchosenSaveQuestion(name: string, folder: string): { message: string; detail: string } {
  return {
    message: `Save your changes to “${name}”?`,
    detail:
      `“${name}” in ${folder} was opened by dropping it on the window. Before Argmap first writes to a file ` +
      'that none of its own dialogs chose, it asks.',
  };
}
