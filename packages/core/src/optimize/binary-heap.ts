// Internal: the binary heap behind the greedy placements (allocateInteger, addStaff by shortage).

/**
 * Binary heap ordered by `before(a, b)` (true when a must come out first). Deterministic: equal items come
 * out in the order `before` gives them, so a total order (with a final tie-break) gives a fixed sequence.
 *
 * @example
 * const heap = new BinaryHeap<number>((a, b) => a < b);
 * [5, 1, 3].forEach((x) => heap.push(x));
 * heap.pop(); // 1
 */
export class BinaryHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let k = items.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!this.before(items[k]!, items[p]!)) break;
      [items[k], items[p]] = [items[p]!, items[k]!];
      k = p;
    }
  }

  /** The first item, left in the heap (undefined when empty). */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Removes and returns the first item (undefined when empty). */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last!;
      this.siftDown(0);
    }
    return top;
  }

  /** Restores the order after the first item's priority changed in place. */
  fixTop(): void {
    if (this.items.length > 0) this.siftDown(0);
  }

  private siftDown(start: number): void {
    const items = this.items;
    let k = start;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < items.length && this.before(items[l]!, items[m]!)) m = l;
      if (r < items.length && this.before(items[r]!, items[m]!)) m = r;
      if (m === k) return;
      [items[k], items[m]] = [items[m]!, items[k]!];
      k = m;
    }
  }
}
