import type { SourceArchive } from "./archive.js";

// Syndicated copy repeats quotations word for word across articles: what a quotation finds depends
// only on its text, the archive and the limit, so recent texts' results are kept and shared. The
// bound keeps memory flat on a long run (on the bench corpus, half the repeats fall within it).
const MAX_TEXTS = 1024;

/** Results per quotation text in a finished archive, for the most recent texts. */
export class RecentByText<T> {
  private readonly byArchive = new WeakMap<SourceArchive, Map<number, Map<string, T>>>();

  /** The result for `text` in `archive`, computed by `compute` unless a recent call had it. Shared: never modify it. */
  get(text: string, archive: SourceArchive, limit: number, compute: () => T): T {
    // Before finish() an archive finds nothing, and would find more later.
    if (!archive.finished) return compute();
    let byLimit = this.byArchive.get(archive);
    if (byLimit === undefined) this.byArchive.set(archive, (byLimit = new Map()));
    let recent = byLimit.get(limit);
    if (recent === undefined) byLimit.set(limit, (recent = new Map()));
    const known = recent.get(text);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the first in the map.
      recent.delete(text);
      recent.set(text, known);
      return known;
    }
    const result = compute();
    recent.set(text, result);
    if (recent.size > MAX_TEXTS) recent.delete(recent.keys().next().value as string);
    return result;
  }
}
