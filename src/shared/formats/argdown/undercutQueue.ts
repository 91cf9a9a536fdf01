import { pushTo } from '../lists';

/**
 * Settles items that may have to wait for one another (an undercut of an argument whose first
 * relation is itself an undercut waits for that one). `attempt` settles an item, or names the one
 * (not yet settled) it waits for; an item is tried again only when that one is settled, so each is tried at most
 * twice (retrying every waiting item until none moves is quadratic on a chain written back to
 * front). Items still waiting at the end wait, directly or not, on a cycle: `breakCycle` settles
 * the cycle's members, which releases the items waiting on them.
 */
export function settleInOrder<T>(
  items: readonly T[],
  attempt: (item: T, settled: ReadonlySet<T>) => T | undefined,
  breakCycle: (cycle: T[]) => void,
): void {
  const settled = new Set<T>();
  const waitsFor = new Map<T, T>();
  const waiters = new Map<T, T[]>();
  const settle = (item: T, queue: T[]): void => {
    settled.add(item);
    waitsFor.delete(item);
    for (const waiter of waiters.get(item) ?? []) queue.push(waiter);
    waiters.delete(item);
  };
  const run = (queue: T[]): void => {
    // The queue grows as settled items release their waiters.
    for (let i = 0; i < queue.length; i += 1) {
      const item = queue[i];
      if (settled.has(item)) continue;
      const awaited = attempt(item, settled);
      if (awaited === undefined) settle(item, queue);
      else {
        waitsFor.set(item, awaited);
        pushTo(waiters, awaited, item);
      }
    }
  };
  run([...items]);
  for (const item of items) {
    if (settled.has(item)) continue;
    // Follow what each waits for until one comes round again: from there on is the cycle.
    const seenAt = new Map<T, number>();
    const path: T[] = [];
    let at = item;
    while (!seenAt.has(at)) {
      seenAt.set(at, path.length);
      path.push(at);
      const next = waitsFor.get(at);
      // `attempt` names only unsettled items, and a settled one releases its waiters at once.
      if (next === undefined || settled.has(next)) throw new Error('An item waits for one already settled');
      at = next;
    }
    const cycle = path.slice(seenAt.get(at));
    breakCycle(cycle);
    const released: T[] = [];
    for (const member of cycle) settle(member, released);
    run(released);
  }
}
