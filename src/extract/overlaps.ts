// overlapFinder: the items that overlap a range, found by binary search (over the items sorted by start,
// with the furthest end reached so far) instead of a scan of all of them: a long document's thousands of
// mentions and spans are checked against each other in n log n, not n².

/** A function giving the indices (into `items`, in the order of their starts) of the items that overlap [start, end). */
export function overlapFinder(items: readonly { start: number; end: number }[]): (start: number, end: number) => number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start);
  const reached: number[] = [];
  for (const i of order) reached.push(Math.max(items[i].end, reached.length > 0 ? reached[reached.length - 1] : -Infinity));
  return (start, end) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reached[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < order.length; k++) {
      const it = items[order[k]];
      if (it.start >= end) break;
      if (it.end > start) out.push(order[k]);
    }
    return out;
  };
}
