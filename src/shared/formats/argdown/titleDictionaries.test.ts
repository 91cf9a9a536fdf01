import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/argumentMap';
import { ARGDOWN_TEMPLATES, RESERVED_NAMES } from '../../testing/hostileInputs';
import { importArgdown } from './argdownImport';

const titles = (map: ArgumentMap): (string | undefined)[] => Object.values(map.nodes).map((node) => node.title);
const tags = (map: ArgumentMap): string[] => Object.values(map.nodes).flatMap((node) => node.tags);
const NAMES_ON_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype);

describe('Argdown names that objects inherit', () => {
  // Else a hostile input could be refused for its syntax and never reach the model it is meant to test.
  it.each(Object.entries(ARGDOWN_TEMPLATES))('the %s template is Argdown without a syntax error', (_, template) => {
    const outcome = importArgdown(template('ordinary'));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.report.map((line) => line.message).join('\n')).not.toMatch(/syntax/);
  });

  it.each(RESERVED_NAMES)('a statement titled [%s] keeps its title and tags as plain text', (name) => {
    const outcome = importArgdown(`[${name}]: a statement #${name} {kind: evidence}\n  + [${name}-reason]: why\n`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(titles(outcome.map)).toContain(name);
    expect(tags(outcome.map)).toContain(name);
    expect(Object.values(outcome.map.nodes).find((node) => node.title === name)?.kind).toBe('evidence');
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(NAMES_ON_PROTOTYPE);
  });

  it.each(RESERVED_NAMES.filter((name) => name !== '__proto__'))('an argument titled <%s> keeps its title', (name) => {
    const outcome = importArgdown(`<${name}>: an argument\n  - [claim]: c\n\n<b>: b\n  _> <${name}>\n`);
    expect(outcome.ok && titles(outcome.map)).toContain(name);
  });

  // Argdown's lexer reads the `_>` at the end of `<__proto__>` as an undercut: a syntax error, said as one.
  it('refuses <__proto__> with the line Argdown stopped at', () => {
    expect(importArgdown('<__proto__>: an argument\n  - [claim]: c\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Argdown could not read the document: line 1: /),
    });
  });
});
