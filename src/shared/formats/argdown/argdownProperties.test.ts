import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { trickyText, validMap } from '../../testing/mapArbitraries';
import { exportArgdown, writeArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { canonByText, makeMap } from './argdownTestMaps';

/** The text as the import gives it back: one line, trimmed. */
const asRead = (text: string): string => text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ').trim();

function readBack(map: ArgumentMap): ArgumentMap {
  const back = importArgdown(exportArgdown(map).text);
  if (!back.ok) throw new Error(back.message);
  return back.map;
}

describe('any text survives export and import', () => {
  it('as a titled statement, an untitled one, an argument and a premise written inside a reconstruction', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const map = makeMap(
          [
            { id: 'titled', title: `Titled ${text}`, text, kind: 'thesis' },
            { id: 'untitled', text: `${text} (untitled)`, kind: 'thesis' },
            { id: 'argument', text: `${text} (argument)`, kind: 'reason' },
            { id: 'premise', text: `${text} (premise)` },
            { id: 'other', text: 'Other premise.' },
          ],
          [
            { kind: 'support', from: ['argument'], to: 'titled' },
            { kind: 'support', from: ['premise', 'other'], to: 'titled' },
          ],
        );
        const back = readBack(map);
        const texts = Object.values(back.nodes)
          .map((node) => node.text)
          .sort();
        expect(texts).toEqual(
          Object.values(map.nodes)
            .map((node) => asRead(node.text))
            .sort(),
        );
        // Titles, written or made from the text, come back as the export wrote them.
        const titles = Object.values(back.nodes)
          .flatMap((node) => node.title ?? [])
          .sort();
        expect(titles).toEqual([...writeArgdown(map).titles.values()].sort());
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Small random maps: each relation a support (possibly linked), an attack or an undercut of an earlier one, some finer. */
const randomMap = validMap({ minNodes: 2, texts: 'plain' });

/** What the export says when it writes a finer relation kind (entails, contrary…) as a plain one. */
const FINER_KIND_LOST = /^\d+ (?:entailments?|contrary relations?|contradictions?) written as /;

/** The map up to finer relation kinds: a relation and its finer twin between the same nodes become one. */
function withoutFinerKinds(map: ArgumentMap): ReturnType<typeof canonByText> {
  const { nodes, relations } = canonByText(map);
  return { nodes, relations: [...new Set(relations.map((line) => line.replace(/\/[a-z]+/g, '')))].sort() };
}

const textsOf = (map: ArgumentMap): string[] =>
  Object.values(map.nodes)
    .map((node) => node.text)
    .sort();
const relationKindsOf = (map: ArgumentMap): string[] =>
  [...new Set(Object.values(map.relations).map((relation) => relation.kind))].sort();

describe('random maps', () => {
  it('come back the same, but for what the export reports', () => {
    const runs = { exact: 0, finerKindsLost: 0, other: 0 };
    fc.assert(
      fc.property(randomMap, (map) => {
        const { report } = exportArgdown(map);
        const back = readBack(map);
        expect(checkArgumentMap(back).ok).toBe(true);
        // Whatever the report says: the same texts, and relations of the same kinds.
        expect(textsOf(back)).toEqual(textsOf(map));
        expect(relationKindsOf(back)).toEqual(relationKindsOf(map));
        const approximations = report
          .filter((line) => line.severity === 'approximated' && !/title/.test(line.message))
          .map((line) => line.message);
        if (approximations.length === 0) {
          runs.exact += 1;
          expect(canonByText(back)).toEqual(canonByText(map));
        } else if (approximations.every((message) => FINER_KIND_LOST.test(message))) {
          runs.finerKindsLost += 1;
          expect(withoutFinerKinds(back)).toEqual(withoutFinerKinds(map));
        } else runs.other += 1;
      }),
      { numRuns: 300 },
    );
    // Most runs must compare whole maps (about 62% exactly, 33% but for finer kinds, 5% neither):
    // a generator drifting towards what Argdown cannot carry would otherwise hollow the test out.
    expect(runs.exact).toBeGreaterThanOrEqual(150);
    expect(runs.exact + runs.finerKindsLost).toBeGreaterThanOrEqual(265);
  }, 60_000);
});
