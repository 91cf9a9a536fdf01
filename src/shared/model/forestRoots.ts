/**
 * The root of each node's tree in a forest that grows by hanging whole trees under nodes of other
 * trees: a union-find (union by size, path halving) whose every set remembers its tree's root. A
 * question costs next to nothing however deep the trees are, where walking up parent by parent
 * costs the depth, and a walk per node made a 20,000-long chain take 20,000² steps.
 */
export class ForestRoots<T> {
  /** Towards each set's representative; absent for a node alone in its set. */
  private readonly up = new Map<T, T>();
  private readonly size = new Map<T, number>();
  /** Each representative's tree root, where it is not the representative itself. */
  private readonly rootOf = new Map<T, T>();

  /** A forest of the given child → parent links (any order; no cycles). */
  static of<T>(parents: Iterable<[T, T]>): ForestRoots<T> {
    const roots = new ForestRoots<T>();
    for (const [child, parent] of parents) roots.attach(child, parent);
    return roots;
  }

  /** The root of the tree `node` is in (the node itself when it has no parent). */
  root(node: T): T {
    const representative = this.find(node);
    return this.rootOf.get(representative) ?? representative;
  }

  /** Hangs `child`, the root of its tree, under `parent`: its whole tree then has `parent`'s root. */
  attach(child: T, parent: T): void {
    const root = this.root(parent);
    let [a, b] = [this.find(child), this.find(parent)];
    if (a === b) return;
    const [sizeA, sizeB] = [this.size.get(a) ?? 1, this.size.get(b) ?? 1];
    if (sizeA > sizeB) [a, b] = [b, a];
    this.up.set(a, b);
    this.size.set(b, sizeA + sizeB);
    this.rootOf.delete(a);
    if (root === b) this.rootOf.delete(b);
    else this.rootOf.set(b, root);
  }

  private find(node: T): T {
    let at = node;
    for (let next = this.up.get(at); next !== undefined; next = this.up.get(at)) {
      // Path halving: every other step now skips a level, which keeps later questions short.
      const after = this.up.get(next);
      if (after !== undefined) this.up.set(at, after);
      at = after ?? next;
    }
    return at;
  }
}
