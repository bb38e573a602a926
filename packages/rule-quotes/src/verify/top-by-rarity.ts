import { indexInSorted } from "./sorted-search.js";
import { topByWeight, type Accept } from "./top-weights.js";

/** A word pair of a quotation found in the index: the passages holding it (ascending, no repeats) and its rarity. */
export interface PairList {
  readonly ids: Uint32Array;
  readonly rarity: number;
}

export interface Weighed {
  readonly id: number;
  /** Sum of the rarities of the lists holding it, added up in the lists' order. */
  readonly weight: number;
}

// The ids a query finds (see topByRarity), kept between queries and grown with the archive.
let foundScratch = new Uint32Array(0);
// What `accept` said of each id found (0 not asked, 1 yes, 2 no), all 0 between queries.
let verdictScratch = new Uint8Array(0);

/**
 * The `limit` ids of highest summed rarity over `lists`, heaviest first and, of equal weights,
 * lowest id first, with their weights: exactly what adding up every list in its order and keeping
 * the best gives, without walking every list. Rare lists are walked first; once the best `limit`
 * outweigh all that the unwalked lists could add, an id in none of the walked lists cannot catch
 * up, and the longer lists are only searched for the few ids still in the running (max-score
 * pruning); those get their weights summed exactly, in the lists' order.
 *
 * With `accept`, the best of the ids it accepts, the others weighed but never chosen; it is asked
 * once an id, and only of ids heavy enough to be chosen.
 *
 * `weights` is scratch, one slot per id, all 0 on entry and on return.
 */
export function topByRarity(lists: ReadonlyArray<PairList>, limit: number, weights: Float64Array, accept?: Accept): Weighed[] {
  if (lists.length === 0 || limit <= 0) return [];
  // Rarest first (a shorter list is a rarer pair); `left[j]` is what the lists from j on can add.
  const order = lists.map((_, i) => i).sort((a, b) => (lists[a] as PairList).ids.length - (lists[b] as PairList).ids.length || a - b);
  const left = new Float64Array(order.length + 1);
  // `unread[j]`: the entries of the lists from j on, what stopping before list j saves.
  const unread = new Float64Array(order.length + 1);
  for (let j = order.length - 1; j >= 0; j--) {
    const list = lists[order[j] as number] as PairList;
    left[j] = (left[j + 1] as number) + list.rarity;
    unread[j] = (unread[j + 1] as number) + list.ids.length;
  }
  // Sums in another order differ from the exact ones in the last bits; this is far above that
  // and far below any real difference of weights. It only ever keeps more ids in the running.
  const margin = 1e-9 * ((left[0] as number) + 1);

  // Ids in the order first found: a typed array kept between queries, as a growing array of
  // hundreds of ids per query cost more in allocation and collection than the walk itself.
  if (foundScratch.length < weights.length) foundScratch = new Uint32Array(weights.length);
  const found = foundScratch;
  if (accept !== undefined && verdictScratch.length < weights.length) verdictScratch = new Uint8Array(weights.length);
  const verdicts = verdictScratch;
  const accepted: Accept | undefined =
    accept === undefined
      ? undefined
      : (id) => {
          if (verdicts[id] === 0) verdicts[id] = accept(id) ? 1 : 2;
          return verdicts[id] === 1;
        };
  let count = 0;
  let heaviest = 0;
  let j = 0;
  for (; j < order.length; j++) {
    // Whether to stop is asked only when asking (finding the `limit`-th weight reads every id
    // found so far) is cheap beside what stopping would save: where the lists are all about as
    // long, asking before every list cost more than walking them.
    const mayStop = count >= limit && count * limit < (unread[j] as number) && (left[j] as number) + margin < heaviest;
    if (mayStop && (left[j] as number) + margin < kthWeight(found.subarray(0, count), weights, limit, accepted)) break;
    const { ids, rarity } = lists[order[j] as number] as PairList;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const before = weights[id] as number;
      if (before === 0) found[count++] = id;
      const weight = before + rarity;
      weights[id] = weight;
      if (weight > heaviest) heaviest = weight;
    }
  }

  // `left[order.length]` is 0: after a walk of every list, this keeps the best `limit` and their ties.
  let running = stillRunning(found.subarray(0, count), weights, limit, left[j] as number, margin, accepted);
  for (; j < order.length && running.length > limit; j++) {
    const { ids, rarity } = lists[order[j] as number] as PairList;
    for (const id of running) if (contains(ids, id)) weights[id] = (weights[id] as number) + rarity;
    running = stillRunning(running, weights, limit, left[j + 1] as number, margin, accepted);
  }
  // The rest of the lists go to the few still running; the exact sums below take them all in.

  // The exact weights of those still in the running: each list in its own order, as one pass would add them.
  const exact = running.map((id) => {
    let weight = 0;
    for (const { ids, rarity } of lists) if (contains(ids, id)) weight = weight + rarity;
    return weight;
  });
  for (let i = 0; i < count; i++) weights[found[i] as number] = 0;
  if (accept !== undefined) for (let i = 0; i < count; i++) verdicts[found[i] as number] = 0;
  running.forEach((id, i) => (weights[id] = exact[i] as number));
  const best = topByWeight(running, weights, limit).map((id) => ({ id, weight: weights[id] as number }));
  for (const id of running) weights[id] = 0;
  return best;
}

/** The weight of the `limit`-th best of the `ids` accepted; -Infinity when fewer are. */
function kthWeight(ids: ArrayLike<number>, weights: Float64Array, limit: number, accept?: Accept): number {
  const best = topByWeight(ids, weights, limit, accept);
  return best.length < limit ? -Infinity : (weights[best[limit - 1] as number] as number);
}

/** The accepted ids that could still be among the best `limit` when the lists not yet added could add `left` more. */
function stillRunning(ids: ArrayLike<number>, weights: Float64Array, limit: number, left: number, margin: number, accept?: Accept): number[] {
  const threshold = ids.length <= limit ? -Infinity : kthWeight(ids, weights, limit, accept);
  const running: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if ((weights[id] as number) + left + margin >= threshold && (accept === undefined || accept(id))) running.push(id);
  }
  return running;
}

/** Whether an ascending list holds `id`. */
const contains = (ids: Uint32Array, id: number): boolean => indexInSorted(ids, id) >= 0;
