import { describe, expect, it } from 'vitest';
import { loadSampleMap } from '../../../../scripts/sampleFiles';
import { writeArgdown } from './argdownExport';
import { gistTitle } from './gistTitle';
import { makeMap } from './argdownTestMaps';

describe('titles the Argdown export makes', () => {
  const sample = loadSampleMap();
  const { text, titles } = writeArgdown(sample);
  const made = [...titles.entries()].filter(([id]) => sample.nodes[id].title === undefined).map(([, t]) => t);

  it('names the sample’s statements by their gist, in whole words that end a phrase', () => {
    expect(titles.get(Object.values(sample.nodes).find((n) => n.kind === 'thesis')!.id)).toBe(
      'Kazakhstan has established a respected profile',
    );
    expect(made).toContain('Its mediation had only limited success');
    expect(made).toContain('Astana is known as a capital bustling');
    for (const title of made) {
      expect(title.length, title).toBeLessThanOrEqual(50);
      expect(title, title).not.toMatch(/\b(a|an|the|of|in|to|with|and|is|has|noticeably)$/i);
      // Every word of the title is a whole word of its text.
      const node = Object.values(sample.nodes).find((n) => titles.get(n.id) === title)!;
      const words = new Set(node.text.split(/[\s:,.;]+/));
      for (const word of title.split(' '))
        expect(words.has(word) || words.has(word.toLowerCase()), `${word} in ${title}`).toBe(true);
    }
  });

  it('names the argument holding linked premises by its premise, not "Premises of …"', () => {
    expect(text).not.toMatch(/Premises of/);
    expect(text).toContain('<The mediator is usually one country> {inferenceOnly: true}');
  });

  it('keeps every title unique, lengthening before numbering', () => {
    expect(new Set(titles.values()).size).toBe(titles.size);
    const twins = makeMap(
      [
        { id: 't', text: 'We should walk', kind: 'thesis' },
        { id: 'a', text: 'Walking is healthy for the heart and for the lungs of most people' },
        { id: 'b', text: 'Walking is healthy for the heart and for the mind of most people' },
        { id: 'c', text: 'Walking is healthy for the heart and for the lungs of most people' },
      ],
      [
        { kind: 'support', from: ['a'], to: 't' },
        { kind: 'support', from: ['b'], to: 't' },
        { kind: 'attack', from: ['c'], to: 'a' },
      ],
    );
    const named = [...writeArgdown(twins).titles.values()];
    expect(new Set(named).size).toBe(named.length);
  });

  it('makes a gist: fillers out, trailing phrases out, a framing heading out', () => {
    expect(gistTitle('Kazakhstan has established a noticeably respected profile in international affairs.', 50)).toBe(
      'Kazakhstan has established a respected profile',
    );
    expect(gistTitle('Experts: the plan may not be very effective, because it lacks money.', 50)).toBe(
      'The plan may not be effective',
    );
    expect(gistTitle('Short claim.', 50)).toBe('Short claim');
    expect(gistTitle('Supercalifragilisticexpialidocious'.repeat(3), 20)).toHaveLength(20);
  });
});
