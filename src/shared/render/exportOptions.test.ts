import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTIONS,
  EXPORT_FORMATS,
  EXPORT_OPTION_KEYS,
  EXPORT_THEMES,
  ORIENTATIONS,
  PAGE_SIZES,
  plainlyValidExportOptions,
  type ExportOptions,
} from './exportOptions';
import { exportOptionsSchema } from './exportOptionsSchema';

const astral = '\u{1F600}';

/** Values at the edges of what each option takes, or of the wrong kind. */
const STRANGE: unknown[] = [
  undefined,
  null,
  '',
  'svg',
  'argdown',
  'dark',
  'outlines',
  'transparent',
  'a4',
  'portrait',
  -1,
  0,
  0.5,
  1,
  2.5,
  4,
  4.0001,
  400,
  401,
  NaN,
  Infinity,
  true,
  {},
  [],
  { kind: 'map' },
  { kind: 'map', nodeId: 'n' },
  { kind: 'subtree', nodeId: '' },
  { kind: 'subtree', nodeId: 'x'.repeat(200) },
  { kind: 'subtree', nodeId: 'x'.repeat(201) },
  { kind: 'subtree', nodeId: astral.repeat(150) },
  { kind: 'selection', nodeIds: [] },
  { kind: 'selection', nodeIds: ['a', ''] },
  { kind: 'whole' },
];
const REMOVED = Symbol('removed');

describe('plainlyValidExportOptions', () => {
  it('knows the schema’s keys, in its order', () => {
    expect([...EXPORT_OPTION_KEYS]).toEqual(Object.keys(exportOptionsSchema.shape));
  });

  it('passes the defaults and every combination the choices allow', () => {
    const choices = fc.record({
      format: fc.constantFrom(...EXPORT_FORMATS),
      scope: fc.oneof(
        fc.constant({ kind: 'map' as const }),
        fc.record({ kind: fc.constant('subtree' as const), nodeId: fc.string({ minLength: 1, maxLength: 200 }) }),
        fc.record({
          kind: fc.constant('selection' as const),
          nodeIds: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        }),
      ),
      theme: fc.constantFrom(...EXPORT_THEMES),
      padding: fc.integer({ min: 0, max: 400 }),
      legend: fc.boolean(),
      statuses: fc.boolean(),
      title: fc.boolean(),
      textAs: fc.constantFrom('text' as const, 'outlines' as const),
      scale: fc.double({ min: 1, max: 4, noNaN: true }),
      background: fc.constantFrom('solid' as const, 'transparent' as const),
      page: fc.constantFrom(...PAGE_SIZES),
      orientation: fc.constantFrom(...ORIENTATIONS),
      notes: fc.boolean(),
    });
    expect(plainlyValidExportOptions(DEFAULT_EXPORT_OPTIONS)).toBe(true);
    fc.assert(
      fc.property(choices, (options) => {
        expect(plainlyValidExportOptions(options)).toBe(true);
        expect(exportOptionsSchema.parse(options)).toEqual(options);
      }),
      { numRuns: 300 },
    );
  });

  it('never passes what the schema refuses', () => {
    const strange = fc.constantFrom<unknown>(...STRANGE);
    const changed = fc.record({
      key: fc.constantFrom<string>(...EXPORT_OPTION_KEYS, 'extra'),
      value: strange,
      remove: fc.boolean(),
    });
    // Every strange value at every key, and every key removed, one at a time…
    let plain = 0;
    const check = (options: Record<string, unknown>): void => {
      if (!plainlyValidExportOptions(options as ExportOptions)) return;
      plain += 1;
      const parsed = exportOptionsSchema.safeParse(options);
      expect(parsed.success, JSON.stringify(options)).toBe(true);
      expect(parsed.data).toStrictEqual(options);
    };
    for (const key of [...EXPORT_OPTION_KEYS, 'extra']) {
      for (const value of [...STRANGE, REMOVED]) {
        const options: Record<string, unknown> = structuredClone(DEFAULT_EXPORT_OPTIONS);
        if (value === REMOVED) delete options[key];
        else options[key] = value;
        check(options);
      }
    }
    // …and a few at once.
    fc.assert(
      fc.property(fc.array(changed, { minLength: 1, maxLength: 3 }), (changes) => {
        const options: Record<string, unknown> = structuredClone(DEFAULT_EXPORT_OPTIONS);
        for (const { key, value, remove } of changes) {
          if (remove) delete options[key];
          else options[key] = value;
        }
        check(options);
      }),
      { numRuns: 2000 },
    );
    expect(plain).toBeGreaterThan(20);
  });
});
