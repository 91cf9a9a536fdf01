import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/argumentMap';
import type { NodeId } from '../model/ids';
import { undo } from '../history/history';
import { tinyMap } from '../testing/tinyMap';
import { execute } from './command';
import { deleteElements } from './deleteElements';
import { addSteps, editStep, moveStep, removeSteps, setStoryline } from './storylineCommands';
import { updateMeta } from './updateMeta';

const ids = (map: ArgumentMap): string[] => (map.storyline ?? []).map((step) => step.id);

describe('storyline commands', () => {
  const map = tinyMap();
  const [a, b] = Object.keys(map.nodes) as NodeId[];
  const withSteps = execute(map, addSteps, { nodes: [a, b, a], ids: ['s1', 's2', 's3'] })!.document;

  it('adds steps for the nodes given, at the end or after a step; unknown nodes are left out', () => {
    expect(withSteps.storyline!.map((step) => [step.id, step.focus, step.shows])).toEqual([
      ['s1', a, 'premises'],
      ['s2', b, 'premises'],
      ['s3', a, 'premises'],
    ]);
    const after = execute(withSteps, addSteps, { nodes: [b, 'gone' as NodeId], after: 's1', ids: ['s4'] })!;
    expect(ids(after.document)).toEqual(['s1', 's4', 's2', 's3']);
    expect(after.entry.label).toBe('Add 2 steps');
  });

  it('moves a step, each move one undo step', () => {
    const moved = execute(withSteps, moveStep, { id: 's1', to: 2 })!;
    expect(ids(moved.document)).toEqual(['s2', 's3', 's1']);
    expect(execute(withSteps, moveStep, { id: 's1', to: 0 })).toBeNull();
    const back = undo({ past: [moved.entry], future: [] }, moved.document)!;
    expect(ids(back.document)).toEqual(['s1', 's2', 's3']);
  });

  it('removes steps, edits notes (empty notes go) and what a step shows', () => {
    expect(ids(execute(withSteps, removeSteps, { ids: ['s2'] })!.document)).toEqual(['s1', 's3']);
    const noted = execute(withSteps, editStep, { id: 's2', notes: 'Say why.' })!.document;
    expect(noted.storyline![1].notes).toBe('Say why.');
    expect(execute(noted, editStep, { id: 's2', notes: '  ' })!.document.storyline![1]).not.toHaveProperty('notes');
    expect(execute(withSteps, editStep, { id: 's2', shows: 'map' })!.document.storyline![1].shows).toBe('map');
  });

  it('replaces the storyline, and drops the steps about a deleted node', () => {
    const set = execute(map, setStoryline, { steps: [{ id: 'x', focus: b, shows: 'ancestors' }] })!;
    expect(set.entry.label).toBe('Generate storyline');
    expect(ids(execute(withSteps, deleteElements, { nodes: [a], relations: [] })!.document)).toEqual(['s2']);
  });
});

describe('updateMeta', () => {
  const map = tinyMap();

  it('edits each detail as its own named step; empty optional details are removed', () => {
    const titled = execute(map, updateMeta, { title: '  Peace talks ' })!;
    expect(titled.document.meta.title).toBe('Peace talks');
    expect(titled.entry.label).toBe('Edit map title');
    const authored = execute(titled.document, updateMeta, { author: 'Ana' })!.document;
    expect(authored.meta.author).toBe('Ana');
    expect(execute(authored, updateMeta, { author: '' })!.document.meta).not.toHaveProperty('author');
    expect(execute(map, updateMeta, { date: '2026-12-08' })!.document.meta.date).toBe('2026-12-08');
  });

  it('refuses a date that is not a day, saying how to write it', () => {
    expect(() => execute(map, updateMeta, { date: '8/12/2026' })).toThrow('Write the date as yyyy-mm-dd');
    expect(() => execute(map, updateMeta, { date: '2026-02-30' })).toThrow('2026-02-30 is not a day of the calendar.');
  });
});
