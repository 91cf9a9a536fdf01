import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/formats/interop';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { asNodeId, asRelationId } from '../../../shared/model/ids';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { pasteArgdownOutcome } from './clipboardActions';
import { storeWith } from './testStore';

/** What main answers for `[Tax]: Taxes should rise.\n  + <Health>: Sugar harms.` */
function readArgdown(meta: ArgumentMap['meta'] = { title: '' }): ImportOutcome {
  const [tax, health] = [asNodeId('s-tax'), asNodeId('a-health')];
  return {
    ok: true,
    report: [],
    map: {
      meta,
      nodes: {
        [tax]: {
          id: tax,
          kind: 'thesis',
          title: 'Tax',
          text: 'Taxes should rise.',
          position: { x: 0, y: 0 },
          tags: [],
        },
        [health]: { id: health, kind: 'reason', text: 'Sugar harms.', position: { x: 0, y: 200 }, tags: [] },
      },
      relations: {
        [asRelationId('r-1')]: { id: asRelationId('r-1'), kind: 'support', from: [health], to: { node: tax } },
      },
    },
  };
}

const texts = (map: ArgumentMap | null): string[] => Object.values(map?.nodes ?? {}).map((node) => node.text);

describe('pasting Argdown', () => {
  it('adds its statements, arguments and relations as one undo step, where asked', () => {
    const store = storeWith();
    pasteArgdownOutcome(store, '[Tax]: …', readArgdown(), { x: 500, y: 40 });
    const { document, history, importReport } = store.getState();
    expect(texts(document)).toEqual([...texts(tinyMap()), 'Taxes should rise.', 'Sugar harms.']);
    const pasted = Object.values(document!.nodes).find((node) => node.title === 'Tax')!;
    expect(pasted.position).toEqual({ x: 500, y: 40 });
    expect(Object.keys(document!.relations)).toHaveLength(4);
    expect(history.past.map((entry) => entry.label)).toEqual(['Paste 2 nodes']);
    expect(importReport).toBeNull();
    store.undo();
    expect(store.getState().document).toEqual(tinyMap());
  });

  it('says nothing of front matter the text did not have (the importer then leaves the title empty)', () => {
    const store = storeWith();
    pasteArgdownOutcome(store, '[Tax]: …', readArgdown({ title: '' }));
    expect(store.getState().importReport).toBeNull();
  });

  it('reports the front matter it could not apply: the map keeps its own title', () => {
    const store = storeWith();
    pasteArgdownOutcome(store, '===…', readArgdown({ title: 'Sugar', author: 'Ann' }));
    expect(store.getState().document?.meta).toEqual(tinyMap().meta);
    expect(store.getState().importReport).toEqual({
      source: 'Argdown from the clipboard',
      formatLabel: 'Argdown',
      report: [{ severity: 'dropped', message: 'The title and details in the front matter (this map keeps its own)' }],
    });
  });

  it('pastes text that only looked like Argdown as lines, and says why', () => {
    const store = storeWith();
    const failed: ImportOutcome = { ok: false, message: 'Argdown could not read the document: line 2: …' };
    pasteArgdownOutcome(store, '[A]: a\n*b', failed, { x: 0, y: 0 });
    expect(texts(store.getState().document).slice(-2)).toEqual(['[A]: a', '*b']);
    expect(store.getState().session.notice?.text).toBe(
      'Pasted as lines, not as Argdown: Argdown could not read the document: line 2: …',
    );
  });
});
