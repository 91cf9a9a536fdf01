/**
 * `npm run security`: Electronegativity on src, held to the allow-list in .ci/electronegativity-allow.json.
 * Exits 1 if a finding is not listed (with its reason), an entry no longer matches a finding, a file could not
 * be scanned, or the allow-list itself is wrong; prints each of them.
 *
 * Offline: AvailableSecurityFixesGlobalCheck (which asks the network for Electron releases) is left out. The tool
 * also tries once, for a second, to fetch translations of its messages, and goes on in English without them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import {
  compareWithAllowList,
  describeFinding,
  parseAllowList,
  type AllowEntry,
  type Finding,
} from './securityAllowList';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, 'src');
const ALLOW_LIST = resolve(ROOT, '.ci', 'electronegativity-allow.json');

/** Electronegativity's programmatic API (its package's main), as far as this script uses it. */
type Electronegativity = (options: {
  input: string;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  electronVersionOverride: string;
}) => Promise<{
  issues: Array<{
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: { name: string };
    confidence: { name: string };
    description: string;
    sample?: string;
    shortenedURL?: string;
  }>;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}>;

const require = createRequire(import.meta.url);

async function main(): Promise<number> {
  const allowList = parseAllowList(await readFile(ALLOW_LIST, 'utf8'));
  if (!allowList.ok) {
    console.error(`${relative(ROOT, ALLOW_LIST)} is wrong:\n${allowList.problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  // Its API, not its CLI: a CSV or SARIF report silently leaves out the files it could not parse.
  const electronegativity = require('@doyensec/electronegativity') as Electronegativity;
  // The installed Electron: src has no package.json for the tool to find the version in (it would assume 0.1.0).
  const { version } = require('electron/package.json') as { version: string };
  const result = await electronegativity({
    input: SOURCE,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    electronVersionOverride: version,
  });

  const findings: Finding[] = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(sep).join('/'),
    line: issue.location.line,
    column: issue.location.column,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    description: issue.description,
    sample: issue.sample,
    url: issue.shortenedURL,
  }));
  const { unlisted, stale } = compareWithAllowList(findings, allowList.entries);
  const unread = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors.filter((e) => e.tolerable)) {
    console.warn(`warning: ${relative(ROOT, error.file)}: ${error.message}`);
  }
  report('Files Electronegativity could not scan:', unread, (e) => `${relative(ROOT, e.file)}: ${e.message}`);
  report(`Findings not in ${relative(ROOT, ALLOW_LIST)} (fix them, or list them with the reason):`, unlisted, (f) =>
    describeFinding(f),
  );
  report(
    'Allow-list entries that match no finding any more (remove them):',
    stale,
    (e: AllowEntry) => `${e.check}  ${e.file}`,
  );
  const failed = unread.length + unlisted.length + stale.length > 0;
  console.log(
    `Electronegativity ${failed ? 'failed' : 'passed'} on src (Electron ${version}): ` +
      `${count(findings.length, 'finding')}, ${unlisted.length} not allowed; ` +
      `${count(stale.length, 'stale entry', 'stale entries')}; ${count(unread.length, 'file')} not scanned.`,
  );
  return failed ? 1 : 0;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function report<T>(title: string, items: readonly T[], line: (item: T) => string): void {
  if (items.length === 0) return;
  console.error(`\n${title}\n${items.map((item) => line(item)).join('\n\n')}\n`);
}

process.exitCode = await main();
