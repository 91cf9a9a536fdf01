import { describe, expect, it } from 'vitest';
import { compareWithAllowList, describeFinding, parseAllowList, type Finding } from './securityAllowList';

const finding = (check: string, file: string, line = 1): Finding => ({
  check,
  file,
  line,
  column: 0,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'Review the use of preload scripts',
  sample: 'preload: preloadPath,',
  url: 'https://git.io/JeuMu',
});
const REASON = 'Reviewed: the preload exposes only the typed contract.';

describe('the Electronegativity allow-list', () => {
  it('reads entries of a check, a file and a reason', () => {
    const text = JSON.stringify({ about: 'why', allow: [{ check: 'A', file: 'main/x.ts', reason: REASON }] });
    expect(parseAllowList(text)).toEqual({ ok: true, entries: [{ check: 'A', file: 'main/x.ts', reason: REASON }] });
  });

  it.each([
    ['no reason', { check: 'A', file: 'x.ts' }, 'entry 1: no "reason" saying why the finding is acceptable'],
    ['an empty reason', { check: 'A', file: 'x.ts', reason: '   ' }, 'entry 1: no "reason"'],
    ['a reason that says nothing', { check: 'A', file: 'x.ts', reason: 'false positive' }, 'entry 1: no "reason"'],
    ['no check', { file: 'x.ts', reason: REASON }, 'entry 1: no "check"'],
    ['no file', { check: 'A', reason: REASON }, 'entry 1: no "file"'],
    ['a key it does not know', { check: 'A', file: 'x.ts', reason: REASON, line: 3 }, 'entry 1: unknown "line"'],
  ])('refuses an entry with %s', (_what, entry, problem) => {
    const parsed = parseAllowList(JSON.stringify({ allow: [entry] }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toContain(problem);
  });

  it('refuses a file that is not an allow-list, and the same entry twice', () => {
    expect(parseAllowList('{')).toMatchObject({ ok: false });
    expect(parseAllowList('[]')).toEqual({ ok: false, problems: ['expected an object with an "allow" array'] });
    expect(parseAllowList(JSON.stringify({ allow: [], skip: true }))).toMatchObject({ ok: false });
    const twice = { check: 'A', file: 'x.ts', reason: REASON };
    expect(parseAllowList(JSON.stringify({ allow: [twice, twice] }))).toEqual({
      ok: false,
      problems: ['entry 2: A in x.ts is listed twice'],
    });
  });

  it('leaves unlisted the findings no entry names, by check and file', () => {
    const entries = [{ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', reason: REASON }];
    const listed = finding('PRELOAD_JS_CHECK', 'main/window.ts', 17);
    const otherFile = finding('PRELOAD_JS_CHECK', 'main/other.ts');
    const otherCheck = finding('AUXCLICK_JS_CHECK', 'main/window.ts');
    expect(compareWithAllowList([listed, otherFile, otherCheck], entries)).toEqual({
      unlisted: [otherFile, otherCheck],
      stale: [],
    });
  });

  it('reports an entry that matches no finding any more as stale', () => {
    const entries = [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/security.ts', reason: REASON }];
    expect(compareWithAllowList([], entries)).toEqual({ unlisted: [], stale: entries });
  });

  it('prints a finding with its place, its kind, the line it is about and where to read more', () => {
    expect(describeFinding(finding('PRELOAD_JS_CHECK', 'main/window.ts', 17))).toBe(
      [
        'PRELOAD_JS_CHECK  main/window.ts:17:0  (MEDIUM, FIRM)',
        '  Review the use of preload scripts',
        '  > preload: preloadPath,',
        '  https://git.io/JeuMu',
      ].join('\n'),
    );
  });
});
