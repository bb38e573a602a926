import { describe, expect, it } from "vitest";
import type { CorpusBuilder } from "@copydesk/core";
import { rules, type QuotesCorpus } from "../src/index.js";
import { read } from "./helpers/run.js";

const SOURCE_A = ["“The harbor has waited twenty years for this decision,” Mayor Elena Ruiz said on Tuesday."];
const SOURCE_B = ["“We do not expect any job losses at the terminal,” port director Samuel Okoye said."];
const CHECKED = ["“The harbor has waited twenty years for this decision,” said Samuel Okoye.", "“We expect job losses at the terminal,” Okoye said."];

const builders = () => rules.flatMap((rule) => (rule.corpus ? [{ id: rule.meta.id, builder: rule.corpus() as CorpusBuilder<QuotesCorpus> }] : []));

/** Verdicts of every quotation rule on CHECKED, given a corpus map. */
function verdicts(corpus: ReadonlyMap<string, unknown>): string[] {
  const article = read(CHECKED, "story.txt");
  return rules.flatMap((rule) =>
    rule.check(article, { options: decode(rule), severity: rule.meta.defaultSeverity, settings: { preset: "ap" }, corpus }).map((r) => `${rule.meta.id} ${r.span.block}:${r.span.start}-${r.span.end}`),
  );
}

import { Schema } from "effect";
const decode = (rule: (typeof rules)[number]) => Schema.decodeUnknownSync(rule.meta.options)({});

describe("the quotation corpus", () => {
  it("is one archive shared by every quotation rule of a run", () => {
    const list = builders();
    const source = read(SOURCE_A, "a.txt");
    for (const { builder } of list) builder.add(source, "source");
    const finished = list.map(({ builder }) => builder.finish());
    expect(new Set(finished).size).toBe(1);
    expect(finished[0]?.sources.stats()).toMatchObject({ articles: 1, passages: 1 });
  });

  it("builds the same verdicts from shards read on other threads (snapshot, structured clone, absorb in shard order)", () => {
    // One thread: every article through one set of builders.
    const single = builders();
    for (const [paragraphs, id] of [[SOURCE_A, "a.txt"], [SOURCE_B, "b.txt"]] as const) {
      const article = read(paragraphs, id);
      single.forEach(({ builder }) => builder.add(article, "source"));
    }
    const checked = read(CHECKED, "story.txt");
    single.forEach(({ builder }) => builder.add(checked, "checked"));
    const one = new Map(single.map(({ id, builder }) => [id, builder.finish()]));

    // Shards: each read into fresh builders, snapshotted, sent (cloned), absorbed in order by fresh builders.
    const shard = (paragraphs: ReadonlyArray<string>, id: string, role: "source" | "checked") => {
      const list = builders();
      const article = read(paragraphs, id);
      list.forEach(({ builder }) => builder.add(article, role));
      return Object.fromEntries(list.map(({ id: ruleId, builder }) => [ruleId, builder.snapshot?.()]));
    };
    const empty = Object.fromEntries(builders().map(({ id, builder }) => [id, builder.snapshot?.()]));
    const shards = structuredClone([shard(SOURCE_A, "a.txt", "source"), empty, shard(SOURCE_B, "b.txt", "source"), shard(CHECKED, "story.txt", "checked")]);
    const fresh = builders();
    for (const snapshots of shards) fresh.forEach(({ id, builder }) => builder.absorb?.(snapshots[id]));
    const many = new Map(fresh.map(({ id, builder }) => [id, builder.finish()]));

    expect(new Set(many.values()).size).toBe(1);
    expect([...many.values()][0]?.sources.stats()).toEqual([...one.values()][0]?.sources.stats());
    expect(verdicts(many)).toEqual(verdicts(one));
    expect(verdicts(one)).toEqual(["quotes/misattributed 0:1-53", "quotes/altered 1:1-37"]);
  });

  it("is built once and read by every other builder through shared memory (share, structured clone, adopt)", () => {
    const built = builders();
    for (const [paragraphs, id, role] of [[SOURCE_A, "a.txt", "source"], [SOURCE_B, "b.txt", "source"], [CHECKED, "story.txt", "checked"]] as const) {
      const article = read(paragraphs, id);
      built.forEach(({ builder }) => builder.add(article, role));
    }
    const one = new Map(built.map(({ id, builder }) => [id, builder.finish()]));
    // As a worker sends it to the others: one message, so the rules' entries stay one object.
    const shared = structuredClone(Object.fromEntries(built.map(({ id, builder }) => [id, builder.share?.()])));
    const sharedCorpus = Object.values(shared)[0] as { checked: { postings: { ids: Uint32Array } } };
    expect(sharedCorpus.checked.postings.ids.buffer).toBeInstanceOf(SharedArrayBuffer);

    const adopting = builders();
    adopting.forEach(({ id, builder }) => builder.adopt?.(shared[id]));
    const adopted = new Map(adopting.map(({ id, builder }) => [id, builder.finish()]));
    expect(new Set(adopted.values()).size).toBe(1);
    const corpus = [...adopted.values()][0] as QuotesCorpus;
    expect(corpus.sources.stats()).toEqual([...one.values()][0]?.sources.stats());
    expect(corpus.sources.finished).toBe(true);
    expect(verdicts(adopted)).toEqual(verdicts(one));
    expect(() => adopting[0]?.builder.adopt?.({ kind: "something else" })).toThrow(/shared quotes corpus/);
  });
});
