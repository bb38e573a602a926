// Against ground truth written by someone else: the project's seeded corpus generator
// (tooling/corpus, also used by `pnpm bench`) plants stacked and duplicated disclaimers and a
// feed-wide footer in HTML, Markdown and text articles and records what it planted where. Every
// planted duplicate, stack and footer must be found, and nothing else.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkArticle, resolveConfig, type Finding } from "@copydesk/core";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "@copydesk/tooling/corpus";
import { createBoilerplateCorpus, CORPUS_RULE_ID, rules } from "../src/index.js";
import { parsed } from "./helpers/articles.js";


interface Truth {
  readonly path: string;
  readonly format: string;
  readonly providers: ReadonlyArray<string>;
  readonly footer: "planted" | "rare" | null;
}

describe("the bench corpus (400 articles in HTML, Markdown and text)", () => {
  const out = mkdtempSync(join(tmpdir(), "copydesk-bench-corpus-"));
  generateCorpus(400, out, { seed: 7, formats: ["html", "md", "txt"] });

  it("finds every planted duplicate, stack and footer, and nothing else", () => {
    const truth = readFileSync(join(out, "truth.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Truth);
    const articles = truth.map((t) => parsed(join(out, t.path), readFileSync(join(out, t.path), "utf8")));
    const builder = createBoilerplateCorpus();
    for (const article of articles) builder.add(article, "checked");
    const corpus = new Map([[CORPUS_RULE_ID, builder.finish()]]);
    const config = Either.getOrThrow(resolveConfig({ path: "<test>", file: {}, rules }));

    const got: string[] = [];
    const want: string[] = [];
    articles.forEach((article, i) => {
      const t = truth[i] as Truth;
      const findings: Finding[] = [...checkArticle(article, config, corpus).findings];
      for (const f of findings) got.push(`${t.path} ${f.ruleId}`);
      if (t.providers.length === 2) want.push(`${t.path} disclaimers/duplicate`);
      if (new Set(t.providers).size === 2) want.push(`${t.path} disclaimers/stacked`);
      if (t.footer === "planted") want.push(`${t.path} disclaimers/corpus-boilerplate`);
    });
    expect(got.sort()).toEqual(want.sort());
    expect(new Set(truth.map((t) => t.format))).toEqual(new Set(["html", "md", "txt"]));
    expect(want.filter((w) => w.endsWith("stacked")).length).toBeGreaterThan(50);
    expect(want.filter((w) => w.endsWith("corpus-boilerplate")).length).toBeGreaterThan(80);
    // 13 s beside the other packages' tests on two shared cores: the limit only catches a hang.
  }, 90_000);
});
