import { describe, expect, it } from 'vitest';
import { wrapText } from './textMetrics';

/** Every character 10 units wide: lines of at most `width / 10` characters, spaces included. */
const monospace = (text: string): number => text.length * 10;

describe('wrapText', () => {
  it('breaks at the last space that fits, and lets trailing spaces hang', () => {
    expect(wrapText('one two three four', 90, monospace)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two   ', 70, monospace)).toEqual(['one two']);
  });

  it('keeps the author’s line breaks, empty lines included', () => {
    expect(wrapText('first\n\nthird', 200, monospace)).toEqual(['first', '', 'third']);
  });

  it('breaks after a hyphen or a dash, not before', () => {
    expect(wrapText('post-Soviet space', 60, monospace)).toEqual(['post-', 'Soviet', 'space']);
    expect(wrapText('Tajikistan–Uzbekistan', 120, monospace)).toEqual(['Tajikistan–', 'Uzbekistan']);
  });

  it('splits a word longer than the line between characters (overflow-wrap: anywhere)', () => {
    expect(wrapText('abcdefghij xy', 40, monospace)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('never loses or reorders a character', () => {
    const text = 'Kazakhstan is a well-known mediator between Iran and the P5+1 in Almaty—twice.';
    for (const width of [30, 55, 80, 150, 400]) {
      expect(wrapText(text, width, monospace).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of wrapText(text, width, monospace)) {
        expect(monospace(line) <= width || line.length === 1, `${width}: “${line}”`).toBe(true);
      }
    }
  });
});
