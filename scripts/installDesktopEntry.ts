/**
 * `npm run install-desktop` (Linux): registers `.argmap` files with this copy of Argmap for the
 * current user, so a double-click in the file manager opens the map (in the running window, if
 * there is one). Writes under ~/.local/share and refreshes the desktop's caches when their tools exist.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DESKTOP_FILE_NAME, desktopEntry, MIME_TYPE, mimePackageXml } from '../src/main/services/desktopEntry';

const appDir = resolve(import.meta.dirname, '..');
const share = join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'));
const mimeDir = join(share, 'mime');
const applications = join(share, 'applications');

mkdirSync(join(mimeDir, 'packages'), { recursive: true });
mkdirSync(applications, { recursive: true });
writeFileSync(join(mimeDir, 'packages', 'argmap.xml'), mimePackageXml());
const electron = join(appDir, 'node_modules', '.bin', 'electron');
writeFileSync(
  join(applications, DESKTOP_FILE_NAME),
  desktopEntry(electron, appDir, join(appDir, 'resources', 'icon.png')),
);
console.log(`Wrote ${join(mimeDir, 'packages', 'argmap.xml')} and ${join(applications, DESKTOP_FILE_NAME)}.`);

/** Runs a desktop tool if it is installed; a missing one only means its cache refreshes later. */
function tryRun(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    console.log(`Ran ${command}.`);
  } catch {
    console.log(`Skipped ${command} (not installed or failed); the desktop picks the change up at next login.`);
  }
}
tryRun('update-mime-database', [mimeDir]);
tryRun('update-desktop-database', [applications]);
tryRun('xdg-mime', ['default', DESKTOP_FILE_NAME, MIME_TYPE]);
console.log('Build the app once (npm run build) so the entry has something to open.');
