import { describe, expect, it } from 'vitest';
import { matchesAccelerator } from './shortcuts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchesAccelerator', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux, Cmd on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { metaKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true }), true)).toBe(false);
  });

  it('requires exactly the modifiers named', () => {
    expect(matchesAccelerator('CmdOrCtrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+G', press('G', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('O', press('o'), false)).toBe(true);
    expect(matchesAccelerator('O', press('o', { ctrlKey: true }), false)).toBe(false);
    expect(matchesAccelerator('Tab', press('Tab'), false)).toBe(true);
    expect(matchesAccelerator('Tab', press('Tab', { shiftKey: true }), false)).toBe(false);
  });

  it('accepts the shifted character for punctuation with Shift', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+.', press('>', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+=', press('=', { ctrlKey: true }), false)).toBe(true);
  });
});
