import { describe, expect, it } from 'vitest';
import { searchPalette } from './paletteSearch';

const entries = [
  { id: 'undo', label: 'Undo Add objection' },
  { id: 'addObjection', label: 'Add Objection' },
  { id: 'addRebuttal', label: 'Add Rebuttal' },
  { id: 'find', label: 'Find…' },
  { id: 'findNext', label: 'Find Next' },
  { id: 'copyAsSvg', label: 'Copy Map as SVG' },
  { id: 'toggleOutline', label: 'Show/Hide Outline' },
];
const ids = (query: string) => searchPalette(query, entries).map((entry) => entry.id);

describe('the command palette search', () => {
  it('lists every action, in the menus’ order, before anything is typed', () => {
    expect(ids('')).toEqual(entries.map((entry) => entry.id));
    expect(ids('   ')).toHaveLength(entries.length);
  });

  it('finds a name by any part of it, ignoring case, accents and the ellipsis', () => {
    expect(ids('rebuttal')).toEqual(['addRebuttal']);
    expect(ids('REBUTTAL')).toEqual(['addRebuttal']);
    expect(ids('rébuttal')).toEqual(['addRebuttal']);
    expect(ids('find…')).toEqual(['find', 'findNext']);
  });

  it('needs every word typed, in any order', () => {
    expect(ids('copy svg')).toEqual(['copyAsSvg']);
    expect(ids('svg copy')).toEqual(['copyAsSvg']);
    expect(ids('copy png')).toEqual([]);
  });

  it('puts a name that starts with the query first, then a word that does', () => {
    expect(ids('objection')).toEqual(['addObjection', 'undo']);
    expect(ids('add')).toEqual(['addObjection', 'addRebuttal', 'undo']);
    expect(ids('outline')).toEqual(['toggleOutline']);
  });

  it('finds letters typed in order for a word of three or more, after every closer match', () => {
    expect(ids('rbtl')).toEqual(['addRebuttal']);
    expect(ids('fn')).toEqual([]);
    // Not across words, nor from the middle of one: "find" is no "Fit Map to Window" nor "Add Free-Standing Node".
    expect(searchPalette('find', [...entries, { id: 'fit', label: 'Fit Map to Window' }]).map((e) => e.id)).toEqual([
      'find',
      'findNext',
    ]);
    expect(ids('bttl')).toEqual([]);
  });
});
