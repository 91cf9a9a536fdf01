import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { droppedFilePath } from './droppedFile';

describe('the path of a dropped file', () => {
  it('is the local path of the file: URL Chromium navigates to', () => {
    expect(droppedFilePath('file:///home/ana/maps/debate.argmap')).toBe('/home/ana/maps/debate.argmap');
  });

  it('survives names that must be escaped in a URL', () => {
    const path = '/home/ana/Débats #2/100% sure?.argmap';
    expect(droppedFilePath(pathToFileURL(path).href)).toBe(path);
  });

  it.each([
    ['a web page', 'https://example.com/debate.argmap'],
    ['a data URL', 'data:text/plain,hello'],
    ['no URL at all', 'debate.argmap'],
    ['an encoded slash', 'file:///home/ana/a%2Fb.argmap'],
    // Windows reads this one as the UNC path \\server\share\debate.argmap.
    ...(process.platform === 'win32' ? [] : [['a file on another host', 'file://server/share/debate.argmap']]),
  ])('is null for %s', (_what, url) => {
    expect(droppedFilePath(url)).toBeNull();
  });
});
