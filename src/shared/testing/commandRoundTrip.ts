import { expect } from 'vitest';
import { execute, type Command, type CommandResult } from '../commands/command';
import { emptyHistory, record, redo, undo } from '../history/history';
import type { ArgumentMap } from '../model/argumentMap';
import { checkArgumentMap } from '../schema/argumentMapSchema';

/** The file schema's verdict in one comparable string: "ok", or the first problem with its path. */
export function schemaVerdict(map: ArgumentMap): string {
  const check = checkArgumentMap(map);
  return check.ok ? 'ok' : `${check.path}: ${check.message}`;
}

/**
 * Runs a command that must change something, and checks what every command owes:
 * the result loads as a file, undo gives back the exact earlier document under the
 * command's label, and redo gives back the exact result.
 */
export function runAndRoundTrip<Args>(before: ArgumentMap, command: Command<Args>, args: Args): CommandResult {
  const result = execute(before, command, args);
  if (!result) throw new Error(`${command.name} changed nothing`);
  expect(schemaVerdict(result.document)).toBe('ok');
  const undone = undo(record(emptyHistory, result.entry), result.document);
  expect(undone?.document).toEqual(before);
  expect(undone?.label).toBe(result.entry.label);
  const redone = redo(undone!.history, undone!.document);
  expect(redone?.document).toEqual(result.document);
  return result;
}
