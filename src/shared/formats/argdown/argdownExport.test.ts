import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { parseArgmap } from '../argmapFormat';
import { writeArgdown } from './argdownExport';
import { importArgdown } from './argdownImport';
import { canonOfElements, canonOfMap, readWithArgdown } from './argdownTestSupport';

const FIXTURES = resolve(process.cwd(), '../shared/fixtures/argdown');
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.argdown'));

function sampleMap(): ArgumentMap {
  const loaded = parseArgmap(
    readFileSync(resolve(process.cwd(), 'resources/examples/kazakhstan-mediator.argmap'), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.map;
}

function importedFixture(name: string): ArgumentMap {
  const outcome = importArgdown(readFileSync(resolve(FIXTURES, name), 'utf8'));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.map;
}

/** Argdown's own reading of the export has the map's statements, arguments and relations. */
function expectArgdownReadsTheMap(map: ArgumentMap): void {
  const { text, titles } = writeArgdown(map);
  const read = canonOfElements(readWithArgdown(text));
  const expected = canonOfMap(map, titles);
  expect(read.nodes).toEqual(expected.nodes);
  expect(read.relations).toEqual(expected.relations);
}

describe('exported Argdown, as @argdown/core reads it', () => {
  it.each(fixtureNames)('%s (imported): same statements, arguments and relations', (name) => {
    expectArgdownReadsTheMap(importedFixture(name));
  });

  it('the sample map: same statements, arguments and relations', () => expectArgdownReadsTheMap(sampleMap()));
});

describe('what the export writes', () => {
  const { text, report } = writeArgdown(sampleMap());

  it('writes the map meta as front matter', () => {
    expect(text.startsWith('===\ntitle: "Kazakhstan as a Mediator in International Affairs"\n')).toBe(true);
    expect(text).toContain('date: "2016-11-02"');
    expect(text).toContain(
      'source:\n  title: "Kazakhstan as a Mediator in International Affairs"\n  author: "Assyl Okapova"',
    );
  });

  it('writes a linked support as a reconstruction held by an argument of its own, premises inline', () => {
    // Named by the gist of its first premise, as an author would name it.
    const held = text.split('<The mediator is usually one country> {inferenceOnly: true}\n\n')[1];
    expect(held.split('\n\n')[0].split('\n')).toEqual([
      '(1) The mediator is usually one country or organization… #resources {kind: "reason", quote: "Mediator is usually one country or the organization"}',
      '(2) …but peacekeeping and post-mediation stability are a shared responsibility. #resources {kind: "reason", quote: "but peacekeeping and post mediation stability, understandably, is a shared responsibility"}',
      '----',
      '(3) [Mediation and peacemaking are different]',
    ]);
  });

  it('writes an undercut against the argument whose first relation it undercuts', () => {
    expect(text).toContain(
      '<Its mediation had only limited success>: Its mediation in Ukraine and Syria had only limited success. #mediation',
    );
    expect(text).toMatch(
      /limited success\. #mediation \{quote: "[^"]*"\}\n {2}-> \[Kazakhstan endeavoured to mediate\]\n {2}\+> \[Astana should not/,
    );
    expect(text).toContain('  _> <Its mediation had only limited success>');
  });

  it('writes kinds the import would not infer, notes and quotes as data', () => {
    expect(text).toContain(
      'Astana hosted the once-in-a-decade OSCE summit of 2010. #Astana #OSCE {kind: "evidence", quote:',
    );
    expect(text).toContain(
      '{notes: "Undercuts the inference from limited success to a weaker mediating record: the cause lies in the conflicts.", quote:',
    );
  });

  it('reports positions and made-up titles', () => {
    expect(report).toEqual([
      {
        severity: 'dropped',
        message: 'Positions of 32 nodes (Argdown has no layout; an import lays the map out again)',
      },
      {
        severity: 'approximated',
        message:
          '17 nodes without a title given one from their text, as Argdown refers to statements and arguments by title',
      },
    ]);
  });
});
