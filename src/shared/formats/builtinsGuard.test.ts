import { afterEach, describe, expect, it } from 'vitest';
import { guardBuiltins, watchBuiltins } from './builtinsGuard';

const loose = Object.prototype as unknown as Record<string, unknown>;
const refuse = (changed: string[]): string => `refused: ${changed.join(', ')}`;
const namesBefore = Object.getOwnPropertyNames(Object.prototype);
const originalValueOf = Object.prototype.valueOf;

afterEach(() => {
  // Should a test fail half-way, the rest of the file still runs in a whole process.
  delete loose.data;
  Object.prototype.valueOf = originalValueOf;
});

describe('guardBuiltins', () => {
  it('returns what the reader made when it changed nothing', () => {
    expect(guardBuiltins(() => 'map', refuse)).toBe('map');
  });

  it('undoes a property added to Object.prototype and refuses, naming it', () => {
    const result = guardBuiltins(() => {
      loose.data = { kind: 'evidence' };
      return 'map';
    }, refuse);
    expect(result).toBe('refused: Object.prototype.data');
    expect(({} as Record<string, unknown>).data).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(namesBefore);
  });

  it('puts back a replaced method, and undoes writes onto Object and onto a method', () => {
    const result = guardBuiltins(() => {
      Object.prototype.valueOf = () => 1;
      (Object as unknown as Record<string, unknown>).members = [];
      (Object.prototype.toString as unknown as Record<string, unknown>).data = 1;
      return 'map';
    }, refuse);
    expect(result).toBe('refused: Object.prototype.valueOf, Object.members, Object.prototype.toString.data');
    expect(Object.prototype.valueOf).toBe(originalValueOf);
    expect('members' in Object).toBe(false);
    expect('data' in Object.prototype.toString).toBe(false);
  });

  it('undoes the change before a reader’s exception goes on, and refuses instead of throwing', () => {
    const polluteAndThrow = (): string => {
      loose.data = 1;
      throw new TypeError("Cannot read properties of undefined (reading 'push')");
    };
    expect(guardBuiltins(polluteAndThrow, refuse)).toBe('refused: Object.prototype.data');
    expect(() =>
      guardBuiltins(() => {
        throw new TypeError('plain failure');
      }, refuse),
    ).toThrow('plain failure');
  });
});

describe('watchBuiltins', () => {
  it('says what changed since it began, put back', () => {
    const watch = watchBuiltins();
    loose.data = 1;
    expect(watch.restore()).toEqual(['Object.prototype.data']);
    expect(watch.restore()).toEqual([]);
    expect('data' in {}).toBe(false);
  });
});
