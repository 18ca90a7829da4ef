import { compareJavaStrings } from '../member-order.ts';

/**
 * GeneralAssignmentBuilder.sortedCurrentSubscriptions: a TreeSet of member ids ordered by
 * SubscriptionComparator (assignment size, then member id). As in Kafka, callers remove a member
 * before changing its assignment and add it back afterwards, so the order stays consistent.
 */
export class SortedConsumers {
  private readonly items: string[] = [];

  constructor(private readonly sizeOf: (consumer: string) => number) {}

  private compare(a: string, b: string): number {
    return this.sizeOf(a) - this.sizeOf(b) || compareJavaStrings(a, b);
  }

  // Lower-bound binary search, the lookup a TreeSet does with its comparator.
  private search(consumer: string): { found: boolean; at: number } {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid]!, consumer) < 0) lo = mid + 1;
      else hi = mid;
    }
    const found = lo < this.items.length && this.compare(this.items[lo]!, consumer) === 0;
    return { found, at: lo };
  }

  add(consumer: string): void {
    const { found, at } = this.search(consumer);
    if (!found) this.items.splice(at, 0, consumer);
  }

  remove(consumer: string): void {
    const { found, at } = this.search(consumer);
    if (found) this.items.splice(at, 1);
  }

  get size(): number {
    return this.items.length;
  }

  first(): string | undefined {
    return this.items[0];
  }

  last(): string | undefined {
    return this.items[this.items.length - 1];
  }

  /** Ascending order; a snapshot, so callers may add or remove while walking it. */
  ascending(): readonly string[] {
    return [...this.items];
  }

  /** The first member in ascending order that satisfies `test` (the TreeSet walks in Kafka's loops). */
  find(test: (consumer: string) => boolean): string | undefined {
    return this.items.find(test);
  }
}
