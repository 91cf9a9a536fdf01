/**
 * Whether two records hold the same fields with the same values (compared with Object.is, one
 * level deep). The flow adapter compares what a card is drawn from this way, so a field added to
 * a card's data can never be forgotten in the comparison and leave the card stale.
 */
export function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
