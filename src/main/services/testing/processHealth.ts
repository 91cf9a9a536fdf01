import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseArgmap } from '../../../shared/formats/argmapFormat';
import { checkArgumentMap } from '../../../shared/schema/argumentMapSchema';
import { readSampleText } from '../../../../scripts/sampleFiles';
import { saveMapFile } from '../mapWriter';

/** What the built-in objects hold when the test file starts, before any hostile document is read. */
export interface BuiltinNames {
  objectPrototype: string[];
  object: string[];
  functionPrototype: string[];
  arrayPrototype: string[];
}

export const builtinNames = (): BuiltinNames => ({
  objectPrototype: Object.getOwnPropertyNames(Object.prototype),
  object: Object.getOwnPropertyNames(Object),
  functionPrototype: Object.getOwnPropertyNames(Function.prototype),
  arrayPrototype: Object.getOwnPropertyNames(Array.prototype),
});

/** Names a polluted Object.prototype was seen to carry (ModelPlugin writes `data`, `tags`, `section`…). */
const POLLUTED_NAMES = ['data', 'tags', 'section', 'members', 'kind', 'polluted', 'title', 'relations'];

/**
 * The process is as it was: no new properties on the objects everything inherits from, and a
 * fresh object answers to none of the names a hostile document tried to give every object.
 */
export function expectUntouchedBuiltins(before: BuiltinNames, after: string): void {
  expect(builtinNames(), `built-in objects after ${after}`).toEqual(before);
  const fresh = {} as Record<string, unknown>;
  for (const name of POLLUTED_NAMES) expect(fresh[name], `({}).${name} after ${after}`).toBeUndefined();
  expect(Object.getPrototypeOf({}), `the prototype of {} after ${after}`).toBe(Object.prototype);
}

/**
 * The rest of the app still works in this process: the shipped sample loads, saves through the
 * app's own writer (saveMapFile) and reads back the same map.
 */
export async function expectSampleRoundTrips(dir: string, after: string): Promise<void> {
  const loaded = parseArgmap(readSampleText());
  expect(loaded.ok, `loading the sample after ${after}`).toBe(true);
  if (!loaded.ok) return;
  const path = join(dir, 'kazakhstan-mediator.argmap');
  const saved = await saveMapFile(path, loaded.map);
  expect(saved, `saving the sample after ${after}`).toMatchObject({ ok: true });
  const again = parseArgmap(await readFile(path, 'utf8'));
  expect(again, `reading the saved sample after ${after}`).toEqual(loaded);
  expect(checkArgumentMap(loaded.map).ok, `checking the sample after ${after}`).toBe(true);
}
