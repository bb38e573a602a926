import type { SourceArchive } from "./archive.js";
import { RecentByText } from "./recent-by-text.js";
import type { PassageMatch } from "./verify.js";

const recent = new RecentByText<ReadonlyArray<PassageMatch>>();

/** The matches of `text` in a finished `archive`, computed by `compute` unless a recent call had them. Shared: never modify them. */
export const recentMatches = (text: string, archive: SourceArchive, limit: number, compute: () => ReadonlyArray<PassageMatch>): ReadonlyArray<PassageMatch> =>
  recent.get(text, archive, limit, compute);
