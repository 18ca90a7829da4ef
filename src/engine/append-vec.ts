// An immutable view over a shared, append-only buffer.
// Many states (the timeline's snapshots, step back) hold views of the same buffer; a view owns
// [start, end). Appending to the newest view pushes onto the buffer in O(1), which older views
// cannot see because their `end` is smaller. Appending to an older view (a forked history) copies
// first. Dropping from the front (retention) only moves `start`, and the buffer is compacted once
// most of it is dead, so memory follows the retained records rather than everything ever written.

export class AppendVec<T> {
  private constructor(
    private readonly buffer: T[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  static empty<T>(): AppendVec<T> {
    return new AppendVec<T>([], 0, 0);
  }

  static of<T>(items: readonly T[]): AppendVec<T> {
    return new AppendVec<T>(items.slice(), 0, items.length);
  }

  get length(): number {
    return this.end - this.start;
  }

  /** Like Array.prototype.at: a negative index counts from the end. */
  at(index: number): T | undefined {
    const i = index < 0 ? this.length + index : index;
    if (i < 0 || i >= this.length) return undefined;
    return this.buffer[this.start + i];
  }

  /** The first `count` items: a cheap view; a later push from it forks the buffer. */
  take(count: number): AppendVec<T> {
    return new AppendVec(this.buffer, this.start, this.start + Math.max(0, Math.min(this.length, count)));
  }

  first(): T | undefined {
    return this.at(0);
  }

  last(): T | undefined {
    return this.at(this.length - 1);
  }

  push(item: T): AppendVec<T> {
    if (this.end === this.buffer.length) {
      this.buffer.push(item);
      return new AppendVec(this.buffer, this.start, this.end + 1);
    }
    const copy = this.buffer.slice(this.start, this.end);
    copy.push(item);
    return new AppendVec(copy, 0, copy.length);
  }

  /** Appends several items at once: one new view, the same sharing rules as push. */
  pushAll(items: readonly T[]): AppendVec<T> {
    if (items.length === 0) return this;
    if (this.end === this.buffer.length) {
      for (const item of items) this.buffer.push(item);
      return new AppendVec(this.buffer, this.start, this.end + items.length);
    }
    const copy = this.buffer.slice(this.start, this.end);
    for (const item of items) copy.push(item);
    return new AppendVec(copy, 0, copy.length);
  }

  /** Replaces the last item (the active segment grows this way) without touching shared slots. */
  replaceLast(item: T): AppendVec<T> {
    if (this.length === 0) return this.push(item);
    const copy = this.buffer.slice(this.start, this.end);
    copy[copy.length - 1] = item;
    return new AppendVec(copy, 0, copy.length);
  }

  dropFirst(count: number): AppendVec<T> {
    const start = Math.min(this.end, this.start + Math.max(0, count));
    const live = this.end - start;
    // Compact when the dead prefix outweighs what is live, so the cost is amortised O(1).
    if (start > 0 && start >= live) {
      return new AppendVec(this.buffer.slice(start, this.end), 0, live);
    }
    return new AppendVec(this.buffer, start, this.end);
  }

  slice(from = 0, to = this.length): T[] {
    const lo = Math.max(0, Math.min(this.length, from));
    const hi = Math.max(lo, Math.min(this.length, to));
    return this.buffer.slice(this.start + lo, this.start + hi);
  }

  /** Pushes items [from, to) onto `out` (no intermediate array): fetches and follower copies read this way. */
  copyInto(out: T[], from: number, to: number): void {
    const lo = Math.max(0, Math.min(this.length, from));
    const hi = Math.max(lo, Math.min(this.length, to));
    for (let i = this.start + lo; i < this.start + hi; i++) out.push(this.buffer[i] as T);
  }

  toArray(): T[] {
    return this.slice();
  }

  /** JSON sees this view's items, never the shared buffer's later appends. */
  toJSON(): T[] {
    return this.toArray();
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = this.start; i < this.end; i++) yield this.buffer[i] as T;
  }
}
