import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../shared/model/ids';
import { VisitHistory } from './visitHistory';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(asNodeId);
const all = () => true;

describe('back and forward through the nodes visited', () => {
  it('goes back and forward as a browser does, and a new place drops the places ahead', () => {
    const visits = new VisitHistory();
    for (const id of [a, b, c]) visits.visit(id);
    expect(visits.step(-1, all)).toBe(b);
    expect(visits.step(-1, all)).toBe(a);
    expect(visits.step(-1, all)).toBeNull();
    expect(visits.step(1, all)).toBe(b);
    visits.visit(d);
    expect(visits.step(1, all)).toBeNull();
    expect(visits.step(-1, all)).toBe(b);
  });

  it('skips nodes deleted since, and a repeated visit counts once', () => {
    const visits = new VisitHistory();
    for (const id of [a, b, b, c]) visits.visit(id);
    expect(visits.step(-1, (id) => id !== b)).toBe(a);
  });
});
