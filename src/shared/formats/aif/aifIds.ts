import { LIMITS } from '../../schema/argumentMapSchema';

const UNSAFE = /[^A-Za-z0-9_.-]+/g;
// Room for a prefix ("ra-") and a uniqueness suffix ("-12") within the schema's id length.
const STEM_LENGTH = LIMITS.idLength - 24;

/** An AIF id as our id alphabet allows it: other characters become "_", long ids are cut. */
export function sanitizeId(aifId: string): string {
  const safe = aifId.replace(UNSAFE, '_').slice(0, STEM_LENGTH);
  return safe === '' ? 'x' : safe;
}

/** Whether an id written by Argmap's own exporter can be taken back as it is. */
export const isSafeId = (id: string): boolean =>
  id.length > 0 && id.length <= LIMITS.idLength && !/[^A-Za-z0-9_.-]/.test(id) && id !== '__proto__';

/**
 * Hands out ids unique across nodes and relations (the schema forbids a node and a relation
 * sharing one): a taken id gets "-2", "-3", … appended.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** Per wanted id, the suffix to try next: every lower one is taken, so 10,000 "ra-4"s stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  take(wanted: string): string {
    let id = wanted === '__proto__' ? 'x__proto__' : wanted;
    let n = this.nextSuffix.get(wanted) ?? 2;
    for (; this.taken.has(id); n += 1) id = `${wanted}-${n}`;
    this.nextSuffix.set(wanted, n);
    this.taken.add(id);
    return id;
  }
}
