import type { ArgumentMap } from '../model/argumentMap';
import { asNodeId, asRelationId } from '../model/ids';

/** A small valid map: a thesis, a reason for it, an objection against it, and an undercut. */
export function tinyMap(): ArgumentMap {
  const t = asNodeId('n-t');
  const r = asNodeId('n-r');
  const o = asNodeId('n-o');
  const u = asNodeId('n-u');
  const node = (id: typeof t, kind: ArgumentMap['nodes'][typeof t]['kind'], text: string, y: number) => ({
    id,
    kind,
    text,
    position: { x: 0, y },
    tags: [],
  });
  return {
    meta: { title: 'Tiny' },
    nodes: {
      [t]: node(t, 'thesis', 'We should walk to work.', 0),
      [r]: node(r, 'reason', 'Walking is healthy.', 200),
      [o]: node(o, 'objection', 'It takes too long.', 200),
      [u]: node(u, 'rebuttal', 'Only if you live far away.', 400),
    },
    relations: {
      [asRelationId('r-1')]: { id: asRelationId('r-1'), kind: 'support', from: [r], to: { node: t } },
      [asRelationId('r-2')]: { id: asRelationId('r-2'), kind: 'attack', from: [o], to: { node: t } },
      [asRelationId('r-3')]: {
        id: asRelationId('r-3'),
        kind: 'undercut',
        from: [u],
        to: { relation: asRelationId('r-2') },
      },
    },
  };
}
