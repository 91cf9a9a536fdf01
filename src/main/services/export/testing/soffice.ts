import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command, where it is installed (.ci/run installs it); undefined elsewhere. */
export function sofficePath(): string | undefined {
  return ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
}

/**
 * Converts a document to PDF with LibreOffice, headless, in a profile of its own under `dir` (a
 * second instance would otherwise wait on the user's), and returns the PDF's bytes.
 */
export async function convertToPdf(soffice: string, file: string, dir: string): Promise<Buffer> {
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 180_000 },
  );
  return readFile(join(dir, basename(file).replace(/\.[^.]+$/, '.pdf')));
}
