import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/argumentMap';
import { chainMap, starMap } from '../testing/longMaps';
import { exportArgdown } from './argdown';
import { markdownOutlineExport } from './markdownOutline';
import { plainTextOutlineExport } from './outline';

/*
 * Every export walks the map without recursion and in time linear in its size (issue 13). No
 * timing is asserted (our machines are shared); a quadratic step or a recursive walk shows here
 * as a stack overflow or a timeout. Figures from a loaded two-core machine are in the commit log.
 */

const SIZE = 20_000;
const MAPS: [string, () => ArgumentMap][] = [
  [`a ${SIZE}-long support chain`, () => chainMap(SIZE, 'support')],
  [`a ${SIZE}-long attack chain`, () => chainMap(SIZE, 'attack')],
  [`a ${SIZE}-wide star`, () => starMap(SIZE)],
];

describe.each(MAPS)('%s', (_name, make) => {
  const map = make();
  const texts = Object.values(map.nodes).map((node) => node.text);

  it('exports as a Markdown outline with every node, lines of bounded length', () => {
    const { text } = markdownOutlineExport(map);
    const items = text.split('\n').filter((line) => line.includes('- **'));
    expect(items).toHaveLength(SIZE);
    expect(Math.max(...items.map((line) => line.length))).toBeLessThan(200);
  }, 120_000);

  it('exports as a plain-text outline with every node', () => {
    const lines = plainTextOutlineExport(map).text.split('\n');
    expect(lines).toHaveLength(SIZE);
    expect(new Set(lines.map((line) => line.slice(line.indexOf(': ') + 2)))).toEqual(new Set(texts));
  }, 120_000);

  it('exports as Argdown with every node', () => {
    const blocks = exportArgdown(map).text.split('\n\n');
    // The front matter, then one block a node: its definition line, then the relations under it.
    expect(blocks).toHaveLength(SIZE + 1);
    blocks.slice(1).forEach((block, i) => expect(block.split('\n')[0]).toContain(texts[i]));
  }, 120_000);
});
