import { articleFromText, type Rule } from "@copydesk/core";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { processors, provenanceOf, rules } from "../src/index.js";

// Article text is untrusted: every rule and the processor must get through pathological input
// (the test timeout is the guard against a hang; `pnpm bench --hostile` measures the time).
const MB = 1_000_000;

function runAll(paragraphs: string[]): { reports: number } {
  const article = processors.reduce((current, processor) => processor.process(current), articleFromText(paragraphs, { headline: true }));
  provenanceOf(article);
  let reports = 0;
  for (const rule of rules as ReadonlyArray<Rule>) {
    const options = Schema.decodeUnknownSync(rule.meta.options)({});
    reports += rule.check(article, { options, severity: rule.meta.defaultSeverity, settings: { preset: "ap" }, corpus: new Map() }).length;
  }
  return { reports };
}

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe("hostile input", () => {
  it.each([
    ["a 1 MB paragraph of one sentence", repeat("critics say alleged figures of 10,000 people will harm ", MB)],
    ["a 1 MB paragraph of sentences", repeat("Critics say the plan will harm 40% of residents. ", MB)],
    ["100,000 quote marks", repeat("“a ", 300_000)],
    ["100,000 straight quotes and apostrophes", repeat("\"it's' ", 700_000)],
    ["1 MB of capitalised words", repeat("Port Elwyn Harbor Board ", MB)],
    ["1 MB of commas and reporting verbs", repeat("said, ", MB)],
    ["1 MB of 'the provider above'", repeat("the provider above ", MB)],
    ["1 MB without spaces", repeat("a", MB)],
    ["1 MB of digits and signs", repeat("$1,000,000 5-2 10% ", MB)],
    ["1 MB of byline-like words", `By ${repeat("Jane Doe and ", MB)}`],
  ])("%s", (_, body) => {
    const { reports } = runAll(["Kremlin excludes Putin attending talks", body]);
    // Nothing in the body attributes the headline, whatever the flood: the rules still answer.
    expect(reports).toBeGreaterThan(0);
  });

  it("many paragraphs: 20,000 short ones", () => {
    const paragraphs = ["Kremlin excludes Putin", ...Array.from({ length: 20_000 }, (_, i) => `Officials said ${i} ships left. Critics say it will fail.`)];
    const { reports } = runAll(paragraphs);
    expect(reports).toBeGreaterThan(0);
  });
});
