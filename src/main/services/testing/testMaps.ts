import { readFile, writeFile } from 'node:fs/promises';
import { parseArgmap, serializeArgmap } from '../../../shared/formats/argmapFormat';
import type { ArgumentMap } from '../../../shared/model/argumentMap';

/** A small valid map: one claim and the reason that supports it. */
export function makeMap(title: string, claim = 'Kazakhstan can mediate between larger powers.'): ArgumentMap {
  return {
    meta: { title },
    nodes: {
      'n-claim': { id: 'n-claim', kind: 'claim', text: claim, position: { x: 0, y: 0 }, tags: [] },
      'n-reason': {
        id: 'n-reason',
        kind: 'reason',
        text: 'It is trusted by both sides.',
        position: { x: 0, y: 160 },
        tags: [],
      },
    } as ArgumentMap['nodes'],
    relations: {
      'r-support': { id: 'r-support', kind: 'support', from: ['n-reason'], to: { node: 'n-claim' } },
    } as ArgumentMap['relations'],
  };
}

/** The same map with the claim's text retyped: what an edit in the window produces. */
export const edited = (map: ArgumentMap, claim: string): ArgumentMap => makeMap(map.meta.title, claim);

/** A map whose relation points at a node that does not exist: plain JSON, as no typed map can be this broken. */
export function danglingMap(): unknown {
  const map = JSON.parse(JSON.stringify(makeMap('Dangling'))) as { relations: Record<string, { to: unknown }> };
  map.relations['r-support'].to = { node: 'n-missing' };
  return map;
}

export async function writeMap(path: string, map: ArgumentMap): Promise<string> {
  await writeFile(path, serializeArgmap(map));
  return path;
}

/** The map in a file; a file that does not load fails the test with the reason. */
export async function readMap(path: string): Promise<ArgumentMap> {
  const result = parseArgmap(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} does not load: ${result.message}`);
  return result.map;
}

export const exists = (path: string): Promise<boolean> =>
  readFile(path).then(
    () => true,
    () => false,
  );

/** A valid map of about `bytes` when saved: many claims with long texts, to fill a small disk. */
export function bulkyMap(bytes: number, title = 'Bulky'): ArgumentMap {
  const text = 'Kazakhstan mediates because both sides trust it. '.repeat(40);
  const map = makeMap(title);
  const nodes = map.nodes as Record<string, ArgumentMap['nodes'][keyof ArgumentMap['nodes']]>;
  for (let i = 0; i * text.length < bytes; i += 1) {
    const id = `n-bulk-${i}`;
    nodes[id] = { ...nodes['n-claim'], id, text, position: { x: i * 300, y: 400 } } as (typeof nodes)[string];
  }
  return map;
}
