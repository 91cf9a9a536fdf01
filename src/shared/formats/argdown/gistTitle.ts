import { singleSpaced } from './argdownSyntax';

/**
 * A short name for a statement made from its text, as an author would title it in Argdown: whole
 * words, ending where a phrase ends ("Astana is known as a capital bustling", not "Astana is known
 * as a capital bustling with high"), without the fillers that only colour a claim ("also",
 * "noticeably"). Plain string work: no dictionary beyond the short word lists below.
 */

/** Words a phrase starts with: a title may end just before one. */
const PHRASE_STARTS = new Set(
  (
    'in on at with for to from by into onto over under between through after before during than of about ' +
    'against among around without within and but or nor because since that which who whom whose while as ' +
    'so if when where whether although though unless until'
  ).split(' '),
);

/** Words a title does not end on: they promise more words to come. */
const OPEN_ENDS = new Set(
  [
    ...PHRASE_STARTS,
    ...'a an the its their his her our your my this these those is are was were be been being has have had do does did will would can could should may might must not no very its'.split(
      ' ',
    ),
  ].filter(Boolean),
);

/** Words that colour a claim without changing what it says: left out of a title. */
const FILLERS = new Set(
  (
    'also even very really quite noticeably clearly highly truly widely largely greatly strongly deeply fully ' +
    'significantly particularly especially increasingly indeed certainly obviously just'
  ).split(' '),
);

/** Prepositions: a phrase they start ("in Ukraine and Syria") may leave a title, the claim staying whole. */
const PREPOSITIONS = new Set(
  'in on at with for to from by into onto over under between through after before during of about against among around without within'.split(
    ' ',
  ),
);

/** Words that end a prepositional phrase: the verb (an auxiliary) or a new clause after it. */
const PHRASE_ENDS = new Set(
  'is are was were be been has have had do does did will would can could should may might must but because since that which who while although though unless until so if when where'.split(
    ' ',
  ),
);

/**
 * The first sentence of a text, up to its first ", and …" or ";" (a second clause); a heading of
 * one or two words before a colon ("Experts: …") is left out.
 */
function firstClause(text: string): string {
  const sentence = text.split(/(?<=[.!?…])\s+(?=\S)/)[0];
  const clause = sentence.split(/;\s|,\s+(?=(?:and|but|or|so|while|whereas)\s)/)[0];
  // A heading ("Experts: …") and an opening phrase set off by a comma ("For the peace of X, such a
  // step is needed") frame the claim: the title is the claim.
  const framed =
    /^(\S+(?:\s\S+)?):\s+(\S.*)$/.exec(clause) ??
    /^((?:for|in|on|at|with|by|after|before|during|over)\s[^,]{1,80}),\s+(\S.*)$/i.exec(clause);
  if (!framed) return clause;
  return framed[2].charAt(0).toUpperCase() + framed[2].slice(1);
}

const bare = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const endsClause = (word: string): boolean => /[,;:—–]$/.test(word);
const trimEnd = (title: string): string => title.replace(/[\s.,;:!?…'"“‘(–—-]+$/u, '');

/** Where the prepositional phrases of a clause are, [start, end) in words; none starting the clause. */
function prepositionalPhrases(words: readonly string[]): [number, number][] {
  const phrases: [number, number][] = [];
  for (let i = 1; i < words.length; i++) {
    if (!PREPOSITIONS.has(bare(words[i]))) continue;
    // A comma does not end it: "to provide financial, material and human resources" is one phrase.
    let end = i + 1;
    while (end < words.length && !PREPOSITIONS.has(bare(words[end])) && !PHRASE_ENDS.has(bare(words[end]))) end++;
    phrases.push([i, end]);
    i = end - 1;
  }
  return phrases;
}

/** The words with the last prepositional phrases left out, one at a time, until they fit (an "and" before one goes too). */
function withoutModifiers(words: string[], maxLength: number): string[] {
  let kept = words;
  for (const [start, end] of prepositionalPhrases(words).reverse()) {
    if (trimEnd(kept.join(' ')).length <= maxLength) break;
    const from = start > 1 && /^(and|or)$/.test(bare(words[start - 1])) ? start - 1 : start;
    // Phrases go from the last: the indices before the one left out still hold.
    kept = [...kept.slice(0, from), ...kept.slice(end)];
  }
  return kept;
}

/**
 * The gist of a text as a title of at most `maxLength` characters: its first clause, fillers and
 * then, from the last, prepositional phrases left out ("Its mediation in Ukraine and Syria had
 * limited success" → "Its mediation had limited success"); failing that, the longest run of words
 * that ends where a phrase does, or as many whole words as fit, not ending on an article, a
 * preposition or an auxiliary.
 */
export function gistTitle(text: string, maxLength: number): string {
  const cleaned = singleSpaced(text.replace(/[[\]<>#{}*_\\@]/g, ' '));
  const all = firstClause(cleaned)
    .split(' ')
    .filter((word) => word && !FILLERS.has(bare(word)));
  if (all.length === 0) return '';
  const words = withoutModifiers(all, maxLength);
  const whole = trimEnd(words.join(' '));
  if (whole.length <= maxLength) return whole;
  let best = '';
  let fitting = '';
  for (let i = 0; i < words.length; i++) {
    const next = fitting ? `${fitting} ${words[i]}` : words[i];
    if (next.length > maxLength) break;
    fitting = next;
    const atBoundary = i + 1 < words.length && (PHRASE_STARTS.has(bare(words[i + 1])) || endsClause(words[i]));
    if (atBoundary && i >= 1 && !OPEN_ENDS.has(bare(words[i]))) best = fitting;
  }
  if (best) return trimEnd(best);
  // No phrase ends in time: whole words, not ending on one that promises more.
  const kept = fitting ? fitting.split(' ') : [words[0].slice(0, maxLength)];
  while (kept.length > 1 && OPEN_ENDS.has(bare(kept[kept.length - 1]))) kept.pop();
  return trimEnd(kept.join(' '));
}
