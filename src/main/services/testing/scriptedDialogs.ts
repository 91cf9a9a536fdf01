import type { DiscardingAction, FileDialogs, OverwriteAnswer, SaveChangesAnswer } from '../fileDialogs';

/** One question the controller asked, with what it showed the user. */
export type Question =
  | ['chooseMapToOpen']
  | ['chooseSavePath', string]
  | ['askSaveChanges', string, DiscardingAction]
  | ['askOverwriteChanged', string, boolean];

/**
 * Answers the controller's questions from queues and records every question asked. A question with no scripted
 * answer fails the test: the controller asked something the test did not expect.
 */
export class ScriptedDialogs implements FileDialogs {
  readonly asked: Question[] = [];
  readonly toOpen: (string | null)[] = [];
  readonly savePaths: (string | null)[] = [];
  readonly saveChanges: SaveChangesAnswer[] = [];
  readonly overwrite: OverwriteAnswer[] = [];

  async chooseMapToOpen(): Promise<string | null> {
    this.asked.push(['chooseMapToOpen']);
    return this.next(this.toOpen, 'chooseMapToOpen');
  }

  async chooseSavePath(suggestedName: string): Promise<string | null> {
    this.asked.push(['chooseSavePath', suggestedName]);
    return this.next(this.savePaths, 'chooseSavePath');
  }

  async askSaveChanges(name: string, action: DiscardingAction): Promise<SaveChangesAnswer> {
    this.asked.push(['askSaveChanges', name, action]);
    return this.next(this.saveChanges, 'askSaveChanges');
  }

  async askOverwriteChanged(name: string, deleted: boolean): Promise<OverwriteAnswer> {
    this.asked.push(['askOverwriteChanged', name, deleted]);
    return this.next(this.overwrite, 'askOverwriteChanged');
  }

  /** Scripted answers no question used up. */
  unused(): unknown[] {
    return [...this.toOpen, ...this.savePaths, ...this.saveChanges, ...this.overwrite];
  }

  private next<T>(queue: T[], question: string): T {
    if (queue.length === 0) throw new Error(`The test scripted no answer for ${question}`);
    return queue.shift() as T;
  }
}
