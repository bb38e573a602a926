import { Effect, Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  InputError,
  SourceFile,
  applyFixes,
  articleFromText,
  checkArticle,
  checkInputs,
  decodeConfigFile,
  buildCorpus,
  defineRule,
  onArticleReleased,
  resolveConfig,
  type Article,
  type Parser,
  type Rule,
} from "../src/index.js";

// A rule that flags every "Kiev" and offers "Kyiv".
const kievRule: Rule = defineRule({
  meta: {
    id: "test/kiev",
    description: "Flags Kiev",
    defaultSeverity: "warning",
    fixable: true,
    options: Schema.Struct({ word: Schema.optionalWith(Schema.String, { default: () => "Kiev" }) }),
    presets: ["ap", "reuters"],
  },
  check: (article, context) =>
    article.blocks.flatMap((block) => {
      const reports = [];
      let at = block.text.indexOf(context.options.word);
      while (at >= 0) {
        const span = { block: block.index, start: at, end: at + context.options.word.length };
        reports.push({ span, message: `"${context.options.word}" is "Kyiv".`, fix: { description: "Use Kyiv", edits: [{ span, text: "Kyiv" }] } });
        at = block.text.indexOf(context.options.word, at + 1);
      }
      return reports;
    }),
});

const throwingRule: Rule = defineRule({
  meta: { id: "test/throws", description: "Always throws", defaultSeverity: "error", fixable: false, options: Schema.Struct({}) },
  check: () => {
    throw new Error("boom");
  },
});

const config = (rules: Rule[] = [kievRule], file = {}) => {
  const resolved = resolveConfig({ path: "<test>", file, rules });
  if (Either.isLeft(resolved)) throw resolved.left;
  return resolved.right;
};

describe("resolveConfig", () => {
  it("applies defaults, file settings and command-line overrides in that order", () => {
    const resolved = resolveConfig({ path: "c.json", file: { rules: { "test/kiev": "error" } }, rules: [kievRule], ruleOverrides: { "test/kiev": "info" } });
    expect(Either.getOrThrow(resolved).rules[0]?.severity).toBe("info");
  });

  it("suggests the closest rule id for a misspelt one", () => {
    const resolved = resolveConfig({ path: "c.json", file: { rules: { "test/kiv": "error" } }, rules: [kievRule] });
    expect(Either.isLeft(resolved) && resolved.left.message).toBe('c.json: rules["test/kiv"]: unknown rule "test/kiv"; did you mean "test/kiev"?');
  });

  it("rejects bad options naming the rule", () => {
    const resolved = resolveConfig({ path: "c.json", file: { rules: { "test/kiev": ["error", { word: 3 }] } }, rules: [kievRule] });
    expect(Either.isLeft(resolved) && resolved.left.message).toMatch(/^c\.json: rules\["test\/kiev"\] options: .*word/);
  });

  it("rejects an unknown preset with the known ones", () => {
    const resolved = resolveConfig({ path: "c.json", file: { preset: "apx" }, rules: [kievRule] });
    expect(Either.isLeft(resolved) && resolved.left.message).toMatch(/unknown house style "apx" \(known: ap, reuters\); did you mean "ap"/);
  });

  it("rejects unknown top-level keys and bad levels", () => {
    expect(Either.isLeft(decodeConfigFile("c.json", { rulez: {} }))).toBe(true);
    expect(Either.isLeft(decodeConfigFile("c.json", { rules: { "test/kiev": "loud" } }))).toBe(true);
    expect(Either.isRight(decodeConfigFile("c.json", { preset: "ap", rules: { "test/kiev": ["error", {}] } }))).toBe(true);
  });
});

describe("checkArticle", () => {
  it("resolves spans to 1-based lines and columns in the source", () => {
    const article = articleFromText(["Talks in Kiev.", "Then Kiev again."]);
    const { findings } = checkArticle(article, config());
    expect(findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.offset])).toEqual([
      [1, 10, 1, 14, 9],
      [3, 6, 3, 10, 21],
    ]);
    expect(findings[0]?.fix?.edits).toEqual([{ start: 9, end: 13, text: "Kyiv" }]);
  });

  it("reports a throwing rule as a failure of that rule, not a crash", () => {
    const result = checkArticle(articleFromText(["Kiev"]), config([kievRule, throwingRule]));
    expect(result.findings).toHaveLength(1);
    expect(result.ruleFailures).toEqual([{ ruleId: "test/throws", message: "boom" }]);
  });

  it("honours inline directives", () => {
    const text = "Kiev one\n<!-- copydesk-disable-next-line test/kiev -->\nKiev two\nKiev three\n<!-- copydesk-disable -->\nKiev four\n<!-- copydesk-enable -->\nKiev five";
    const article = articleFromText(text);
    const withComments: Article = {
      ...article,
      comments: [...text.matchAll(/<!--([^>]*)-->/g)].map((m) => ({ text: (m[1] as string).trim(), start: m.index, end: m.index + m[0].length })),
    };
    const lines = checkArticle(withComments, config()).findings.map((f) => f.line);
    expect(lines).toEqual([1, 4, 8]);
  });
});

describe("applyFixes", () => {
  it("applies non-overlapping fixes and is idempotent on the result", () => {
    const article = articleFromText(["Kiev and Kiev."]);
    const { findings } = checkArticle(article, config());
    const once = applyFixes(article.source.text, findings);
    expect(once.text).toBe("Kyiv and Kyiv.");
    const again = checkArticle(articleFromText([once.text]), config()).findings;
    expect(applyFixes(once.text, again).text).toBe(once.text);
  });

  it("skips a fix that overlaps one already taken", () => {
    const base = { ruleId: "x", severity: "error" as const, message: "m", line: 1, column: 1, endLine: 1, endColumn: 1 };
    const result = applyFixes("abcdef", [
      { ...base, offset: 0, endOffset: 3, fix: { description: "a", edits: [{ start: 0, end: 3, text: "X" }] } },
      { ...base, offset: 2, endOffset: 4, fix: { description: "b", edits: [{ start: 2, end: 4, text: "Y" }] } },
    ]);
    expect(result.text).toBe("Xdef");
    expect(result.skipped).toHaveLength(1);
  });
});

describe("checkInputs", () => {
  const paragraphParser: Parser = {
    format: "text",
    extensions: [".txt"],
    sniff: () => true,
    parse: (source) => {
      if (source.text.startsWith("BROKEN")) throw new Error("cannot parse");
      return { ...articleFromText(source.text.split("\n\n"), { id: source.uri }), source };
    },
  };

  it("checks every file, in input order, and turns a failing file into an error result", async () => {
    const inputs = [
      { path: "a.txt", load: Effect.succeed(new SourceFile({ uri: "a.txt", text: "Kiev" })) },
      { path: "b.txt", load: Effect.fail(new InputError({ path: "b.txt", reason: "no such file" })) },
      { path: "c.txt", load: Effect.succeed(new SourceFile({ uri: "c.txt", text: "BROKEN" })) },
      { path: "d.txt", load: Effect.succeed(new SourceFile({ uri: "d.txt", text: "Kyiv" })) },
    ];
    const results = await Effect.runPromise(checkInputs(inputs, { reader: { parsers: [paragraphParser] }, config: config(), concurrency: 2 }));
    expect(results.map((r) => [r.path, r.findings.length, r.errors.map((e) => e.message)])).toEqual([
      ["a.txt", 1, []],
      ["b.txt", 0, ["no such file"]],
      ["c.txt", 0, ["cannot read as text: cannot parse"]],
      ["d.txt", 0, []],
    ]);
  });

  it("adds articles to corpus indexes in input order, whichever read finishes first", async () => {
    const order: string[] = [];
    const corpusRule: Rule = defineRule({
      meta: { id: "test/corpus", description: "Records the corpus order", defaultSeverity: "info", fixable: false, options: Schema.Struct({}) },
      check: () => [],
      corpus: () => ({ add: (article: Article, role: "checked" | "source") => order.push(`${role} ${article.source.uri}`), finish: () => order }),
    });
    // The first file of each list is the slowest to read.
    const slow = (path: string, ms: number) => ({
      path,
      load: Effect.delay(Effect.succeed(new SourceFile({ uri: path, text: path })), `${ms} millis`),
    });
    const inputs = [slow("a.txt", 40), slow("b.txt", 0), slow("c.txt", 20), slow("d.txt", 0)];
    const sources = [slow("s1.txt", 30), slow("s2.txt", 0)];
    await Effect.runPromise(checkInputs(inputs, { reader: { parsers: [paragraphParser] }, config: config([corpusRule]), concurrency: 4, sources }));
    expect(order).toEqual(["source s1.txt", "source s2.txt", "checked a.txt", "checked b.txt", "checked c.txt", "checked d.txt"]);
  });

  it("releases what packages derived from an article once it is checked, and from an article the corpus pass does not keep", async () => {
    const released: string[] = [];
    onArticleReleased((article) => released.push(article.id));
    const corpusRule: Rule = defineRule({
      meta: { id: "test/corpus-release", description: "Learns nothing", defaultSeverity: "info", fixable: false, options: Schema.Struct({}) },
      check: () => [],
      corpus: () => ({ add: () => undefined, finish: () => undefined }),
    });
    const input = (path: string) => ({ path, load: Effect.succeed(new SourceFile({ uri: path, text: "Kiev" })) });
    // Kept for the check pass: released only after its check. Not kept, or a source: released at once.
    await Effect.runPromise(
      buildCorpus([input("kept.txt"), input("dropped.txt")], { reader: { parsers: [paragraphParser] }, config: config([corpusRule]), sources: [input("source.txt")] }, (i) => i.path === "kept.txt"),
    );
    expect(released.filter((id) => id.endsWith(".txt"))).toEqual(["source.txt", "dropped.txt"]);
    const article = { ...articleFromText(["Kiev"], { id: "checked.txt" }) };
    checkArticle(article, config());
    expect(released.at(-1)).toBe("checked.txt");
  });
});
