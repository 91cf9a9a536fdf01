import { describe, expect, it } from 'vitest';
import { initialFileFromArgv } from './commandLine';

describe('initialFileFromArgv', () => {
  it('finds a map file after the app path in development', () => {
    expect(initialFileFromArgv(['electron', '.', '--inspect', '/home/me/Debate.ARGMAP'], false)).toBe(
      '/home/me/Debate.ARGMAP',
    );
  });

  it('reads from the first argument in a packaged app', () => {
    expect(initialFileFromArgv(['/opt/Argmap/argmap', 'talk.argmap'], true)).toBe('talk.argmap');
  });

  it('ignores flags and other files', () => {
    expect(initialFileFromArgv(['electron', '.', '--flag=x.argmap', 'notes.txt'], false)).toBeUndefined();
  });
});
