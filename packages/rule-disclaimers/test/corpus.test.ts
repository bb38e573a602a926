// disclaimers/corpus-boilerplate on a generated feed: what the builder learns, what the rule
// reports, what it must leave alone, and that the builder stays compact and mergeable.
import type { Article, RuleReport } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { BoilerplateIndex, corpusBoilerplateRule, createBoilerplateCorpus, CORPUS_RULE_ID, learnedBoilerplate } from "../src/index.js";
import { footerA, FOOTER_B, generateFeed, type FeedArticle } from "./helpers/feed.js";

const DEFAULTS = { minShare: 0.05, minArticles: 10 };

function learn(feed: ReadonlyArray<FeedArticle>): BoilerplateIndex {
  const builder = createBoilerplateCorpus();
  for (const { article } of feed) builder.add(article, "checked");
  return builder.finish();
}

function check(article: Article, index: BoilerplateIndex, options: unknown = {}): ReadonlyArray<RuleReport> {
  const decoded = Schema.decodeUnknownSync(corpusBoilerplateRule.meta.options)(options);
  return corpusBoilerplateRule.check(article, { options: decoded, severity: "info", settings: { preset: "ap" }, corpus: new Map([[CORPUS_RULE_ID, index]]) });
}

const count = (feed: ReadonlyArray<FeedArticle>, key: "footerA" | "footerB" | "menafn" | "market") => feed.filter((f) => f[key] !== undefined).length;

describe("a feed of 2,000 articles: a footer in 30% of them, another in 2%", () => {
  const feed = generateFeed({ articles: 2000, footerA: 0.3, footerB: 0.02, menafn: 0.2, market: 0.4, footerInside: 0.25 });
  const index = learn(feed);

  it("plants what it says", () => {
    expect([count(feed, "footerA"), count(feed, "footerB"), count(feed, "menafn"), count(feed, "market")]).toEqual([600, 40, 400, 800]);
    // The processor marks the known disclaimer, not the new aggregator's footer.
    const sample = feed.find((f) => f.footerA !== undefined && f.menafn !== undefined) as FeedArticle;
    expect(sample.article.blocks[sample.menafn as number]?.boilerplate).toEqual({ category: "disclaimer", provider: "MENAFN" });
    expect(sample.article.blocks[sample.footerA as number]?.boilerplate).toBeUndefined();
  });

  it("learns the 30% footer (its dated variants as one block) and the known disclaimer, not the 2% footer or the market lines", () => {
    const learned = index.recurring(DEFAULTS);
    expect(index.articles).toBe(2000);
    expect(learned.map((b) => [b.articles, b.knownAs ?? null])).toEqual([
      [600, null],
      [400, { category: "disclaimer", provider: "MENAFN" }],
    ]);
    expect(learned[0]?.sample).toMatch(/^Shared on June \d+ through Harbourline Exchange/);
    expect(learned[0]?.maxArticles).toBe(600);
    expect(learned[1]?.markedShare).toBe(1);
    expect(index.match(FOOTER_B, 2)?.block.articles).toBe(40);
  });

  it("reports the footer in exactly the articles that carry it, at that block, and nothing else", () => {
    const reported: Array<[string, number]> = [];
    const expected: Array<[string, number]> = [];
    let first: RuleReport | undefined;
    for (const { article, footerA: at } of feed) {
      const reports = check(article, index);
      for (const report of reports) reported.push([article.id, report.span.block]);
      if (at !== undefined) expected.push([article.id, at]);
      first ??= reports[0];
    }
    expect(reported).toEqual(expected);
    expect(first?.message).toBe(
      "This paragraph recurs in 600 of the 2,000 articles checked (30%): it is feed boilerplate inside the story; delete it or move it out of the body.",
    );
    expect(first?.evidence).toMatchObject({ articles: 600, total: 2000, share: 0.3 });
    expect(first?.span.start).toBe(0);
  });

  it("a lower share learns the 2% footer too", () => {
    const withB = feed.find((f) => f.footerB !== undefined) as FeedArticle;
    expect(check(withB.article, index).map((r) => r.span.block)).not.toContain(withB.footerB);
    expect(check(withB.article, index, { minShare: 0.01 }).map((r) => r.span.block)).toContain(withB.footerB);
  });

  it("stays compact: a bounded number of clusters while reading, and only recurring ones kept", () => {
    const builder = createBoilerplateCorpus();
    let most = 0;
    for (const { article } of feed) {
      builder.add(article, "checked");
      most = Math.max(most, builder.stats.clusters);
    }
    // Lossy counting drops one-off paragraphs every 500 articles (errorRate 0.002): about 2 x 500
    // articles' worth of paragraphs at most, whatever the length of the feed.
    const blocksPerArticle = Math.max(...feed.map((f) => f.article.blocks.length));
    expect(most).toBeLessThan(2 * 500 * blocksPerArticle);
    expect(builder.stats.clusters).toBeLessThan(most);
    const finished = builder.finish();
    expect(finished.size).toBeLessThan(100);
  });

  it("is deterministic, and shards read on worker threads merge into the same learned set", () => {
    expect(learn(feed).recurring(DEFAULTS)).toEqual(index.recurring(DEFAULTS));
    const shards = [0, 1, 2, 3].map((s) => {
      const builder = createBoilerplateCorpus();
      for (const { article } of feed.slice(s * 500, (s + 1) * 500)) builder.add(article, "checked");
      return structuredClone(builder.snapshot());
    });
    const merged = createBoilerplateCorpus();
    for (const shard of shards) merged.absorb(shard);
    const learned = merged.finish().recurring(DEFAULTS);
    expect(learned.map((b) => [b.articles, b.knownAs ?? null])).toEqual([
      [600, null],
      [400, { category: "disclaimer", provider: "MENAFN" }],
    ]);
    // Numbered by frequency, not by the order each thread met them, so a report's cluster numbers
    // do not depend on --concurrency.
    expect(learned.map((b) => b.id)).toEqual(index.recurring(DEFAULTS).map((b) => b.id));
    expect(learned.map((b) => b.id)).toEqual([0, 1]);
  });

  it("numbers recurring blocks the same whichever shard met them first", () => {
    const quarter = (s: number) => {
      const builder = createBoilerplateCorpus();
      for (const { article } of feed.slice(s * 500, (s + 1) * 500)) builder.add(article, "checked");
      return structuredClone(builder.snapshot());
    };
    const ids = (order: ReadonlyArray<number>, minShare: number) => {
      const merged = createBoilerplateCorpus();
      for (const s of order) merged.absorb(quarter(s));
      return merged.finish().recurring({ minShare, minArticles: 2 }).map((b) => [b.id, b.articles, b.sample.slice(0, 40)]);
    };
    const forward = ids([0, 1, 2, 3], 0.01);
    expect(forward.length).toBeGreaterThan(2);
    expect(ids([3, 2, 1, 0], 0.01).map(([id, articles]) => [id, articles])).toEqual(forward.map(([id, articles]) => [id, articles]));
  });
});

describe("disclaimers/corpus-boilerplate: small runs and other roles", () => {
  it("learns nothing from a run smaller than minArticles, even when every article has the footer", () => {
    const feed = generateFeed({ articles: 8, footerA: 1 });
    const index = learn(feed);
    expect(index.recurring(DEFAULTS)).toEqual([]);
    expect(feed.flatMap((f) => check(f.article, index))).toEqual([]);
    expect(feed.flatMap((f) => check(f.article, index, { minArticles: 5 }))).toHaveLength(8);
  });

  it("ignores originals read with --sources", () => {
    const builder = createBoilerplateCorpus();
    for (const { article } of generateFeed({ articles: 50, footerA: 1 })) builder.add(article, "source");
    expect(builder.finish().articles).toBe(0);
  });

  it("reports nothing without a corpus (the rule off, or a single-file check)", () => {
    const [one] = generateFeed({ articles: 1, footerA: 1 });
    expect(corpusBoilerplateRule.check((one as FeedArticle).article, { options: { ...DEFAULTS, minWords: 8 }, severity: "info", settings: { preset: "ap" }, corpus: new Map() })).toEqual([]);
  });

  it("exposes the learned set to other rules and reports", () => {
    const index = learn(generateFeed({ articles: 100, footerA: 0.5 }));
    expect(learnedBoilerplate(new Map([[CORPUS_RULE_ID, index]]))).toBe(index);
    expect(learnedBoilerplate(new Map())).toBeUndefined();
    expect(index.match(footerA(3))?.block.articles).toBe(50);
    expect(index.match("A paragraph nobody has seen before, long enough to be fingerprinted by the builder.")).toBeUndefined();
  });
});
