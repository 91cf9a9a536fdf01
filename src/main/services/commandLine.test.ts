import { describe, expect, it } from 'vitest';
import { initialFileFromArgv } from './commandLine';

describe('initialFileFromArgv', () => {
  it('finds a map file after the app path in development', () => {
    expect(initialFileFromArgv(['electron', '.', '--inspect', '/home/me/Debate.ARGMAP'], false)).toBe(
      '/home/me/Debate.ARGMAP',
    );
  });

  it('reads from the first argument in a packaged app', () => {
    expect(initialFileFromArgv(['/opt/Argmap/argmap', 'talk.argmap'], true, '/home/me')).toBe('/home/me/talk.argmap');
  });

  it('resolves a relative name against the launching directory (a second instance passes its own)', () => {
    expect(initialFileFromArgv(['electron', '.', '../maps/a.argmap'], false, '/home/me/work')).toBe(
      '/home/me/maps/a.argmap',
    );
  });

  it('ignores flags and other files', () => {
    expect(initialFileFromArgv(['electron', '.', '--flag=x.argmap', 'notes.txt'], false)).toBeUndefined();
  });
});
