import { describe, expect, it } from 'vitest';
import { tinyMap } from '../testing/tinyMap';
import { execute } from './command';
import { setCardView } from './setCardView';

describe('setCardView', () => {
  it('turns compact cards on as one undo step, and off again without leaving a field behind', () => {
    const map = tinyMap();
    const on = execute(map, setCardView, { view: 'compact' });
    expect(on?.document.meta.cards).toBe('compact');
    expect(on?.entry.label).toBe('Compact cards');
    const off = execute(on!.document, setCardView, { view: 'full' });
    expect('cards' in off!.document.meta).toBe(false);
    expect(execute(map, setCardView, { view: 'full' })).toBeNull();
  });
});
