import { describe, expect, it } from 'vitest';
import { execute } from '../../../shared/commands/command';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { asNodeId, asRelationId } from '../../../shared/model/ids';
import { tinyMap } from '../../../shared/testing/tinyMap';
import { initialSession } from '../store/sessionState';
import { createFlowNodeDeriver } from './flowNodes';
import { createFlowEdgeDeriver, deriveFlowEdges } from './flowEdges';
import { junctionId } from './flowTypes';
import type { CanvasView } from './canvasView';

describe('the React Flow adapter', () => {
  it('derives one card per node and a junction for the undercut relation', () => {
    const nodes = createFlowNodeDeriver()(tinyMap(), initialSession);
    expect(nodes.filter((n) => n.type !== 'junction')).toHaveLength(4);
    expect(nodes.filter((n) => n.type === 'junction').map((n) => n.id)).toEqual([junctionId(asRelationId('r-2'))]);
  });

  it('keeps the objects of unchanged nodes, so React Flow re-processes only what moved', () => {
    const derive = createFlowNodeDeriver();
    const map = tinyMap();
    const first = derive(map, initialSession);
    const moved = execute(map, moveNodes, { moves: [{ id: asNodeId('n-r'), position: { x: 500, y: 500 } }] })!.document;
    const second = derive(moved, initialSession);
    const byId = (list: typeof first, id: string) => list.find((n) => n.id === id);
    expect(byId(second, 'n-t')).toBe(byId(first, 'n-t'));
    expect(byId(second, 'n-o')).toBe(byId(first, 'n-o'));
    expect(byId(second, 'n-r')).not.toBe(byId(first, 'n-r'));
    expect(byId(second, 'n-r')?.position).toEqual({ x: 500, y: 500 });
  });

  it('makes a new card object when anything it shows changes: editing, folds, find matches', () => {
    const derive = createFlowNodeDeriver();
    const map = tinyMap();
    const view: CanvasView = {
      hidden: new Set(),
      hiddenCount: new Map(),
      hasChildren: new Set(),
      matches: new Set(),
      currentMatch: null,
      editing: null,
      context: null,
    };
    const thesis = asNodeId('n-t');
    const card = (nodes: ReturnType<typeof derive>) => nodes.find((n) => n.id === thesis);
    let before = card(derive(map, initialSession, view));
    const changes: Partial<CanvasView>[] = [
      { editing: thesis },
      { hasChildren: new Set([thesis]) },
      { matches: new Set([thesis]) },
      { currentMatch: thesis },
    ];
    for (const change of changes) {
      const after = card(derive(map, initialSession, { ...view, ...change }));
      expect(after).not.toBe(before);
      before = after;
    }
    // Folded: the card shows how many nodes it hides.
    const folded = card(derive(map, { ...initialSession, collapsed: new Set([thesis]) }, view));
    expect(folded).not.toBe(before);
    expect(card(derive(map, { ...initialSession, collapsed: new Set([thesis]) }, view))).toBe(folded);
  });

  it('shows a drag in progress from the session without touching the document', () => {
    const map = tinyMap();
    const session = { ...initialSession, dragPositions: new Map([[asNodeId('n-t'), { x: 77, y: 88 }]]) };
    const nodes = createFlowNodeDeriver()(map, session);
    expect(nodes.find((n) => n.id === 'n-t')?.position).toEqual({ x: 77, y: 88 });
    expect(map.nodes[asNodeId('n-t')].position).toEqual({ x: 0, y: 0 });
  });

  it('draws an undercut into the junction of the relation it attacks', () => {
    const edges = deriveFlowEdges(tinyMap());
    const undercut = edges.find((e) => e.data?.relationId === 'r-3');
    expect(undercut?.target).toBe(junctionId(asRelationId('r-2')));
    // The attacked relation runs premise → junction → target, with the arrowhead only at the end.
    const attack = edges.filter((e) => e.data?.relationId === 'r-2');
    expect(attack.map((e) => [e.source, e.target, Boolean(e.markerEnd)])).toEqual([
      ['n-o', 'j:r-2', false],
      ['j:r-2', 'n-t', true],
    ]);
  });

  it('joins linked premises in one junction before the arrow', () => {
    const map = tinyMap();
    const linked = asRelationId('r-linked');
    const extra = asNodeId('n-x');
    map.nodes[extra] = { ...map.nodes[asNodeId('n-r')], id: extra };
    map.relations[linked] = {
      id: linked,
      kind: 'support',
      from: [asNodeId('n-r'), extra],
      to: { node: asNodeId('n-t') },
    };
    const edges = deriveFlowEdges(map).filter((e) => e.data?.relationId === linked);
    expect(edges.map((e) => `${e.source}→${e.target}`)).toEqual(['n-r→j:r-linked', 'n-x→j:r-linked', 'j:r-linked→n-t']);
  });

  it('rebuilds only the edges of changed relations, and hides the edges of folded-away nodes', () => {
    const derive = createFlowEdgeDeriver();
    const map = tinyMap();
    const first = derive(map);
    const selected = derive(map, new Set([asRelationId('r-1')]));
    expect(selected.find((e) => e.id === 'r-1')).not.toBe(first.find((e) => e.id === 'r-1'));
    expect(selected.find((e) => e.id === 'r-1')?.selected).toBe(true);
    expect(selected.find((e) => e.id === 'r-3')).toBe(first.find((e) => e.id === 'r-3'));
    const folded = derive(map, new Set(), new Set([asNodeId('n-u')]));
    expect(folded.find((e) => e.id === 'r-3')?.hidden).toBe(true);
    expect(folded.filter((e) => e.hidden)).toHaveLength(1);
  });

  it('announces every arrow by the kinds and words of its ends, never by ids, and keeps edges while they read the same', () => {
    const derive = createFlowEdgeDeriver();
    const map = tinyMap();
    const first = derive(map);
    const spoken = first.filter((edge) => edge.domAttributes?.['aria-hidden'] !== 'true').map((edge) => edge.ariaLabel);
    for (const label of spoken) {
      expect(label).toMatch(
        /^(Thesis|Claim|Reason|Evidence|Objection|Rebuttal|Recommendation|Note): .+ (supports|attacks|undercuts) /,
      );
      expect(label).not.toMatch(/\b(n-|r-|j:)/);
    }
    const moved = execute(map, moveNodes, { moves: [{ id: asNodeId('n-r'), position: { x: 9, y: 9 } }] })!.document;
    expect(derive(moved)).toEqual(first);
    expect(derive(moved).find((e) => e.id === 'r-1')).toBe(first.find((e) => e.id === 'r-1'));
    // Nothing an edge shows changed: the very same array, so React Flow re-processes nothing.
    expect(derive(moved)).toBe(derive(map));
    const renamed = {
      ...moved,
      nodes: { ...moved.nodes, [asNodeId('n-r')]: { ...moved.nodes[asNodeId('n-r')], text: 'New words' } },
    };
    expect(derive(renamed).find((e) => e.id === 'r-1')?.ariaLabel).toMatch(/^Reason: New words supports /);
  });
});
