import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import { drawMap } from '../../../shared/render/drawMap';
import { textShapes } from '../../../shared/render/shapes';
import { estimateNodeSize } from '../../../shared/layout/nodeSize';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { fontsDirIn, loadExportFonts } from './exportFonts';

// The exports draw cards as the canvas does: a title as the heading, and in compact cards a long
// text shortened to its first lines, the last ending in "…". Measured with the bundled font.
const OPTIONS = { ...DEFAULT_EXPORT_OPTIONS, title: false, legend: false };
const fonts = loadExportFonts(fontsDirIn(join(import.meta.dirname, '../../../../resources')));

const LONG =
  'Banning private cars from the downtown core cuts nitrogen dioxide near schools, frees road space for buses and ' +
  'bicycles, makes the streets safer for children walking to school, and brings shoppers back to the high street.';

const map = (cards?: 'compact'): ArgumentMap =>
  ({
    meta: { title: 'Car-free downtown', ...(cards && { cards }) },
    nodes: {
      r: { id: 'r', kind: 'reason', title: 'No harm, no ban', text: LONG, position: { x: 0, y: 0 }, tags: [] },
    },
    relations: {},
  }) as unknown as ArgumentMap;

/** The lines of text the card draws, top to bottom, with the weight of each. */
const drawnLines = (drawn: ReturnType<typeof drawMap>) =>
  textShapes(drawn.shapes).flatMap((shape) => shape.lines.map((line) => ({ text: line.text, weight: shape.weight })));

describe('cards in the exports', () => {
  it('draw a node’s title as a bold heading between the kind and the text', () => {
    const lines = drawnLines(drawMap(map(), OPTIONS, fonts.measurer));
    expect(lines[0]).toEqual({ text: 'REASON', weight: 700 });
    expect(lines[1]).toEqual({ text: 'No harm, no ban', weight: 700 });
    expect(
      lines
        .slice(2)
        .map((line) => line.text)
        .join(' '),
    ).toBe(LONG);
  });

  it('shorten a long text to two lines under a title in compact cards, ending in an ellipsis', () => {
    const full = drawMap(map(), OPTIONS, fonts.measurer);
    const compact = drawMap(map('compact'), OPTIONS, fonts.measurer);
    const body = drawnLines(compact).slice(2);
    expect(body).toHaveLength(2);
    expect(body[1].text).toMatch(/\S…$/);
    expect(LONG.startsWith(`${body[0].text} ${body[1].text.slice(0, -1)}`)).toBe(true);
    expect(compact.viewBox.height).toBeLessThan(full.viewBox.height - 60);
    // The canvas expects the same height before it measures the card.
    const card = estimateNodeSize({ text: LONG, title: 'No harm, no ban' }, true);
    expect(Math.abs(compact.viewBox.height - 2 * OPTIONS.padding - card.height)).toBeLessThan(8);
  });
});
