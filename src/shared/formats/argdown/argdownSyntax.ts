import { shortcodes } from '@argdown/core';
import type { ElementRole } from './nodeKinds';

/*
 * Writing Argmap's plain text as Argdown. Argdown reads `[…]`, `<…>`, `#tag`, `*bold*`, `_italic_`,
 * `{data}`, `//` and `/*` comments, `===` front matter and `:shortcodes:` inside a line, and list,
 * relation and numbering marks at the start of one; a backslash makes any character plain.
 */

// Characters that can open Argdown syntax anywhere in a line (`\` first: it escapes the others),
// and `}`, which must not follow data (`{…}`), even lines later: Argdown's data pattern would
// reach over it, and then fail.
const ALWAYS_ESCAPED = /[\\[<#*_{}]/g;
// What turns into something else at the start of a line: (1), 1., +, -, >, =, `'`, which
// Argdown's lexer counts as indentation there, and `,`, which must not follow data either.
const LINE_START = /^(?:['\-+>=(,]|\d+\.)/;
const SPECIAL_CHARACTER = /^(?:\.[^\s]+?\.|:[^\s]+?:)/;
/**
 * Argdown's command line replaces `@include(file)` anywhere in the raw text with that file before it
 * parses (@argdown/node's IncludePlugin, /@include\(([^)]+)\)/), so a text saying it would make the
 * tool read, or fail to find, a file: its parenthesis is escaped wherever it is written.
 */
export const INCLUDE_DIRECTIVE = /@include\(/g;

/**
 * Argdown reads `.word.` and `:word:` as one token: a shortcode (`:heart:` → ❤) when it knows the
 * word, else the text as it stands, backslashes included. Walking the text as its lexer does, an
 * opening `.` or `:` is escaped where such a token would be a shortcode or would swallow an escape.
 */
function guardSpecialCharacters(escaped: string): string {
  let out = '';
  for (let i = 0; i < escaped.length;) {
    const char = escaped[i];
    const special = char === '.' || char === ':' ? SPECIAL_CHARACTER.exec(escaped.slice(i)) : null;
    if (char === '\\') {
      out += escaped.slice(i, i + 2);
      i += 2;
    } else if (special && (special[0].includes('\\') || Object.hasOwn(shortcodes, special[0]))) {
      out += `\\${char}`;
      i += 1;
    } else {
      const token = special ? special[0] : char;
      out += token;
      i += token.length;
    }
  }
  return out;
}

/** Text on one line, every character of it plain text to Argdown. */
export function escapeText(text: string, atLineStart = false): string {
  const escaped = guardSpecialCharacters(
    text
      .replace(ALWAYS_ESCAPED, (char) => `\\${char}`)
      .replace(/\/(?=[/*])/g, '\\/')
      .replace(/={3,}/g, (run) => run.replace(/=/g, '\\='))
      // Argdown skips blanks where a new token starts; escaped, every one of a run is kept.
      .replace(/[ \t]{2,}|\t/g, (run) => run.replace(/[ \t]/g, (blank) => `\\${blank}`))
      .replace(INCLUDE_DIRECTIVE, '@include\\('),
  );
  return atLineStart && LINE_START.test(escaped) ? `\\${escaped}` : escaped;
}

/** The text as one line: Argdown ends a statement at an empty line, so line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ').trim();
}

/** A title or tag on one line with single spaces: Argdown matches titles exactly, spaces included. */
export const singleSpaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A title Argdown can read back: on one line, without the bracket that would close it early
 * (`]` for a statement, `>` for an argument), not starting with `-`, `+`, `_` or `!--` (Argdown
 * reads `<+`, `<-` and `<_` at the start of a line as relations, `<!--` as a comment and `[-` as
 * something else) and not one of the "Untitled 3" names Argdown gives elements it has to name.
 */
export function sanitizeTitle(title: string, role: ElementRole): string {
  const closing = role === 'statement' ? /\]/g : />/g;
  const clean = singleSpaced(title)
    .replace(closing, ')')
    .replace(INCLUDE_DIRECTIVE, '@include (')
    .replace(/^(?:[-+_\s]|!--)+/, '');
  return /^Untitled \d+$/.test(clean) ? `${clean} (title)` : clean;
}

/** `[Title]` or `<Title>`. */
export const reference = (title: string, role: ElementRole): string =>
  role === 'statement' ? `[${title}]` : `<${title}>`;

/** `#tag`, or `#(tag with spaces)`; a `)` (which would end it) becomes `]`. Empty for a tag of only spaces: `#()` is no tag. */
export function formatTag(tag: string): string {
  const clean = singleSpaced(tag);
  if (!clean) return '';
  return /^[A-Za-z0-9-]+$/.test(clean)
    ? `#${clean}`
    : `#(${clean.replace(/\)/g, ']').replace(INCLUDE_DIRECTIVE, '@include[')})`;
}

/** What {@link formatTag} changes in a tag for Argdown to read it back; empty when it comes back as it is. */
export function tagChanges(tag: string): string[] {
  return [
    ...(/[\r\n\u2028\u2029]/.test(tag) ? ['line breaks made spaces'] : []),
    ...(/[^\S\r\n\u2028\u2029]{2,}|[^\S \r\n\u2028\u2029]/.test(tag.trim())
      ? ['double spaces or tabs collapsed to one space']
      : []),
    ...(tag !== tag.trim() ? ['spaces at the ends removed'] : []),
    ...(tag.includes(')') ? ['")" made "]"'] : []),
    ...(/@include\(/.test(tag) ? ['"@include(" made "@include[" (Argdown’s tool would read a file)'] : []),
  ];
}

/**
 * A string as a double-quoted YAML scalar (JSON's escapes are YAML's) that keeps Argdown's data
 * and front-matter patterns intact: no braces, no run of `=`, no line separators inside it.
 */
export function quoted(value: string): string {
  return JSON.stringify(value)
    .replace(/[{}\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/={3,}/g, (run) => '\\u003d'.repeat(run.length))
    .replace(INCLUDE_DIRECTIVE, '@include\\u0028');
}

/** `{kind: evidence, notes: "…"}`: values are words or quoted strings. */
export function formatData(entries: [string, string | boolean][]): string {
  if (entries.length === 0) return '';
  const fields = entries.map(([key, value]) => `${key}: ${typeof value === 'string' ? quoted(value) : value}`);
  return `{${fields.join(', ')}}`;
}
