import type {
  DiscardingAction,
  FileDialogs,
  OverwriteAnswer,
  SaveChangesAnswer,
} from '../src/main/services/fileDialogs';

/** A question main asked, as the test sees it. */
export type AskedQuestion =
  | { kind: 'open' }
  | { kind: 'save'; suggestedName: string }
  | { kind: 'saveChanges'; name: string; action: DiscardingAction }
  | { kind: 'overwrite'; name: string; deleted: boolean };

/**
 * Native dialogs answered from a script: a test says what the user will pick before the key
 * press that asks, and reads back what was asked. An unscripted question fails the test loudly
 * (answering Cancel), so a prompt nobody expected never passes unnoticed.
 */
export class ScriptedDialogs implements FileDialogs {
  readonly asked: AskedQuestion[] = [];
  readonly unexpected: string[] = [];
  private openAnswers: (string | null)[] = [];
  private saveAnswers: (string | null)[] = [];
  private saveChangesAnswers: SaveChangesAnswer[] = [];
  private overwriteAnswers: OverwriteAnswer[] = [];

  willOpen(path: string | null): this {
    this.openAnswers.push(path);
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

  async chooseMapToOpen(): Promise<string | null> {
    this.asked.push({ kind: 'open' });
    return this.next(this.openAnswers, null, 'Open…');
  }

  async chooseSavePath(suggestedName: string): Promise<string | null> {
    this.asked.push({ kind: 'save', suggestedName });
    return this.next(this.saveAnswers, null, `Save As (${suggestedName})`);
  }

  async askSaveChanges(name: string, action: DiscardingAction): Promise<SaveChangesAnswer> {
    this.asked.push({ kind: 'saveChanges', name, action });
    return this.next(this.saveChangesAnswers, 'cancel', `Save changes to ${name} before ${action}`);
  }

  async askOverwriteChanged(name: string, deleted: boolean): Promise<OverwriteAnswer> {
    this.asked.push({ kind: 'overwrite', name, deleted });
    return this.next(this.overwriteAnswers, 'cancel', `Overwrite ${name}`);
  }

  private next<T>(queue: T[], cancel: T, question: string): T {
    if (queue.length === 0) {
      this.unexpected.push(question);
      return cancel;
    }
    return queue.shift() as T;
  }
}
