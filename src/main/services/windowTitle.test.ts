import { describe, expect, it } from 'vitest';
import { windowTitle } from './windowTitle';

describe('windowTitle', () => {
  it('names the file, marked with * while there are unsaved changes', () => {
    expect(windowTitle('plan.argmap', false, false)).toBe('plan.argmap — Argmap');
    expect(windowTitle('plan.argmap', true, false)).toBe('*plan.argmap — Argmap');
  });

  it('leaves the mark to the close button’s dot on macOS', () => {
    expect(windowTitle('plan.argmap', true, true)).toBe('plan.argmap — Argmap');
  });

  it('is the app’s name with no map open', () => {
    expect(windowTitle('', false, false)).toBe('Argmap');
  });
});
