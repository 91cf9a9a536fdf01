import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import type { ArgumentMap } from '../../model/argumentMap';
import { importAif } from '../aif';
import { canonicalMap } from '../aif/aifTestSupport';
import { exportSadface } from './exportSadface';
import { importSadface } from './importSadface';

const FIXTURE = resolve(import.meta.dirname, '../../../../fixtures/sadface/cycle-helmets.json');
const CORPUS = resolve(import.meta.dirname, '../../../..', '../shared/fixtures/aif-araucaria');

const imported = (text: string): { map: ArgumentMap; report: string[] } => {
  const outcome = importSadface(text, { title: 'from the file name' });
  if (!outcome.ok) throw new Error(outcome.message);
  return { map: outcome.map, report: outcome.report.map((line) => `${line.severity}: ${line.message}`) };
};

const textOf = (map: ArgumentMap, start: string): string =>
  Object.values(map.nodes).find((node) => node.text.startsWith(start))!.id;

describe('SADFace import', () => {
  const { map, report } = imported(readFileSync(FIXTURE, 'utf8'));

  it('reads every atom as a statement, with kinds from the structure and the layout applied', () => {
    expect(Object.keys(map.nodes)).toHaveLength(8);
    const kinds = Object.values(map.nodes).map((node) => `${node.kind}: ${node.text.slice(0, 24)}`);
    expect(kinds).toContain('thesis: Cycle helmets should be ');
    expect(kinds).toContain('objection: Where helmets became com');
    expect(kinds).toContain('rebuttal: The fall in cycling was ');
    const places = new Set(Object.values(map.nodes).map((node) => `${node.position.x},${node.position.y}`));
    expect(places.size).toBe(8);
  });

  it('reads schemes as relations: a linked support, a conflict, and a conflict aimed at a scheme as an undercut', () => {
    const relations = Object.values(map.relations);
    const linked = relations.find((relation) => relation.from.length === 2)!;
    expect(linked.kind).toBe('support');
    expect(linked.from.sort()).toEqual([textOf(map, 'A helmet reduces'), textOf(map, 'Head injuries')].sort());
    const undercut = relations.find((relation) => relation.kind === 'undercut')!;
    expect(undercut.from).toEqual([textOf(map, 'The studies of helmet')]);
    expect(undercut.to).toEqual({ relation: linked.id });
    expect(relations.filter((relation) => relation.kind === 'attack')).toHaveLength(2);
  });

  it('takes the title, analyst, day and description into the map’s details and names what it did not keep', () => {
    expect(map.meta).toEqual({
      title: 'Compulsory cycle helmets',
      author: 'Argmap test analyst',
      date: '2026-12-01',
      description: expect.stringMatching(/^An analysis of the public debate/),
    });
    expect(report).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dropped: Of the file’s details, the analyst’s e-mail and the notes were not kept/),
        expect.stringMatching(/^dropped: The text the analysis was made from \(SADFace resources\) was not kept/),
        expect.stringMatching(/^dropped: The passages of the source text that 1 atom came from were not kept/),
      ]),
    );
  });

  it('names an AIF file as AIF, and refuses JSON with nodes and edges it cannot read', () => {
    const aif = importSadface(JSON.stringify({ nodes: [{ nodeID: '1', type: 'I', text: 'a' }], edges: [] }));
    expect(aif).toMatchObject({ ok: false, message: expect.stringMatching(/This is an AIF file.*not SADFace/) });
    const other = importSadface(JSON.stringify({ nodes: [{ id: 'a', type: 'claim' }], edges: [{ source_id: 'a' }] }));
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/not SADFace.*1 node.*"claim"/) });
    expect(importSadface('{"nodes": 3')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
  });

  it('reads arguebuf’s "attack" and a named scheme, whose name the report gives', () => {
    const document = {
      metadata: { core: { title: 'T' } },
      nodes: [
        { id: 'a', type: 'atom', text: 'claim' },
        { id: 'b', type: 'atom', text: 'expert says so' },
        { id: 'c', type: 'atom', text: 'expert is biased' },
        { id: 's', type: 'scheme', name: 'Argument from Expert Opinion' },
        { id: 't', type: 'scheme', name: 'attack' },
      ],
      edges: [
        { id: 1, source_id: 'b', target_id: 's' },
        { id: 2, source_id: 's', target_id: 'a' },
        { id: 3, source_id: 'c', target_id: 't' },
        { id: 4, source_id: 't', target_id: 'b' },
      ],
    };
    const { map: read, report: lines } = imported(JSON.stringify(document));
    expect(
      Object.values(read.relations)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['attack', 'support']);
    expect(lines.join('\n')).toMatch(/Argument from Expert Opinion/);
  });
});

describe('SADFace export', () => {
  const sample = loadSampleMap();
  const written = exportSadface(sample, { now: new Date('2026-12-08T01:00:00Z') });
  const document = JSON.parse(written.text);

  it('writes atoms, support and conflict schemes and edges in SADFace’s shape, with the details in metadata.core', () => {
    expect(document.metadata.core).toMatchObject({
      title: sample.meta.title,
      version: '0.2',
      edited: '2026-12-08T01:00:00',
    });
    const types = new Set(document.nodes.map((node: { type: string }) => node.type));
    expect(types).toEqual(new Set(['atom', 'scheme']));
    const names = new Set(
      document.nodes.filter((n: { type: string }) => n.type === 'scheme').map((n: { name: string }) => n.name),
    );
    expect([...names].sort()).toEqual(['conflict', 'support']);
    const ids = new Set(document.nodes.map((node: { id: string }) => node.id));
    for (const edge of document.edges) {
      expect(ids.has(edge.source_id) && ids.has(edge.target_id)).toBe(true);
    }
  });

  it('reads back whole: the sample map, its layout and details included', () => {
    const back = importSadface(written.text);
    if (!back.ok) throw new Error(back.message);
    expect(back.map).toEqual(sample);
    expect(back.report).toEqual([]);
  });

  it('carries AraucariaDB analyses through SADFace as AIF carries them', () => {
    const files = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .slice(0, 120);
    for (const name of files) {
      const viaAif = importAif(readFileSync(resolve(CORPUS, name), 'utf8'));
      if (!viaAif.ok) throw new Error(`${name}: ${viaAif.message}`);
      const back = importSadface(exportSadface(viaAif.map).text);
      if (!back.ok) throw new Error(`${name}: ${back.message}`);
      expect(canonicalMap(back.map), name).toEqual(canonicalMap(viaAif.map));
      expect(back.map.nodes, name).toEqual(viaAif.map.nodes);
    }
  });
});
