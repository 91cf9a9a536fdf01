import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgNode, ArgumentMap } from '../../model/argumentMap';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { validMap } from '../../testing/mapArbitraries';
import { exportArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { oneLine } from './argdownSyntax';

/*
 * Issue 13: whatever a valid map holds, the Argdown export is a document the app's own importer
 * reads back, and what comes back is what went out, or the export's report says what changed.
 * The maps' texts are hostile: Argdown, Markdown and YAML syntax, headings, front matter, line
 * breaks of every kind, NUL, half surrogate pairs, very long words (see mapArbitraries.ts).
 */

function roundTrip(map: ArgumentMap): { back: ArgumentMap; report: string } {
  const exported = exportArgdown(map);
  const back = importArgdown(exported.text);
  if (!back.ok) throw new Error(`${back.message}\n${exported.text}`);
  const check = checkArgumentMap(back.map);
  if (!check.ok) throw new Error(`not a valid map at ${check.path}: ${check.message}`);
  return { back: back.map, report: exported.report.map((line) => line.message).join('\n') };
}

const sorted = (values: string[]): string[] => [...values].sort();
const each = (map: ArgumentMap, field: (node: ArgNode) => unknown): string[] =>
  sorted(Object.values(map.nodes).map((node) => JSON.stringify(field(node) ?? null)));
// An optional field left empty ('') is the same as one left out: the import leaves it out.
const metaOf = (map: ArgumentMap): string =>
  JSON.stringify(map.meta, (key, value: unknown) => (value === '' && key !== 'title' ? undefined : value));

/** Either the values came back, or a report line (matching `reportedBy`) says they changed. */
function expectSameOrReported(what: string, sent: string[], got: string[], report: string, reportedBy: RegExp): void {
  if (JSON.stringify(sent) === JSON.stringify(got)) return;
  expect(report, `${what} changed without a word in the report`).toMatch(reportedBy);
}

const RUNS = { numRuns: 250, seed: 13 };

describe('Argdown export of any valid map', () => {
  it('is read back by the importer as a valid map with as many nodes', () => {
    fc.assert(
      fc.property(validMap(), (map) => {
        const { back } = roundTrip(map);
        expect(Object.keys(back.nodes)).toHaveLength(Object.keys(map.nodes).length);
      }),
      RUNS,
    );
  }, 120_000);

  it('gives back every text, kind, note, quote, tag and map detail, or reports what changed', () => {
    fc.assert(
      fc.property(validMap(), (map) => {
        const { back, report } = roundTrip(map);
        // Texts lose only line breaks and the blanks at their ends, and then the report says so.
        expect(each(back, (node) => node.text)).toEqual(each(map, (node) => oneLine(node.text)));
        expectSameOrReported(
          'a text',
          each(map, (n) => n.text),
          each(back, (n) => n.text),
          report,
          /\btexts?\b/,
        );
        // Kinds always come back: where the import would infer another, the export writes it.
        expect(each(back, (node) => [node.text, node.kind])).toEqual(
          each(map, (node) => [oneLine(node.text), node.kind]),
        );
        expect(each(back, (node) => node.notes ?? '')).toEqual(each(map, (node) => node.notes ?? ''));
        expect(each(back, (node) => node.source?.quote)).toEqual(each(map, (node) => node.source?.quote));
        expectSameOrReported(
          'a tag',
          each(map, (n) => n.tags),
          each(back, (n) => n.tags),
          report,
          /\btags?\b/,
        );
        expectSameOrReported('a map detail', [metaOf(map)], [metaOf(back)], report, /of the map|source/);
      }),
      RUNS,
    );
  }, 120_000);

  it('gives back titles as written, and writes a given title as it is or reports the change', () => {
    fc.assert(
      fc.property(validMap(), (map) => {
        const { back, report } = roundTrip(map);
        const given = sorted(Object.values(map.nodes).flatMap((node) => node.title ?? []));
        const kept = sorted(Object.values(back.nodes).flatMap((node) => node.title ?? []));
        if (!given.every((title) => kept.includes(title))) expect(report).toMatch(/\btitles? changed\b/);
      }),
      RUNS,
    );
  }, 120_000);
});

describe('Argdown export of maps that once did not read back', () => {
  const map = (meta: ArgumentMap['meta'], nodes: Partial<ArgNode>[] = []): ArgumentMap => ({
    meta,
    nodes: Object.fromEntries(
      nodes.map((node, i) => [
        `n${i}`,
        { id: `n${i}`, kind: 'claim', text: '', position: { x: 0, y: 0 }, tags: [], ...node },
      ]),
    ) as ArgumentMap['nodes'],
    relations: {},
  });
  it.each<[string, ArgumentMap]>([
    // "# Only a heading" imports as a map with no nodes; its export was front matter alone.
    ['front matter alone', map({ title: 'Only a heading' })],
    ['a source with a blank title', map({ title: '', source: { title: ' ' } })],
    ['an argument titled "_"', map({ title: '' }, [{ kind: 'rebuttal', title: '_' }])],
    ['a text-less node with "]:" in its data', map({ title: '' }, [{ notes: '[A]:', source: { quote: '*/' } }])],
    ['a node whose text starts with "}" after data', map({ title: '' }, [{ source: { quote: '#' } }, { text: '}' }])],
    ['a tag of only spaces', map({ title: '' }, [{ tags: [' '] }])],
  ])('%s', (_name, sent) => {
    const { back } = roundTrip(sent);
    expect(Object.keys(back.nodes)).toHaveLength(Object.keys(sent.nodes).length);
  });
});
