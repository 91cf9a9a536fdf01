import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots land here (ignored by git) so a person can look at what the specs saw. */
export function artifactPath(name: string): string {
  const dir = resolve(import.meta.dirname, 'artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
