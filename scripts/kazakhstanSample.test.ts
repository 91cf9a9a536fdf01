import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeArgmap } from '../src/shared/formats/argmapFormat';
import { loadSampleMap, readSampleText } from './sampleFiles';
import { buildSampleMap } from './buildSampleMap';

const ARTICLE = resolve(import.meta.dirname, '../../shared/seed/kazakhstan-as-a-mediator.txt');
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const sample = loadSampleMap();
const nodes = Object.values(sample.nodes);
const relations = Object.values(sample.relations);
const textOf = (id: string): string => sample.nodes[`n-${id}` as keyof typeof sample.nodes]?.text ?? '';

describe('the Kazakhstan sample map', () => {
  it('is the file the generator writes (the two cannot drift apart)', () => {
    expect(readSampleText()).toBe(serializeArgmap(buildSampleMap()));
  });

  it('has 25–35 nodes of every argumentative kind', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(25);
    expect(nodes.length).toBeLessThanOrEqual(35);
    const kinds = new Set(nodes.map((node) => node.kind));
    for (const kind of ['thesis', 'claim', 'reason', 'evidence', 'objection', 'rebuttal', 'recommendation']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(nodes.filter((node) => node.kind === 'thesis')).toHaveLength(1);
  });

  it('uses support, attack, undercut and linked premises', () => {
    const kinds = new Set(relations.map((relation) => relation.kind));
    expect([...kinds].sort()).toEqual(['attack', 'support', 'undercut']);
    expect(relations.some((relation) => relation.from.length > 1)).toBe(true);
  });

  it('quotes the article verbatim for every node', () => {
    const article = squash(readFileSync(ARTICLE, 'utf8'));
    for (const node of nodes) {
      expect(node.source?.quote, node.id).toBeTruthy();
      expect(article.includes(squash(node.source?.quote ?? '')), `${node.id}: “${node.source?.quote}”`).toBe(true);
    }
  });

  it('is a graph, not only a tree: a node bears on two targets, and nothing is circular', () => {
    const outgoing = new Map<string, number>();
    for (const relation of relations)
      for (const premise of relation.from) outgoing.set(premise, (outgoing.get(premise) ?? 0) + 1);
    expect(Math.max(...outgoing.values())).toBeGreaterThanOrEqual(2);
    // Depth-first search over node → target edges finds no cycle.
    const targets = (id: string): string[] =>
      relations
        .filter((r) => r.from.includes(id as never) && 'node' in r.to)
        .map((r) => ('node' in r.to ? r.to.node : ''));
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string): void => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle through ${id}`).not.toBe('open');
      state.set(id, 'open');
      targets(id).forEach(visit);
      state.set(id, 'done');
    };
    nodes.forEach((node) => visit(node.id));
  });

  it('carries the article’s argument: initiatives, mediation record, counterargument, rebuttal, advice', () => {
    expect(textOf('profile')).toMatch(/respected profile/);
    for (const id of [
      'nuclear-free',
      'cica',
      'religions',
      'osce-2010',
      'oic-chair',
      'food-security',
      'fuel-bank',
      'sco',
      'eeu',
    ]) {
      expect(textOf(id), id).not.toBe('');
    }
    expect(textOf('iran-talks')).toMatch(/February and April 2013/);
    expect(textOf('foundation-2015')).toMatch(/2015/);
    expect(textOf('impartiality')).toMatch(/impartiality/);
    expect(textOf('water-dispute')).toMatch(/Rogun dam on the Amudarya/);
    expect(textOf('experts-resources')).toMatch(/lacks the resources essential for peacemaking/);
    expect(textOf('switzerland-norway')).toMatch(/Switzerland or Norway/);
    expect(textOf('shared-responsibility')).toMatch(/shared responsibility/);
    expect(textOf('baku-yerevan')).toMatch(/Baku and Yerevan/);
    expect(textOf('moscow-ankara')).toMatch(/Moscow and Ankara/);
    expect(textOf('eurasian-stability')).toMatch(/Eurasian landmass/);
  });

  it('links the limited success in Ukraine and Syria to the advice against over-expansion', () => {
    const crossLink = relations.find(
      (r) => r.from.includes('n-limited-success' as never) && 'node' in r.to && r.to.node === 'n-no-over-expansion',
    );
    expect(crossLink?.kind).toBe('support');
  });

  it('has the rebuttal attack the experts’ objection, which attacks the mediator claim', () => {
    const attacks = relations
      .filter((r) => r.kind === 'attack')
      .map((r) => `${r.from[0]}→${'node' in r.to ? r.to.node : ''}`);
    expect(attacks).toContain('n-experts-resources→n-mediator');
    expect(attacks).toContain('n-mediation-not-peacemaking→n-experts-resources');
  });
});
