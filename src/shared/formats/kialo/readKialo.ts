/**
 * Reads the plain text Kialo's "Export discussion" writes:
 *
 *     Discussion Title: Should zoos exist?
 *
 *     1. Zoos should exist.
 *     1.1. Pro: Zoos protect endangered species.
 *     1.1.1. Con: Most animals in zoos are not endangered.
 *     1.2. Con: -> See 1.1.1.
 *
 * Each claim is numbered by its place in the tree ("1.1.1." is a child of "1.1."), says whether it
 * is a Pro or a Con of its parent, and may run over several lines. "-> See 1.4.2." in place of a
 * text is Kialo's link: the claim numbered 1.4.2 also bears on this parent. Older exports say
 * "Discussion Name:" for the title. Pure text work: the map is made in importKialo.ts.
 */

export type Stance = 'pro' | 'con' | null;

export interface KialoClaim {
  /** Its number as written, with the last dot: "1.1.2.". */
  number: string;
  /** The number of the claim it answers; null for the thesis. */
  parent: string | null;
  stance: Stance;
  /** Its text, lines joined with "\n"; empty for a link. */
  text: string;
  /** For "-> See 1.4.2.": the number it links to ("1.4.2."). */
  linkTo?: string;
  /** The line it starts on, for messages. */
  line: number;
}

export interface KialoDiscussion {
  title?: string;
  claims: KialoClaim[];
}

export type KialoReadResult = { ok: true; discussion: KialoDiscussion } | { ok: false; message: string };

const TITLE = /^\s*Discussion (?:Title|Name):\s*(.*)$/i;
// "1.2.3. Pro: text" (the stance is missing on the thesis, and in some exports of multi-thesis discussions).
const CLAIM = /^((?:\d+\.)+)\s+(?:(Pro|Con):\s*)?(.*)$/i;
const LINK = /^->\s*See\s+((?:\d+\.)*\d+\.?)\s*$/i;

const parentOf = (number: string): string | null => {
  const parts = number.split('.').filter(Boolean);
  return parts.length <= 1 ? null : `${parts.slice(0, -1).join('.')}.`;
};

/** Parses Kialo's text export. Never throws; a text that is not one says what was expected. */
export function readKialo(text: string): KialoReadResult {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/);
  let title: string | undefined;
  const claims: KialoClaim[] = [];
  const numbers = new Set<string>();
  let at = 0;
  while (at < lines.length && lines[at].trim() === '') at += 1;
  const titleMatch = TITLE.exec(lines[at] ?? '');
  if (titleMatch) {
    title = titleMatch[1].trim() || undefined;
    at += 1;
  }
  for (; at < lines.length; at += 1) {
    const line = lines[at];
    const claim = CLAIM.exec(line);
    // A numbered line starts a claim only where it continues the tree: "1." first, then a child of one seen.
    if (claim && startsClaim(claim[1], numbers)) {
      numbers.add(claim[1]);
      const [, number, stance, rest] = claim;
      claims.push({
        number,
        parent: parentOf(number),
        stance: stance ? (stance.toLowerCase() as Stance) : null,
        text: rest.trim(),
        line: at + 1,
      });
      continue;
    }
    const last = claims.at(-1);
    if (last) last.text = `${last.text}\n${line.trim()}`;
    else if (line.trim() !== '') return notKialo(title !== undefined);
  }
  if (claims.length === 0) return notKialo(title !== undefined);
  for (const claim of claims) {
    claim.text = claim.text.replace(/\s+$/, '');
    const link = LINK.exec(claim.text);
    if (link) {
      claim.linkTo = link[1].endsWith('.') ? link[1] : `${link[1]}.`;
      claim.text = '';
    }
  }
  return { ok: true, discussion: { title, claims } };
}

function startsClaim(number: string, numbers: ReadonlySet<string>): boolean {
  if (numbers.size === 0) return number === '1.';
  const parent = parentOf(number);
  return parent !== null && numbers.has(parent) && !numbers.has(number);
}

const notKialo = (hadTitle: boolean): KialoReadResult => ({
  ok: false,
  message: hadTitle
    ? 'The file starts like a Kialo export but has no claims: Kialo numbers them "1. Thesis", "1.1. Pro: …", "1.1.1. Con: …".'
    : 'The file is not a Kialo export: Kialo’s text export starts "Discussion Title: …" and numbers its claims "1. Thesis", "1.1. Pro: …", "1.1.1. Con: …".',
});
