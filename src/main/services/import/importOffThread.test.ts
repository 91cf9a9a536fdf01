import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../../shared/formats/conversion/convert';
import type { ImportOutcome } from '../../../shared/formats/interop';
import { importOffThread, setImportWorkerEntry, stopImportWorker } from './importOffThread';

const FAKE_WORKER = fileURLToPath(new URL('./testing/fakeImportWorker.mjs', import.meta.url));
const VEGGIE = readFileSync(
  new URL('../../../../../shared/fixtures/argdown/veggie_debate.argdown', import.meta.url),
  'utf8',
);
const namesBefore = Object.getOwnPropertyNames(Object.prototype);

afterEach(() => {
  stopImportWorker();
  setImportWorkerEntry(undefined);
});

/** A job for the stand-in worker, which does what the text names (see testing/fakeImportWorker.mjs). */
const fake = (behaviour: string, timeLimitMs?: number): Promise<ImportOutcome> => {
  setImportWorkerEntry(FAKE_WORKER);
  return importOffThread({ format: 'argdown', text: behaviour }, timeLimitMs);
};
const title = (outcome: ImportOutcome): string | undefined => (outcome.ok ? outcome.map.meta.title : undefined);

describe('importOffThread with the real reader', () => {
  it('reads a document as the importer on this thread does, and reads the next ones in turn', async () => {
    const [first, second] = await Promise.all([
      importOffThread({ format: 'argdown', text: VEGGIE, title: 'Veggie' }),
      importOffThread({ format: 'argdown', text: '[a]: b\n' }),
    ]);
    expect(first).toEqual(importText('argdown', VEGGIE, { title: 'Veggie' }));
    expect(second.ok && Object.keys(second.map.nodes)).toEqual(['s-a']);
  });
});

describe('importOffThread when the reader misbehaves', () => {
  it('keeps an idle reader for the next document', async () => {
    expect(title(await fake('count'))).toBe('1');
    expect(title(await fake('count'))).toBe('2');
  });

  it('stops a reader that takes too long, says so, and starts a new one for the next document', async () => {
    await fake('count');
    const outcome = await fake('hang', 1_000);
    expect(outcome).toEqual({
      ok: false,
      message: 'Argmap stopped reading it after 1 second, far longer than any document needs; nothing was imported.',
    });
    expect(title(await fake('count'))).toBe('1');
  });

  it.each([
    ['crashes', 'crash', /^Argmap’s reader failed \(the reader broke\); nothing was imported\.$/],
    ['exits', 'exit', /^Argmap’s reader stopped before it answered \(exit code 3\); nothing was imported\.$/],
    ['throws', 'throw', /^Argmap’s reader failed \(the importer threw\); nothing was imported\.$/],
    ['answers a map keyed "__proto__"', 'proto', /cannot use \(the map is not valid at nodes\.__proto__: An id/],
    ['answers a report that is not lines', 'report', /cannot use \(its report is not a list of lines\)/],
    ['was polluted by what it read', 'pollute', /^Reading it changed Argmap’s reader; nothing was imported\.$/],
  ])('refuses with a message when the reader %s, and retires it', async (_, behaviour, message) => {
    await fake('count');
    const outcome = await fake(behaviour);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(namesBefore);
    expect(title(await fake('count'))).toBe('1');
  });
});
