import { join } from 'node:path';
import { expect } from 'vitest';
import { exportArgdown, importArgdown } from '../../../../shared/formats/argdown';
import { watchBuiltins } from '../../../../shared/formats/builtinsGuard';
import type { ArgumentMap } from '../../../../shared/model/argumentMap';
import { DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, type ExportFormat } from '../../../../shared/render/exportOptions';
import { checkArgumentMap } from '../../../../shared/schema/argumentMapSchema';
import { POLLUTION_MARKER } from '../../../../shared/testing/loaderInputs';
import { fontsDirIn, loadExportFonts } from '../exportFonts';
import { exportMap } from '../exportMap';

/*
 * The fuzz suites' one invariant for a loader (issue 13): whatever the input, the loader either
 * accepts it as a map the schema vouches for and that exports in every format, or refuses it with
 * a message. It never throws, never hangs (the tests' timeouts), and never changes the objects
 * every other object inherits from.
 */

/** What a loader answers: parseArgmap's LoadResult and the importers' ImportOutcome alike. */
export type LoaderAnswer = { ok: true; map: ArgumentMap } | { ok: false; message: string };

const fonts = loadExportFonts(fontsDirIn(join(import.meta.dirname, '../../../../../resources')));
// PNG and PDF take 50–1,000 ms a map: drawn for some accepted maps only (see `drawings`).
const SLOW_FORMATS: readonly ExportFormat[] = ['png', 'pdf'];
/** Small enough to draw as PNG and PDF in a fraction of a second: a 20,000-character text is a 16,000-pixel card. */
const isSmall = (map: ArgumentMap): boolean =>
  Object.values(map.nodes).reduce((sum, node) => sum + node.text.length + 100, 0) <= 5_000;
// What the inputs try to plant on every object, and what Argdown's model writes onto what it takes for a statement.
const PLANTED = [POLLUTION_MARKER, 'data', 'tags', 'section', 'kind', 'members', 'a', 'x'];

/** Counts of what the loader did over a run, for the tests to hold the fuzzer to reaching both paths. */
export interface Tally {
  accepted: number;
  refused: number;
  drawn: number;
}
export const newTally = (): Tally => ({ accepted: 0, refused: 0, drawn: 0 });

/** A short, printable view of an input for a failure message. */
const excerpt = (input: string): string =>
  `${JSON.stringify(input.slice(0, 300))}${input.length > 300 ? ` … (${input.length.toLocaleString('en-US')} characters)` : ''}`;

/** Runs a loader on an input and fails unless it keeps the invariant; `drawEvery`: PNG and PDF for every nth accepted map (if small). */
export async function expectLoaderInvariant(
  load: (input: string) => LoaderAnswer,
  input: string,
  tally: Tally,
  drawEvery = 20,
): Promise<void> {
  const watch = watchBuiltins();
  let answer: LoaderAnswer;
  try {
    answer = load(input);
  } catch (error) {
    watch.restore();
    throw new Error(`the loader threw ${String(error)} on ${excerpt(input)}`, { cause: error });
  }
  const planted = PLANTED.filter((key) => (({}) as Record<string, unknown>)[key] !== undefined);
  // Put the process back before failing, so that one failure does not fail every later test.
  const changed = watch.restore();
  expect(changed, `built-in objects changed by ${excerpt(input)}`).toEqual([]);
  expect(planted, `names every object now has after ${excerpt(input)}`).toEqual([]);
  if (!answer.ok) {
    expect(typeof answer.message).toBe('string');
    expect(answer.message.trim().length, `an empty refusal for ${excerpt(input)}`).toBeGreaterThan(0);
    tally.refused += 1;
    return;
  }
  const check = checkArgumentMap(answer.map);
  if (!check.ok)
    throw new Error(`accepted a map the schema refuses (${check.path}: ${check.message}): ${excerpt(input)}`);
  tally.accepted += 1;
  const draw = (tally.accepted - 1) % drawEvery === 0 && isSmall(answer.map);
  if (draw) tally.drawn += 1;
  await expectExportsEverywhere(answer.map, draw, input);
}

/** Exports a map in every format (PNG and PDF only when `draw`); the Argdown export must read back. */
async function expectExportsEverywhere(map: ArgumentMap, draw: boolean, input: string): Promise<void> {
  for (const format of EXPORT_FORMATS) {
    if (!draw && SLOW_FORMATS.includes(format)) continue;
    try {
      const file = await exportMap(map, { ...DEFAULT_EXPORT_OPTIONS, format }, fonts);
      // Only the plain-text outline of a map without nodes is rightly empty.
      if (format !== 'txt' || Object.keys(map.nodes).length > 0)
        expect(file.data.length, `an empty ${format}`).toBeGreaterThan(0);
    } catch (error) {
      throw new Error(`the ${format} export threw ${String(error)} for a map from ${excerpt(input)}`, { cause: error });
    }
  }
  const again = importArgdown(exportArgdown(map).text);
  if (!again.ok) throw new Error(`its Argdown export does not read back (${again.message}): ${excerpt(input)}`);
}
