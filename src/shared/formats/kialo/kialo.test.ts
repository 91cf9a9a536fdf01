import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import type { ArgumentMap } from '../../model/argumentMap';
import { canonicalMap } from '../aif/aifTestSupport';
import { exportKialo } from './exportKialo';
import { importKialo } from './importKialo';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/kialo');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

const imported = (text: string): { map: ArgumentMap; report: string[] } => {
  const outcome = importKialo(text, { title: 'from the file name' });
  if (!outcome.ok) throw new Error(outcome.message);
  return { map: outcome.map, report: outcome.report.map((line) => `${line.severity}: ${line.message}`) };
};

/** Relations as "kind: premise → target" by the first words of the texts. */
function readable(map: ArgumentMap): string[] {
  const words = (id: string): string => map.nodes[id as keyof typeof map.nodes].text.split(' ').slice(0, 3).join(' ');
  return Object.values(map.relations)
    .map((r) => `${r.kind}: ${r.from.map(words).join(' + ')} → ${'node' in r.to ? words(r.to.node) : '?'}`)
    .sort();
}

const kindOf = (map: ArgumentMap, start: string): string | undefined =>
  Object.values(map.nodes).find((node) => node.text.startsWith(start))?.kind;

describe('Kialo import', () => {
  it('reads a discussion: the thesis, pros as reasons, cons as objections, cons of cons as rebuttals', () => {
    const { map, report } = imported(fixture('should-zoos-exist.txt'));
    expect(map.meta.title).toBe('Should zoos exist?');
    expect(Object.keys(map.nodes)).toHaveLength(15);
    expect(kindOf(map, 'Zoos should exist.')).toBe('thesis');
    expect(kindOf(map, 'Zoos run breeding')).toBe('reason');
    expect(kindOf(map, 'Keeping wild animals')).toBe('objection');
    expect(kindOf(map, 'Most animals kept')).toBe('objection');
    expect(kindOf(map, 'The breeding programmes do not need')).toBe('rebuttal');
    expect(kindOf(map, 'Accreditation is voluntary')).toBe('rebuttal');
    expect(readable(map)).toContain('support: Zoos run breeding → Zoos should exist.');
    expect(readable(map)).toContain('attack: Keeping wild animals → Zoos should exist.');
    expect(report).toEqual([]);
  });

  it('reads "-> See 1.1.2." as one more relation of that claim, not a new statement', () => {
    const { map } = imported(fixture('should-zoos-exist.txt'));
    const species = Object.values(map.nodes).filter((node) => node.text.startsWith('Species such as'));
    expect(species).toHaveLength(1);
    const targets = Object.values(map.relations).filter((r) => r.from[0] === species[0].id);
    expect(targets).toHaveLength(2);
    expect(readable(map)).toContain('support: Species such as → Modern accredited zoos');
    expect(Object.values(map.nodes).some((node) => node.text.includes('->'))).toBe(false);
  });

  it('keeps a link’s words in the text, its address in the notes, and undoes Markdown escapes', () => {
    const { map } = imported(fixture('should-zoos-exist.txt'));
    const species = Object.values(map.nodes).find((node) => node.text.startsWith('Species such as'))!;
    expect(species.text).toMatch(/for release\. \[1\]$/);
    expect(species.notes).toBe('Links: https://www.iucnredlist.org/species/1570/50191626');
  });

  it('joins a claim that runs over two lines, and follows links back up the tree', () => {
    const { map } = imported(fixture('hot-dog-sandwich.txt'));
    expect(map.meta.title).toBe('Is a hot dog a sandwich?');
    const merriam = Object.values(map.nodes).find((node) => node.text.startsWith('Merriam-Webster'))!;
    expect(merriam.text).toMatch(/"a split roll with a filling",\nwhich is exactly/);
    expect(readable(map)).toContain('support: A sandwich is → A sub is');
    expect(readable(map)).toContain('support: Supermarkets, menus and → The National Hot');
  });

  it('lays the discussion out: no two cards at one place, the thesis on top', () => {
    const { map } = imported(fixture('hot-dog-sandwich.txt'));
    const nodes = Object.values(map.nodes);
    expect(new Set(nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(nodes.length);
    const thesis = nodes.find((n) => n.kind === 'thesis')!;
    expect(nodes.every((n) => n.position.y >= thesis.position.y)).toBe(true);
  });

  it('reads the older "Discussion Name:" title, a thesis without a title line, and says what it left out', () => {
    const older = imported('Discussion Name: Old\n\n1. T\n1.1. Pro: A\n1.2. Con: -> See 1.9.\n1.3. B\n');
    expect(older.map.meta.title).toBe('Old');
    expect(older.report).toEqual([
      'dropped: 1 Kialo link (“-> See …”) to a claim not in the file was left out',
      'approximated: 1 claim marked neither Pro nor Con was read as supporting the claim above',
    ]);
    expect(imported('1. Only a thesis\n').map.meta.title).toBe('from the file name');
  });

  it('refuses text that is not a Kialo export, saying what one looks like', () => {
    for (const text of ['', 'Hello\n1. not first', '# A Markdown file\n\n- item', 'Discussion Title: x\n\n']) {
      const outcome = importKialo(text);
      expect(outcome.ok, text).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/"1\. Thesis", "1\.1\. Pro: …"/);
    }
  });
});

describe('Kialo text written back', () => {
  it('reads back as the same discussion', () => {
    for (const name of ['should-zoos-exist.txt', 'hot-dog-sandwich.txt']) {
      const { map } = imported(fixture(name));
      const again = imported(exportKialo(map).text).map;
      expect(again.meta.title).toBe(map.meta.title);
      expect(canonicalMap(again, 'aif')).toEqual(canonicalMap(map, 'aif'));
    }
  });

  it('writes the sample map as one tree under its thesis, saying what Kialo cannot hold', () => {
    const sample = loadSampleMap();
    const { text, report } = exportKialo(sample);
    expect(text).toMatch(/^Discussion Title: .+\n\n1\. /);
    const read = imported(text).map;
    const texts = new Set(Object.values(read.nodes).map((node) => node.text));
    expect(Object.values(sample.nodes).filter((node) => !texts.has(node.text.trim()))).toEqual([]);
    expect(report.map((line) => line.message).join('\n')).toMatch(/linked premise|undercut/);
  });

  it('escapes what would read as Markdown or as a link', () => {
    const { map } = imported('1. T\n1.1. Pro: x\n');
    const reason = Object.values(map.nodes).find((n) => n.kind === 'reason')!;
    reason.text = '-> See 1. [not](a link) *stars*\n1.2. Pro: not a claim';
    const again = imported(exportKialo(map).text).map;
    expect(Object.values(again.nodes).map((n) => n.text)).toContain(
      '-> See 1. [not](a link) *stars*\n1.2. Pro: not a claim',
    );
  });
});
