import type { Article, CorpusBuilder } from "@copydesk/core";
import { SourceArchive, isArchiveSnapshot, isSharedArchive, snapshotSize, type ArchiveSnapshot, type SharedArchive } from "./verify/archive.js";
import { passagesOf } from "./verify/passages.js";

/** What the quotation rules know about the whole run. */
export interface QuotesCorpus {
  /** Quotations and reported speech of the --sources originals. */
  readonly sources: SourceArchive;
  /** Quotations (direct and partial) of the checked articles, for one quotation given to two speakers across articles. */
  readonly checked: SourceArchive;
}

/** The corpus as plain data, for runs on worker threads. */
export interface QuotesCorpusSnapshot {
  readonly kind: "copydesk/quotes-corpus";
  readonly sources: ArchiveSnapshot;
  readonly checked: ArchiveSnapshot;
}

/** A finished corpus over SharedArrayBuffers, which every worker reads instead of building its own. */
export interface SharedQuotesCorpus {
  readonly kind: "copydesk/shared-quotes-corpus";
  readonly sources: SharedArchive;
  readonly checked: SharedArchive;
}

const isShared = (value: unknown): value is SharedQuotesCorpus => {
  const candidate = value as Partial<SharedQuotesCorpus> | null;
  return typeof candidate === "object" && candidate !== null && candidate.kind === "copydesk/shared-quotes-corpus" && isSharedArchive(candidate.sources) && isSharedArchive(candidate.checked);
};

const isSnapshot = (value: unknown): value is QuotesCorpusSnapshot => {
  const candidate = value as Partial<QuotesCorpusSnapshot> | null;
  return typeof candidate === "object" && candidate !== null && candidate.kind === "copydesk/quotes-corpus" && isArchiveSnapshot(candidate.sources) && isArchiveSnapshot(candidate.checked);
};

class SharedCorpus {
  private readonly sources = new SourceArchive();
  private readonly checked = new SourceArchive();
  private readonly seen = new WeakSet<object>();
  private result: QuotesCorpus | undefined;
  private taken: QuotesCorpusSnapshot | undefined;
  private sharedForm: SharedQuotesCorpus | undefined;

  get finished(): boolean {
    return this.result !== undefined;
  }

  add(article: Article, role: "checked" | "source"): void {
    if (this.seen.has(article) || this.result !== undefined) return;
    this.seen.add(article);
    this.taken = undefined;
    if (role === "source") {
      this.sources.addArticle(article);
      return;
    }
    for (const passage of passagesOf(article)) if (passage.kind !== "reported") this.checked.addPassage(passage);
  }

  /** One snapshot object for all the builders sharing this corpus: a structured clone keeps it one object. */
  snapshot(): QuotesCorpusSnapshot {
    this.taken ??= { kind: "copydesk/quotes-corpus", sources: this.sources.snapshot(), checked: this.checked.snapshot() };
    return this.taken;
  }

  absorb(snapshot: QuotesCorpusSnapshot): void {
    if (this.seen.has(snapshot) || this.result !== undefined) return;
    this.seen.add(snapshot);
    this.taken = undefined;
    this.sources.absorb(snapshot.sources);
    this.checked.absorb(snapshot.checked);
  }

  finish(): QuotesCorpus {
    this.result ??= { sources: this.sources.finish(), checked: this.checked.finish() };
    return this.result;
  }

  /** One object for all the builders sharing this corpus, as with snapshots. */
  share(): SharedQuotesCorpus {
    const { sources, checked } = this.finish();
    this.sharedForm ??= { kind: "copydesk/shared-quotes-corpus", sources: sources.toShared(), checked: checked.toShared() };
    return this.sharedForm;
  }

  adopt(shared: SharedQuotesCorpus): void {
    if (this.result !== undefined) return;
    this.sharedForm = shared;
    this.result = { sources: SourceArchive.fromShared(shared.sources), checked: SourceArchive.fromShared(shared.checked) };
  }
}

// The engine asks every enabled rule for its own builder and hands each article (or, on worker
// threads, each shard's snapshot) to all of them in turn. The quotation rules all need the same
// archive, so their builders join the corpus the first of them started for that article or
// snapshot: one archive per run, whichever of the rules are enabled. Were the snapshot cloned
// apart, each builder would simply build its own, equal corpus.
const startedBy = new WeakMap<object, SharedCorpus>();

/** The corpus builder every quotation rule declares; all of a run's builders share one corpus. */
export function quotesCorpusBuilder(): CorpusBuilder<QuotesCorpus> {
  let shared: SharedCorpus | undefined;
  const join = (key: object): SharedCorpus => {
    if (shared === undefined) {
      const started = startedBy.get(key);
      shared = started !== undefined && !started.finished ? started : new SharedCorpus();
      startedBy.set(key, shared);
    }
    return shared;
  };
  return {
    add(article, role) {
      join(article).add(article, role);
    },
    snapshot() {
      return (shared ??= new SharedCorpus()).snapshot();
    },
    absorb(snapshot) {
      // A shard with no article (all its files failed) adds nothing, and must not start a corpus of its own.
      if (!isSnapshot(snapshot) || (snapshotSize(snapshot.sources) === 0 && snapshotSize(snapshot.checked) === 0)) return;
      join(snapshot).absorb(snapshot);
    },
    finish() {
      return (shared ??= new SharedCorpus()).finish();
    },
    share() {
      return (shared ??= new SharedCorpus()).share();
    },
    adopt(value) {
      if (!isShared(value)) throw new Error("quotes: adopt() was given something other than a shared quotes corpus");
      // The first builder to adopt it makes the corpus; the others join that one, finished as it is.
      if (shared === undefined) {
        shared = startedBy.get(value) ?? new SharedCorpus();
        startedBy.set(value, shared);
      }
      shared.adopt(value);
    },
  };
}

/** The run's corpus as a rule sees it (undefined when the rule runs without a corpus pass, as in unit tests). */
export const corpusOf = (corpus: ReadonlyMap<string, unknown>, ruleId: string): QuotesCorpus | undefined =>
  corpus.get(ruleId) as QuotesCorpus | undefined;
