import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../scripts/sampleFiles';
import { makeMap } from './argdown/argdownTestMaps';
import { markdownOutline } from './markdownOutline';
import { gist } from './relationMarks';

describe('the Markdown outline read aloud', () => {
  it('marks each linked premise with its place and the premise it goes with', () => {
    const map = makeMap(
      [
        { id: 'c', text: 'We should walk', kind: 'thesis' },
        { id: 'a', text: 'It is sunny', kind: 'reason' },
        { id: 'b', text: 'The shop is near', kind: 'reason', position: { x: 300, y: 0 } },
      ],
      [{ kind: 'support', from: ['a', 'b'], to: 'c' }],
    );
    const lines = markdownOutline(map).split('\n');
    expect(lines).toContain('  - **Reason** _(linked premise 1 of 2, together with “The shop is near”)_: It is sunny');
    expect(lines).toContain('  - **Reason** _(linked premise 2 of 2, together with “It is sunny”)_: The shop is near');
  });

  it('marks an undercut as questioning the step from the statement above, not as an objection to it', () => {
    const map = makeMap(
      [
        { id: 'c', text: 'We should walk', kind: 'thesis' },
        { id: 'e', text: 'The forecast says sun', kind: 'evidence' },
        { id: 'u', text: 'The forecast is a week old', kind: 'objection' },
      ],
      [
        { id: 'r', kind: 'support', from: ['e'], to: 'c' },
        { kind: 'undercut', from: ['u'], to: { relation: 'r' } },
      ],
    );
    expect(markdownOutline(map)).toContain(
      '    - **Objection** _(undercut: questions whether the evidence above supports “We should walk”)_: The forecast is a week old',
    );
  });

  it('marks the sample’s linked premises and its undercut, and leaves ordinary premises as they were', () => {
    const text = markdownOutline(loadSampleMap());
    expect(text.match(/_\(linked premise \d of 2, together with “/g)).toHaveLength(2);
    expect(text).toMatch(/- \*\*Rebuttal\*\* _\(undercut: questions whether the objection above tells against “/);
    expect(text).toContain('- **Thesis:** Kazakhstan has established');
  });

  it('quotes the gist of a statement in whole words', () => {
    expect(gist('Kazakhstan has established a noticeably respected profile in international affairs.')).toBe(
      'Kazakhstan has established a noticeably respected profile in…',
    );
    expect(gist('  Short one. ')).toBe('Short one.');
  });
});
