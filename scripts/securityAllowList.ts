/**
 * The allow-list of Electronegativity findings (.ci/electronegativity-allow.json) and how findings are held to
 * it. Pure, so a test can check the rules: every entry names a check, a file under src and why that finding is
 * acceptable; a finding no entry names fails the check, and so does an entry no finding needs any more.
 */

/** One finding, as Electronegativity reports it (file relative to src). */
export interface Finding {
  check: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
  sample?: string;
  url?: string;
}

/** A finding judged acceptable, and why. */
export interface AllowEntry {
  check: string;
  file: string;
  reason: string;
}

/** An allow-list this short reason is no reason: it must say why the finding is acceptable. */
const SHORTEST_REASON = 20;
const ENTRY_KEYS = ['check', 'file', 'reason'];

/** Reads the allow-list's JSON; every mistake in it is listed, so one run shows them all. */
export function parseAllowList(text: string): { ok: true; entries: AllowEntry[] } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const list = (data as { allow?: unknown } | null)?.allow;
  if (!Array.isArray(list)) return { ok: false, problems: ['expected an object with an "allow" array'] };
  const problems: string[] = [];
  const unknown = Object.keys(data as object).filter((key) => !['about', 'allow'].includes(key));
  if (unknown.length > 0)
    problems.push(`unknown ${unknown.map((key) => `"${key}"`).join(', ')} (only "about" and "allow")`);
  const entries: AllowEntry[] = [];
  const seen = new Set<string>();
  list.forEach((raw: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) return void problems.push(`${where}: not an object`);
    const entry = raw as Record<string, unknown>;
    const extra = Object.keys(entry).filter((key) => !ENTRY_KEYS.includes(key));
    if (extra.length > 0) problems.push(`${where}: unknown ${extra.map((key) => `"${key}"`).join(', ')}`);
    const { check, file, reason } = entry;
    if (typeof check !== 'string' || check.trim() === '') problems.push(`${where}: no "check" (a check id)`);
    if (typeof file !== 'string' || file.trim() === '') problems.push(`${where}: no "file" (relative to src)`);
    if (typeof reason !== 'string' || reason.trim().length < SHORTEST_REASON) {
      problems.push(`${where}: no "reason" saying why the finding is acceptable`);
    }
    if (typeof check !== 'string' || typeof file !== 'string' || typeof reason !== 'string') return;
    const key = `${check}|${file}`;
    if (seen.has(key)) problems.push(`${where}: ${check} in ${file} is listed twice`);
    seen.add(key);
    entries.push({ check, file, reason });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** Findings no entry allows, and entries that allow no finding (the code changed; the entry must go). */
export function compareWithAllowList(
  findings: readonly Finding[],
  entries: readonly AllowEntry[],
): { unlisted: Finding[]; stale: AllowEntry[] } {
  const allows = (entry: AllowEntry, finding: Finding): boolean =>
    entry.check === finding.check && entry.file === finding.file;
  return {
    unlisted: findings.filter((finding) => !entries.some((entry) => allows(entry, finding))),
    stale: entries.filter((entry) => !findings.some((finding) => allows(entry, finding))),
  };
}

/** A finding as one block of text: where, what, and the tool's own explanation. */
export function describeFinding(finding: Finding): string {
  const lines = [
    `${finding.check}  ${finding.file}:${finding.line}:${finding.column}  (${finding.severity}, ${finding.confidence})`,
    `  ${finding.description}`,
  ];
  if (finding.sample) lines.push(`  > ${finding.sample.trim().slice(0, 200)}`);
  if (finding.url) lines.push(`  ${finding.url}`);
  return lines.join('\n');
}
