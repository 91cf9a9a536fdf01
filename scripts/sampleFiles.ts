import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shipped sample map's file, for tests and the generator. */
export const SAMPLE_PATH = resolve(import.meta.dirname, '../resources/examples/kazakhstan-mediator.argmap');
export const readSampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');
