import type { Schema } from "effect";
import type { Article } from "./article.js";
import type { Severity } from "./severity.js";

/** A range `[start, end)` in the text of block `block`. */
export interface Span {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** An edit a rule proposes: replace a span of block text, or the whole block (its element or lines). */
export type RuleEdit =
  | { readonly span: Span; readonly text: string }
  | { readonly wholeBlock: number; readonly text: string };

export interface RuleFix {
  readonly description: string;
  readonly edits: ReadonlyArray<RuleEdit>;
}

/** What a rule reports; the engine resolves spans to lines and columns in the source. */
export interface RuleReport {
  readonly span: Span;
  readonly message: string;
  /** Lower than the configured severity when the context calls for it (a name inside a quotation). */
  readonly severity?: Severity;
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly fix?: RuleFix;
  readonly related?: ReadonlyArray<{ readonly span: Span; readonly message: string }>;
}

/** Settings shared by every rule (from the config's top level and the CLI). */
export interface SharedSettings {
  /** House style preset: ap, reuters, bbc, guardian. */
  readonly preset: string;
}

export interface RuleContext<Options> {
  readonly options: Options;
  readonly severity: Severity;
  readonly settings: SharedSettings;
  /** Read-only indexes built from every article of the run (boilerplate, source archive), by rule id. */
  readonly corpus: ReadonlyMap<string, unknown>;
}

/**
 * Builds an index over every article of the run before rules check any of them.
 * Must stay compact: it sees each article once, in a first pass.
 */
export interface CorpusBuilder<Index> {
  add(article: Article, role: "checked" | "source"): void;
  finish(): Index;
  /**
   * For runs on worker threads: the builder's state as plain data (what structured clone keeps:
   * objects, arrays, Maps, typed arrays, strings, numbers), so each worker can build over its
   * share of the files and every worker can then `absorb` the others' snapshots. `absorb` must
   * not depend on the order snapshots arrive in beyond what the engine guarantees (shard order,
   * the same in every worker). A builder without both methods keeps the run on one thread.
   */
  snapshot?(): unknown;
  absorb?(snapshot: unknown): void;
  /**
   * For runs on worker threads, after `finish`: the finished index in memory every thread can
   * read (typed arrays over SharedArrayBuffers, plus small plain data), so that one worker builds
   * it and the others `adopt` it rather than each holding a copy. Optional: without it, every
   * worker absorbs every snapshot.
   */
  share?(): unknown;
  /** Takes an index another thread's builder `share`d, instead of snapshots; `finish` then returns it. */
  adopt?(shared: unknown): void;
}

export interface RuleMeta<Options> {
  /** `package/rule`, kebab case: `names/house-style`. */
  readonly id: string;
  /** One line, for `copydesk rules`. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** Decodes the user's options; its defaults are the rule's defaults. */
  readonly options: Schema.Schema<Options, any>;
  readonly docsUrl?: string;
  /** House-style presets the rule understands (the names rules); the config's `preset` must be one of them. */
  readonly presets?: ReadonlyArray<string>;
}

export interface Rule<Options = any> {
  readonly meta: RuleMeta<Options>;
  /** Pure and synchronous: the same article and context always give the same reports. */
  readonly check: (article: Article, context: RuleContext<Options>) => ReadonlyArray<RuleReport>;
  readonly corpus?: () => CorpusBuilder<unknown>;
}

/** Identity helper that infers a rule's option type. */
export const defineRule = <Options>(rule: Rule<Options>): Rule<Options> => rule;
