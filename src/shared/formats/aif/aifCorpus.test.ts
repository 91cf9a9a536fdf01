import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArgumentMap } from '../../schema/argumentMapSchema';
import { aifRuleViolations, canonicalMap, withoutArgmapExtension } from './aifTestSupport';
import { exportAif } from './exportAif';
import { importAifWithTally, type AifImportWithTally } from './importAif';

// The AraucariaDB corpus (661 AIFdb nodesets), read in place from the shared fixtures folder.
const CORPUS = resolve(import.meta.dirname, '../../../..', '../shared/fixtures/aif-araucaria');

interface Case {
  file: string;
  raw: { nodes: { nodeID: string; type: string }[] };
  imported: AifImportWithTally;
}

const numberIn = (message: string): number => Number(/\d+/.exec(message)?.[0] ?? 0);

describe('the AraucariaDB corpus', () => {
  let cases: Case[] = [];
  beforeAll(() => {
    cases = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => {
        const text = readFileSync(resolve(CORPUS, file), 'utf8');
        return { file, raw: JSON.parse(text), imported: importAifWithTally(text, { title: file }) };
      });
  });

  const typeCount = (type: string): number =>
    cases.reduce((sum, c) => sum + c.raw.nodes.filter((n) => n.type === type).length, 0);

  it('holds the figures the report quotes', () => {
    expect(cases).toHaveLength(661);
    const figures = Object.fromEntries(['I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA'].map((t) => [t, typeCount(t)]));
    expect(figures).toEqual({ I: 3991, RA: 1745, CA: 38, MA: 0, PA: 0, L: 42, YA: 42, TA: 0 });
  });

  it('imports every file as a valid map with one statement per I node', () => {
    for (const { file, raw, imported } of cases) {
      if (!imported.ok) throw new Error(`${file}: ${imported.message}`);
      expect(checkArgumentMap(imported.map).ok, file).toBe(true);
      const statements = raw.nodes.filter((n) => n.type === 'I').length;
      expect(Object.keys(imported.map.nodes), file).toHaveLength(statements);
    }
  });

  it('accounts for every RA and CA: a relation, a merge into an equal one, or a counted drop', () => {
    const totals = { relation: 0, merged: 0, dropped: 0, relations: 0, mergedReported: 0 };
    for (const { file, raw, imported } of cases) {
      if (!imported.ok) continue;
      for (const type of ['RA', 'CA']) {
        const fate = imported.tally[type] ?? { relation: 0, merged: 0, dropped: 0 };
        const count = raw.nodes.filter((n) => n.type === type).length;
        expect(fate.relation + fate.merged + fate.dropped, `${file} ${type}`).toBe(count);
        if (fate.dropped > 0) expect(imported.report.some((l) => l.message.includes(`(${type})`))).toBe(true);
        totals.relation += fate.relation;
        totals.merged += fate.merged;
        totals.dropped += fate.dropped;
      }
      totals.relations += Object.keys(imported.map.relations).length;
      const merged = imported.report.find((l) => l.message.includes('duplicate relation'));
      totals.mergedReported += merged ? numberIn(merged.message) : 0;
    }
    // No RA in the corpus has several conclusions, so each S node that became relations became one.
    expect(totals).toEqual({ relation: 1780, merged: 3, dropped: 0, relations: 1780, mergedReported: 3 });
  });

  it('keeps the dialogue layer as notes and counts the locutions', () => {
    let kept = 0;
    for (const { imported } of cases) {
      if (!imported.ok) continue;
      const line = imported.report.find((l) => l.message.includes('locution'));
      kept += line ? numberIn(line.message) : 0;
    }
    expect(kept).toBe(typeCount('L'));
  });

  it('exports every map as AIF that follows the rules and imports back to the same map', () => {
    for (const { file, imported } of cases) {
      if (!imported.ok) continue;
      const exported = exportAif(imported.map);
      const document = JSON.parse(exported.text);
      expect(aifRuleViolations(document.AIF), file).toEqual([]);
      const again = importAifWithTally(exported.text);
      if (!again.ok) throw new Error(`${file} again: ${again.message}`);
      expect(canonicalMap(again.map), file).toEqual(canonicalMap(imported.map));
      // Argmap's own export keeps ids, positions and the title too: the whole map comes back.
      expect(again.map, file).toEqual(imported.map);
      // Without the extension, as another AIF tool reads it, the argument itself is still all there.
      const plain = importAifWithTally(withoutArgmapExtension(exported.text));
      if (!plain.ok) throw new Error(`${file} plain: ${plain.message}`);
      expect(canonicalMap(plain.map, 'aif'), file).toEqual(canonicalMap(imported.map, 'aif'));
    }
  });
});
