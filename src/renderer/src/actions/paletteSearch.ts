/** An action as the palette lists it: its id and the name it has now. */
export interface PaletteEntry<Id extends string = string> {
  id: Id;
  label: string;
}

/** Case, accents and the ellipsis of "Find…" make no difference to a search. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/…/g, '')
    .toLowerCase();

/**
 * How well a label answers a query: every word typed must be found in it, as a substring or, for
 * a word of three letters or more, as letters in order within one word of the label that starts
 * with the same letter ("rbtl" finds "Rebuttal"; "find" does not find "Fit Map to Window"). Null: no match.
 * Lower is better: the label's start, then a word's start, then anywhere, then letters in order;
 * among those, the earlier in the label the better ("objection": "Add Objection" before "Undo Add
 * objection").
 */
function score(label: string, words: readonly string[]): number | null {
  const text = fold(label);
  let total = 0;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at === 0) continue;
    if (at > 0) total += (/[\s/(-]/.test(text[at - 1] ?? '') ? 1 : 2) + at / 1000;
    else if (word.length >= 3 && text.split(/[\s/(-]+/).some((part) => part[0] === word[0] && inOrder(part, word)))
      total += 4;
    else return null;
  }
  return total;
}

/** Whether the letters of `word` appear in `text` in this order. */
function inOrder(text: string, word: string): boolean {
  let from = 0;
  for (const letter of word) {
    from = text.indexOf(letter, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

/**
 * The entries that match a query, best first; entries that match equally well keep their order
 * (the menus' order). An empty query lists them all.
 */
export function searchPalette<Id extends string>(
  query: string,
  entries: readonly PaletteEntry<Id>[],
): PaletteEntry<Id>[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries
    .map((entry, index) => ({ entry, index, score: score(entry.label, words) }))
    .filter((found): found is typeof found & { score: number } => found.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((found) => found.entry);
}
