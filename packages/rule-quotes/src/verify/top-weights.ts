/** Whether an id may be chosen at all (a query that wants only some passages); asked only of ids that would be chosen. */
export type Accept = (id: number) => boolean;

/**
 * The `limit` ids of highest weight, heaviest first and, of equal weights, lowest id first: what
 * sorting all of them and keeping the first `limit` gives, without sorting them all. With
 * `accept`, the best of the ids it accepts; it is asked only about an id heavy enough to be
 * among the best so far, so a test that costs something is made a few times, not once an id.
 */
export function topByWeight(ids: ArrayLike<number>, weights: Float64Array, limit: number, accept?: Accept): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  const before = (a: number, b: number): boolean => {
    const wa = weights[a] as number;
    const wb = weights[b] as number;
    return wa > wb || (wa === wb && a < b);
  };
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (best.length === limit && !before(id, best[limit - 1] as number)) continue;
    if (accept !== undefined && !accept(id)) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && before(id, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = id;
  }
  return best;
}
