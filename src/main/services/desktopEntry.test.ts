import { describe, expect, it } from 'vitest';
import { initialFileFromArgv } from './commandLine';
import { desktopEntry, MIME_TYPE, mimePackageXml } from './desktopEntry';

describe('Linux desktop integration', () => {
  it('declares .argmap files as their own type, a kind of JSON', () => {
    const xml = mimePackageXml();
    expect(xml).toContain(`<mime-type type="${MIME_TYPE}">`);
    expect(xml).toContain('<glob pattern="*.argmap"/>');
    expect(xml).toContain('<sub-class-of type="application/json"/>');
  });

  it('opens a map with this copy of the app, as the command-line file the app reads', () => {
    const entry = desktopEntry('/home/ana/argmap/node_modules/.bin/electron', '/home/ana/argmap', '/icon.png');
    expect(entry).toContain(`MimeType=${MIME_TYPE};`);
    const exec = /^Exec=(.*)$/m.exec(entry)?.[1];
    expect(exec).toBe('"/home/ana/argmap/node_modules/.bin/electron" "/home/ana/argmap" %f');
    // What the file manager then runs: electron, the app folder, the file — the app finds the file.
    expect(initialFileFromArgv(['electron', '/home/ana/argmap', '/home/ana/Debate.argmap'], false)).toBe(
      '/home/ana/Debate.argmap',
    );
  });

  it('escapes quotes and dollars in folder names, as the desktop entry spec asks', () => {
    const entry = desktopEntry('/opt/e', '/home/ana/my "maps" $dir', '/i.png');
    expect(entry).toContain('Exec="/opt/e" "/home/ana/my \\"maps\\" \\$dir" %f');
  });
});
