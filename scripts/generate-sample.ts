/** Writes resources/examples/kazakhstan-mediator.argmap from scripts/kazakhstanSample.ts. */
import { writeFileSync } from 'node:fs';
import { buildSampleMap } from './buildSampleMap';
import { SAMPLE_PATH } from './sampleFiles';
import { serializeArgmap } from '../src/shared/formats/argmapFormat';

writeFileSync(SAMPLE_PATH, serializeArgmap(buildSampleMap()));
console.log(`wrote ${SAMPLE_PATH}`);
