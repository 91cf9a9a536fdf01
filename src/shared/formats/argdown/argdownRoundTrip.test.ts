import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { parseArgmap } from '../argmapFormat';
import { exportArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { canonByText } from './argdownTestMaps';

const FIXTURES = resolve(process.cwd(), '../shared/fixtures/argdown');

function reimport(map: ArgumentMap) {
  const outcome = importArgdown(exportArgdown(map).text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('argmap → Argdown → argmap', () => {
  const loaded = parseArgmap(
    readFileSync(resolve(process.cwd(), 'resources/examples/kazakhstan-mediator.argmap'), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  const sample = loaded.map;

  it('keeps the sample map’s texts, kinds, tags, notes, quotes and relations', () => {
    const back = reimport(sample);
    expect(canonByText(back.map)).toEqual(canonByText(sample));
    expect(back.map.meta).toEqual(sample.meta);
  });

  it('reports, on the way back, only that Argdown undercuts a whole argument', () => {
    expect(reimport(sample).report).toEqual([
      { severity: 'approximated', message: '1 undercut of an argument with several relations aimed at its first one' },
    ]);
  });

  it('writes the re-imported sample as the same Argdown (the titles it made are now the nodes’ own)', () => {
    expect(exportArgdown(reimport(sample).map).text).toBe(exportArgdown(sample).text);
  });
});

describe('Argdown → argmap → Argdown → argmap', () => {
  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.argdown')))('%s comes back the same', (name) => {
    const first = importArgdown(readFileSync(resolve(FIXTURES, name), 'utf8'));
    if (!first.ok) throw new Error(first.message);
    const second = reimport(first.map);
    expect(canonByText(second.map)).toEqual(canonByText(first.map));
    // Titles stay; a node Argdown must refer to gains one made from its text.
    const titles = (map: ArgumentMap) => Object.values(map.nodes).map((node) => [node.text, node.title]);
    expect(titles(second.map)).toEqual(expect.arrayContaining(titles(first.map).filter(([, title]) => title)));
    expect(second.map.meta).toEqual(first.map.meta);
  });
});
