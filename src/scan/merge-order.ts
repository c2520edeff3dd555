// The merge listing's changes, taken in the order of the commits' listing (scan/history.ts): a
// merge's version of a file is scanned only if no commit before the merge showed it (a conflict
// resolution, an evil merge); the merged branch's own commits showed the rest. The two listings run
// side by side, so a change of a merge the commits' listing has not reached yet waits, and the
// merge listing is held with it.
import type { BlobChange } from "../sources/history.js";

/** Where things stand in the history, as the commits' listing meets them. */
export interface HistoryOrder {
  /** each commit's place */
  readonly commitSeq: Map<string, number>;
  /** each (path, blob) pair's place, where it was first met */
  readonly seen: Map<string, number>;
  /** a new place, after every other */
  next(): number;
}

export const pairKey = (path: string, oid: string): string => `${path}\0${oid}`;

export class MergeOrder {
  private readonly waiting: Array<{ change: BlobChange; scan: (at: number) => void }> = [];
  /** changes wait: the merge listing is to be held */
  holding = false;
  /** the commits' listing has ended: nothing waits any more */
  private ended = false;

  constructor(
    private readonly order: HistoryOrder,
    /** called when `holding` changes */
    private readonly onHold: () => void,
  ) {}

  /** Whether the merge's version of a file was shown before the merge (then it is not read at all). */
  shownBefore(path: string, oid: string, merge: string): boolean {
    const first = this.order.seen.get(pairKey(path, oid));
    const at = this.order.commitSeq.get(merge);
    return first !== undefined && at !== undefined && first < at;
  }

  /** The merge listing's callback for changes that `scan` scans, told the merge's place. */
  taker<C extends BlobChange>(scan: (change: C, at: number) => void): (change: C) => void {
    return (change) => {
      if (!this.ended && (this.waiting.length > 0 || !this.order.commitSeq.has(change.commit.commit))) {
        this.waiting.push({ change, scan: (at) => scan(change, at) });
        if (!this.holding) (this.holding = true), this.onHold();
      } else {
        this.take(change, (at) => scan(change, at));
      }
    };
  }

  /**
   * Takes the waiting changes whose merge the commits' listing has reached; `ended`: that listing
   * is over, so every change left is taken, and those to come at once.
   */
  catchUp(ended = false): void {
    if (ended) this.ended = true;
    const all = this.ended;
    const { waiting } = this;
    if (waiting.length === 0 && !this.holding) return;
    const ready = all ? -1 : waiting.findIndex((w) => !this.order.commitSeq.has(w.change.commit.commit));
    for (const { change, scan } of waiting.splice(0, ready === -1 ? waiting.length : ready)) this.take(change, scan);
    if (waiting.length > 0 || !this.holding) return;
    this.holding = false;
    this.onHold();
  }

  private take(change: BlobChange, scan: (at: number) => void): void {
    const { commitSeq, seen } = this.order;
    // a merge the commits' listing never showed (it stopped early): placed after everything listed
    if (!commitSeq.has(change.commit.commit)) commitSeq.set(change.commit.commit, this.order.next());
    if (this.shownBefore(change.path, change.oid, change.commit.commit)) return;
    const at = commitSeq.get(change.commit.commit)!;
    seen.set(pairKey(change.path, change.oid), at);
    scan(at);
  }
}
