import { resolve } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../shared/model/ids';
import { drawMap } from '../../../shared/render/drawMap';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/render/exportOptions';
import type { GroupShape, Shape } from '../../../shared/render/shapes';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { fontsDirIn, loadExportFonts } from './exportFonts';
import { exportMap } from './exportMap';

const fonts = loadExportFonts(fontsDirIn(resolve(import.meta.dirname, '../../../../resources')));

/** The tiny map with the rebuttal rejected: the undercut fails, the objection's attack holds, the thesis falls. */
const debate = () => produce(tinyMap(), (draft) => void (draft.nodes[asNodeId('n-u')].mark = 'rejected'));

const cards = (shapes: Shape[]): GroupShape[] =>
  shapes.flatMap((shape) =>
    shape.type !== 'group'
      ? []
      : shape.className === 'nodes'
        ? (shape.children as GroupShape[])
        : cards(shape.children),
  );
const texts = (shape: Shape): string[] =>
  shape.type === 'text'
    ? shape.lines.map((line) => line.text)
    : shape.type === 'group'
      ? shape.children.flatMap(texts)
      : [];

describe('exports with the evaluation', () => {
  it('draw each card’s status as a word beside its kind, only when asked', async () => {
    const { measurer } = await fonts;
    const plain = drawMap(debate(), DEFAULT_EXPORT_OPTIONS, measurer);
    expect(cards(plain.shapes).flatMap(texts)).not.toContain('Falls');
    const drawn = drawMap(debate(), { ...DEFAULT_EXPORT_OPTIONS, statuses: true }, measurer);
    const byLabel = new Map(cards(drawn.shapes).map((card) => [card.label, texts(card)]));
    expect(byLabel.get('Thesis (Falls): We should walk to work.')).toContain('Falls');
    expect(byLabel.get('Reason (Stands): Walking is healthy.')).toContain('Stands');
    expect(byLabel.get('Rebuttal (Falls): Only if you live far away.')).toContain('Falls');
  });

  it('fade the relations that fail', async () => {
    const { measurer } = await fonts;
    const strokes = (statuses: boolean) =>
      drawMap(debate(), { ...DEFAULT_EXPORT_OPTIONS, statuses }, measurer)
        .shapes.flatMap((shape) => (shape.type === 'group' && shape.className === 'relations' ? shape.children : []))
        .map((shape) => (shape.type === 'path' ? shape.stroke : ''));
    const before = strokes(false);
    const after = strokes(true);
    // The undercut by the rejected rebuttal fails; the attack and the support hold.
    expect(after.filter((stroke, i) => stroke !== before[i])).toHaveLength(1);
  });

  it('list the statuses in Markdown and text outlines, the whole map’s even for a part', async () => {
    const md = await exportMap(debate(), { ...DEFAULT_EXPORT_OPTIONS, format: 'md', statuses: true }, await fonts);
    expect(md.data.toString('utf8')).toContain('- **Thesis (falls):** We should walk to work.');
    const part = await exportMap(
      debate(),
      { ...DEFAULT_EXPORT_OPTIONS, format: 'txt', statuses: true, scope: { kind: 'selection', nodeIds: ['n-t'] } },
      await fonts,
    );
    // Alone, the thesis would stand; in the map, the objection's attack brings it down.
    expect(part.data.toString('utf8')).toBe('Thesis (falls): We should walk to work.');
    const without = await exportMap(debate(), { ...DEFAULT_EXPORT_OPTIONS, format: 'txt' }, await fonts);
    expect(without.data.toString('utf8')).not.toContain('(falls)');
  });
});
