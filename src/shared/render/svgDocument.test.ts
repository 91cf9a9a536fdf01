import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from './svgDocument';

/** The characters XML 1.0 forbids, as svgDocument replaces them. */
const INVALID = new RegExp(
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to replace
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** escapeXml as five replacements, always. */
const reference = (text: string): string =>
  text
    .replace(INVALID, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

describe('escapeXml', () => {
  it('changes text exactly as the replacements would, and returns text that needs none as it is', () => {
    const unit = fc.constantFrom(
      ...['a', ' ', '&', '<', '>', '"', "'", '\u0000', '\t', '\n', '\u000b', '\u001f', '\ufffe', '\uffff'],
      ...['\ud800', '\udbff', '\udc00', '\udfff', '\u{1F600}', 'é', 'Қ'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(escapeXml(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
    const plain = 'Kazakhstan — a mediator';
    expect(escapeXml(plain)).toBe(plain);
  });
});
