import type * as Y from 'yjs';

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/**
 * The ranges an update's delete set covers, sorted per client once so each lookup is a binary
 * search: a hostile update may carry tens of thousands of items and of ranges, in any order.
 */
export class DeletedRanges {
  private readonly sorted = new Map<number, Array<{ clock: number; end: number }>>();

  constructor(private readonly ds: DeleteSet) {}

  /** True when the update deletes every clock of `item`. */
  covers(item: { id: Y.ID; length: number }): boolean {
    const ranges = this.rangesOf(item.id.client);
    const from = item.id.clock;
    const to = from + item.length;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = ranges[mid]!;
      if (from < range.clock) hi = mid - 1;
      else if (from >= range.end) lo = mid + 1;
      else return to <= range.end;
    }
    return false;
  }

  private rangesOf(client: number): Array<{ clock: number; end: number }> {
    let ranges = this.sorted.get(client);
    if (!ranges) {
      const raw = this.ds.clients.get(client) ?? [];
      // Merged, so a range split in two by the encoder still covers an item spanning both.
      const ordered = raw.map((r) => ({ clock: r.clock, end: r.clock + r.len }));
      ordered.sort((a, b) => a.clock - b.clock);
      ranges = [];
      for (const range of ordered) {
        const last = ranges[ranges.length - 1];
        if (last && range.clock <= last.end) last.end = Math.max(last.end, range.end);
        else ranges.push({ ...range });
      }
      this.sorted.set(client, ranges);
    }
    return ranges;
  }
}
