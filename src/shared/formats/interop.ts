import type { ArgumentMap } from '../model/argumentMap';

/**
 * One line of the report shown after an import or a conversion. `approximated`: carried over in
 * a nearby form (a contrary relation drawn as an attack); `dropped`: not carried over at all.
 */
export interface ReportLine {
  severity: 'approximated' | 'dropped';
  message: string;
}

/** What a conversion could not carry over exactly; empty when it was lossless. */
export type ConversionReport = ReportLine[];

export type ImportOutcome = { ok: true; map: ArgumentMap; report: ConversionReport } | { ok: false; message: string };

export interface ExportOutcome {
  text: string;
  report: ConversionReport;
}

/**
 * Collects report lines by key, so a file with 300 dropped locutions gives one line with a count,
 * not 300. `add('L', n => \`${n} locution nodes dropped\`)` called three times reports "3 locution…".
 */
export class ReportBuilder {
  private readonly counts = new Map<
    string,
    { severity: ReportLine['severity']; count: number; say: (n: number) => string }
  >();

  private note(severity: ReportLine['severity'], key: string, say: (count: number) => string, times: number): void {
    if (times <= 0) return;
    const entry = this.counts.get(key);
    if (entry) entry.count += times;
    else this.counts.set(key, { severity, count: times, say });
  }

  approximated(key: string, say: (count: number) => string, times = 1): void {
    this.note('approximated', key, say, times);
  }

  dropped(key: string, say: (count: number) => string, times = 1): void {
    this.note('dropped', key, say, times);
  }

  /** How many things were noted so far, over all lines. */
  get size(): number {
    let total = 0;
    for (const { count } of this.counts.values()) total += count;
    return total;
  }

  /** Dropped lines first: they are what a user most needs to know. */
  lines(): ConversionReport {
    const all = [...this.counts.values()].map(({ severity, count, say }) => ({ severity, message: say(count) }));
    return [...all.filter((l) => l.severity === 'dropped'), ...all.filter((l) => l.severity === 'approximated')];
  }
}

/** "a support" or "an attack" for one, "supports" or "attacks" for more. */
export const oneOrMany = (count: number, noun: string): string =>
  count === 1 ? `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}` : `${noun}s`;

/** "it" or "them", "its" or "their", as the count asks. */
export const itOrThem = (count: number, one = 'it', many = 'them'): string => (count === 1 ? one : many);

/** "1 node" / "3 nodes": report lines count things. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
