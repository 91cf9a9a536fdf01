import { describe, expect, it } from 'vitest';
import { importAif } from './importAif';

const failure = (text: string): string => {
  const outcome = importAif(text);
  if (outcome.ok) throw new Error('expected the import to fail');
  return outcome.message;
};

describe('reading AIF text', () => {
  it('refuses broken JSON with the parser’s reason', () => {
    expect(failure('{"nodes": [')).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });

  it('refuses JSON that is not AIF, saying what AIF looks like', () => {
    expect(failure('[1, 2]')).toBe('The file is JSON but not AIF: AIF is an object with "nodes" and "edges" lists.');
    expect(failure('{"name": "x"}')).toBe(
      'The file is JSON but not AIF: it has no "nodes" list (AIFdb) and no "AIF" block (OVA3).',
    );
    expect(failure('{"format": "argmap", "version": 2, "map": {}}')).toBe(
      'This is an Argmap map, not AIF: open it with File › Open.',
    );
  });

  it('names the place where an AIF file is damaged', () => {
    expect(failure('{"nodes": {"a": 1}}')).toMatch(/^The AIF file is damaged at nodes: /);
    expect(failure('{"nodes": [{"nodeID": "1", "text": "a"}]}')).toMatch(
      /^The AIF file is damaged at nodes\.0\.type: /,
    );
    expect(failure('{"AIF": {"edges": []}, "OVA": {}}')).toMatch(/^The AIF file is damaged at AIF\.nodes: /);
  });

  it('reads a file that starts with a byte-order mark, and an empty nodeset', () => {
    const outcome = importAif('\uFEFF{"nodes": [], "edges": []}', { title: 'Empty' });
    expect(outcome).toEqual({ ok: true, map: { meta: { title: 'Empty' }, nodes: {}, relations: {} }, report: [] });
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', 'null', '"AIF"', '{"nodes": null}', '{"AIF": null}', '{"nodes": [], "edges": [null]}']) {
      expect(() => importAif(text)).not.toThrow();
      expect(importAif(text).ok).toBe(false);
    }
  });
});
