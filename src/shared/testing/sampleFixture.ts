import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shipped sample map's text, for tests (test helpers may read files; the core may not). */
export const SAMPLE_PATH = resolve(import.meta.dirname, '../../../resources/examples/kazakhstan-mediator.argmap');
export const readSampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');
