/** Writes resources/examples/kazakhstan-mediator.argmap from scripts/kazakhstanSample.ts. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSampleMap } from './buildSampleMap';
import { serializeArgmap } from '../src/shared/formats/argmapFormat';

const target = resolve(import.meta.dirname, '../resources/examples/kazakhstan-mediator.argmap');
writeFileSync(target, serializeArgmap(buildSampleMap()));
console.log(`wrote ${target}`);
