import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgmap } from '../src/shared/formats/argmapFormat';
import type { ArgumentMap } from '../src/shared/model/argumentMap';

/** The shipped sample map's file, for tests and the generator. */
export const SAMPLE_PATH = resolve(import.meta.dirname, '../resources/examples/kazakhstan-mediator.argmap');
export const readSampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');

/** The shipped sample, loaded through the app's own parser; a test fails loudly if it does not load. */
export function loadSampleMap(): ArgumentMap {
  const result = parseArgmap(readSampleText());
  if (!result.ok) throw new Error(`The sample map does not load: ${result.message}`);
  return result.map;
}
