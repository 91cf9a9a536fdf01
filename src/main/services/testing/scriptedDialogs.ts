import type { ExportFormat } from '../../../shared/formats/formatRegistry';
import type { ExportDialogs } from '../exportHandlers';
import type {
  DiscardingAction,
  FileDialogs,
  OverwriteAnswer,
  SaveChangesAnswer,
  UnchosenSaveAnswer,
} from '../fileDialogs';

/** A question main asked, as the test sees it. */
export type AskedQuestion =
  | { kind: 'open' }
  | { kind: 'import' }
  | { kind: 'save'; suggested: string }
  | { kind: 'saveChanges'; name: string; action: DiscardingAction }
  | { kind: 'overwrite'; name: string; deleted: boolean }
  | { kind: 'replace'; name: string }
  | { kind: 'saveUnchosen'; name: string; folder: string }
  | { kind: 'export'; suggested: string; format: ExportFormat };

/** An answer the test scripted, tagged with the question it was for, so a leftover one says what it was. */
export type ScriptedAnswer =
  | { kind: 'open'; answer: string | null }
  | { kind: 'import'; answer: string | null }
  | { kind: 'save'; answer: string | null }
  | { kind: 'saveChanges'; answer: SaveChangesAnswer }
  | { kind: 'overwrite'; answer: OverwriteAnswer }
  | { kind: 'replace'; answer: boolean }
  | { kind: 'saveUnchosen'; answer: UnchosenSaveAnswer }
  | { kind: 'export'; answer: string | null };

/**
 * Native dialogs answered from a script, for the controller's unit tests and the e2e harness alike: a test says what
 * the user will pick before the command that asks, and reads back what was asked.
 *
 * An unscripted question is recorded in `unexpected` and answered Cancel (or null), rather than thrown: a throw would
 * land inside the controller and test its error handling instead of what the user would see, whereas Cancel runs the
 * controller's own path for a dismissed dialog. The harnesses fail the test on `unexpected` afterwards, and on
 * `unused()`, so neither a prompt nobody expected nor one that never came passes unnoticed.
 */
export class ScriptedDialogs implements FileDialogs, ExportDialogs {
  readonly asked: AskedQuestion[] = [];
  /** The questions asked with no scripted answer, in words. */
  readonly unexpected: string[] = [];
  private readonly openAnswers: (string | null)[] = [];
  private readonly importAnswers: (string | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly saveChangesAnswers: SaveChangesAnswer[] = [];
  private readonly overwriteAnswers: OverwriteAnswer[] = [];
  private readonly replaceAnswers: boolean[] = [];
  private readonly unchosenAnswers: UnchosenSaveAnswer[] = [];
  private readonly exportAnswers: (string | null)[] = [];

  willOpen(path: string | null): this {
    this.openAnswers.push(path);
    return this;
  }

  /** File › Import…'s open dialog will answer `path` (null: Cancel). */
  willImport(path: string | null): this {
    this.importAnswers.push(path);
    return this;
  }

  willSaveAs(path: string | null): this {
    this.saveAnswers.push(path);
    return this;
  }

  willAnswerSaveChanges(answer: SaveChangesAnswer): this {
    this.saveChangesAnswers.push(answer);
    return this;
  }

  willAnswerOverwrite(answer: OverwriteAnswer): this {
    this.overwriteAnswers.push(answer);
    return this;
  }

  willAnswerReplace(answer: boolean): this {
    this.replaceAnswers.push(answer);
    return this;
  }

  /** Save of a dropped file's map will be answered `answer` when main asks before its first write there. */
  willAnswerSaveUnchosen(answer: UnchosenSaveAnswer): this {
    this.unchosenAnswers.push(answer);
    return this;
  }

  /** File › Export…'s save dialog will answer `path` (null: Cancel). */
  willExportTo(path: string | null): this {
    this.exportAnswers.push(path);
    return this;
  }

  async chooseMapToOpen(): Promise<string | null> {
    this.asked.push({ kind: 'open' });
    return this.next(this.openAnswers, null, 'Open…');
  }

  async chooseFileToImport(): Promise<string | null> {
    this.asked.push({ kind: 'import' });
    return this.next(this.importAnswers, null, 'Import…');
  }

  async chooseSavePath(suggested: string): Promise<string | null> {
    this.asked.push({ kind: 'save', suggested });
    return this.next(this.saveAnswers, null, `Save As (${suggested})`);
  }

  async askSaveChanges(name: string, action: DiscardingAction): Promise<SaveChangesAnswer> {
    this.asked.push({ kind: 'saveChanges', name, action });
    return this.next(this.saveChangesAnswers, 'cancel', `Save changes to ${name} before ${action}`);
  }

  async askOverwriteChanged(name: string, deleted: boolean): Promise<OverwriteAnswer> {
    this.asked.push({ kind: 'overwrite', name, deleted });
    return this.next(this.overwriteAnswers, 'cancel', `Overwrite ${name}`);
  }

  async askReplace(name: string): Promise<boolean> {
    this.asked.push({ kind: 'replace', name });
    return this.next(this.replaceAnswers, false, `Replace ${name}`);
  }

  async askSaveUnchosen(name: string, folder: string): Promise<UnchosenSaveAnswer> {
    this.asked.push({ kind: 'saveUnchosen', name, folder });
    return this.next(this.unchosenAnswers, 'cancel', `Save dropped ${name}`);
  }

  async chooseExportPath(suggested: string, format: ExportFormat): Promise<string | null> {
    this.asked.push({ kind: 'export', suggested, format });
    return this.next(this.exportAnswers, null, `Export (${suggested})`);
  }

  /** The same question as {@link askReplace}, about an export: one script answers both. */
  askReplaceExport(name: string): Promise<boolean> {
    return this.askReplace(name);
  }

  /** Scripted answers no question used up: a test that scripts an answer expects its question. */
  unused(): ScriptedAnswer[] {
    return [
      ...this.openAnswers.map((answer) => ({ kind: 'open' as const, answer })),
      ...this.importAnswers.map((answer) => ({ kind: 'import' as const, answer })),
      ...this.saveAnswers.map((answer) => ({ kind: 'save' as const, answer })),
      ...this.saveChangesAnswers.map((answer) => ({ kind: 'saveChanges' as const, answer })),
      ...this.overwriteAnswers.map((answer) => ({ kind: 'overwrite' as const, answer })),
      ...this.replaceAnswers.map((answer) => ({ kind: 'replace' as const, answer })),
      ...this.unchosenAnswers.map((answer) => ({ kind: 'saveUnchosen' as const, answer })),
      ...this.exportAnswers.map((answer) => ({ kind: 'export' as const, answer })),
    ];
  }

  private next<T>(queue: T[], cancel: T, question: string): T {
    if (queue.length === 0) {
      this.unexpected.push(question);
      return cancel;
    }
    return queue.shift() as T;
  }
}
