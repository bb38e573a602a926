import type { SourceArchive } from "./archive.js";
import type { PassageMatch } from "./verify.js";

// Syndicated copy repeats quotations word for word across articles: a quotation's matches depend
// only on its text, the archive and the limit, so recent texts' matches are kept and shared. The
// bound keeps memory flat on a long run (on the bench corpus, half the repeats fall within it).
const MAX_TEXTS = 1024;

const byArchive = new WeakMap<SourceArchive, Map<number, Map<string, ReadonlyArray<PassageMatch>>>>();

/** The matches of `text` in a finished `archive`, computed by `compute` unless a recent call had them. Shared: never modify them. */
export function recentMatches(text: string, archive: SourceArchive, limit: number, compute: () => ReadonlyArray<PassageMatch>): ReadonlyArray<PassageMatch> {
  // Before finish() an archive finds nothing, and would find more later.
  if (!archive.finished) return compute();
  let byLimit = byArchive.get(archive);
  if (byLimit === undefined) byArchive.set(archive, (byLimit = new Map()));
  let recent = byLimit.get(limit);
  if (recent === undefined) byLimit.set(limit, (recent = new Map()));
  const known = recent.get(text);
  if (known !== undefined) {
    // Most recently used last, so the oldest is the first in the map.
    recent.delete(text);
    recent.set(text, known);
    return known;
  }
  const matches = compute();
  recent.set(text, matches);
  if (recent.size > MAX_TEXTS) recent.delete(recent.keys().next().value as string);
  return matches;
}
