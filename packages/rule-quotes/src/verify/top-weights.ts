/**
 * The `limit` ids of highest weight, heaviest first and, of equal weights, lowest id first: what
 * sorting all of them and keeping the first `limit` gives, without sorting them all.
 */
export function topByWeight(ids: ArrayLike<number>, weights: Float64Array, limit: number): number[] {
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
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && before(id, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = id;
  }
  return best;
}
