import type { NodeId } from '../../../shared/model/ids';

/** How many places back/forward remembers. */
const LIMIT = 200;

/**
 * Where the user has been: each node selected on its own, in order, as a browser's history (Alt+[
 * goes back, Alt+] forward; a new place after going back drops the places ahead). Session state:
 * never saved, never undone.
 */
export class VisitHistory {
  private places: NodeId[] = [];
  private index = -1;

  /** The user came to this node (selected it alone). */
  visit(id: NodeId): void {
    if (this.places[this.index] === id) return;
    this.places = this.places.slice(0, this.index + 1);
    this.places.push(id);
    if (this.places.length > LIMIT) this.places.shift();
    this.index = this.places.length - 1;
  }

  /** The place before (-1) or after (+1) the current one that still exists; null when there is none. */
  step(direction: -1 | 1, exists: (id: NodeId) => boolean): NodeId | null {
    for (let at = this.index + direction; at >= 0 && at < this.places.length; at += direction) {
      if (!exists(this.places[at])) continue;
      this.index = at;
      return this.places[at];
    }
    return null;
  }

  /** A new map: nowhere been yet. */
  clear(): void {
    this.places = [];
    this.index = -1;
  }
}
