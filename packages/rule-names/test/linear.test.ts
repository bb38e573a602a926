// The names rules on long and hostile input: the work they do is counted (words read, candidate
// forms tried, binary-search steps) and must grow with the text, never with its square. Nothing
// here measures time.
import { articleFromText } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import {
  consistencyRule,
  defaultGazetteer,
  findNameMentions,
  houseStyleRule,
  mentionsInArticle,
  newMatchWork,
  type MatchWork,
} from "../src/index.js";
import { runRule } from "./helpers/rule-tester.js";

// Five mentions: Kiev, (Volodymyr) Zelenskyy, Zelensky, Odesa, and a quoted Odessa.
const PARAGRAPH = "Officials in Kiev met President Volodymyr Zelenskyy; Zelensky's aides flew to Odesa, where “Odessa” was on a sign.";
const WORDS_PER_PARAGRAPH = 19;

function longArticle(paragraphs: number) {
  const list = Array.from({ length: paragraphs }, () => PARAGRAPH);
  list.push("The ministry in Kyiv said so.");
  return list;
}

function workOn(paragraphs: number): { work: MatchWork; mentions: number } {
  const work = newMatchWork();
  const mentions = mentionsInArticle(articleFromText(longArticle(paragraphs)), defaultGazetteer(), work);
  return { work, mentions: mentions.length };
}

describe("a long article (20,000 paragraphs)", () => {
  it("is checked by both rules with every mention found and one consistency finding per spelling", () => {
    const paragraphs = longArticle(20_000);
    const houseStyle = runRule(houseStyleRule, { paragraphs }).reports;
    // Kiev and Zelensky are fixed in every paragraph; the quoted Odessa is an info note.
    expect(houseStyle).toHaveLength(60_000);
    expect(houseStyle.filter((r) => r.severity === "info")).toHaveLength(20_000);
    expect(houseStyle.filter((r) => r.fix !== undefined)).toHaveLength(40_000);

    const consistency = runRule(consistencyRule, { paragraphs }).reports;
    expect(consistency.map((r) => r.message)).toEqual([
      '"Kiev" here, but "Kyiv" in paragraph 20001 (line 40001): spell it "Kyiv" throughout, as AP style does.',
      '"Zelensky" here, but "Zelenskyy" in the same paragraph (line 1): spell it "Zelenskyy" throughout, as AP style does.',
    ]);
    expect(consistency[0]?.evidence).toMatchObject({ counts: { Kiev: 20_000, Kyiv: 1 } });
  });

  it("does the same work for every paragraph: twice the paragraphs, exactly twice the work", () => {
    const half = workOn(10_000);
    const full = workOn(20_000);
    expect(full.mentions).toBe(5 * 20_000 + 1);
    expect(full.work.words).toBe(WORDS_PER_PARAGRAPH * 20_000 + 6);
    expect(full.work.candidates - 1).toBe(2 * (half.work.candidates - 1));
    expect(full.work.steps - half.work.steps).toBe(half.work.steps);
    // Each word is looked up once, and only a name's first word brings candidate forms.
    expect(full.work.candidates).toBeLessThanOrEqual(3 * full.mentions);
  });

  it("scans an article once for both rules", () => {
    const article = articleFromText(longArticle(100));
    const first = newMatchWork();
    const second = newMatchWork();
    expect(mentionsInArticle(article, defaultGazetteer(), first)).toBe(mentionsInArticle(article, defaultGazetteer(), second));
    expect(first.words).toBeGreaterThan(0);
    expect(second).toEqual({ words: 0, candidates: 0, steps: 0 });
  });
});

describe("one hostile paragraph (about 1 MB, tens of thousands of quotation marks and names)", () => {
  // Each repetition: a quoted Kiev, a Kyiv, sentence breaks, and an address with a slash.
  const CHUNK = "“Kiev” and Kyiv. See a.example/x. ";
  const paragraph = (repetitions: number) => CHUNK.repeat(repetitions);

  function work(repetitions: number): { work: MatchWork; mentions: number } {
    const counter = newMatchWork();
    const mentions = findNameMentions(paragraph(repetitions), defaultGazetteer(), counter);
    return { work: counter, mentions: mentions.length };
  }

  it("finds every mention with logarithmic look-ups: n log n at worst, never n squared", () => {
    const n = 15_000;
    const small = work(n);
    const large = work(2 * n);
    expect(paragraph(2 * n).length).toBeGreaterThan(1_000_000);
    expect(large.mentions).toBe(2 * 2 * n);
    // Two look-ups per mention (address, quotation), each a binary search.
    const perLookup = Math.ceil(Math.log2(2 * n * 2)) + 1;
    expect(large.work.steps).toBeLessThanOrEqual(large.mentions * 2 * perLookup);
    expect(large.work.steps / small.work.steps).toBeLessThan(2.2);
    expect(large.work.candidates).toBe(2 * small.work.candidates);
  });

  it("reports each quoted Kiev at info and counts none of them against Kyiv", () => {
    const paragraphs = [paragraph(20_000)];
    const reports = runRule(houseStyleRule, { paragraphs }).reports;
    expect(reports).toHaveLength(20_000);
    expect(reports.every((r) => r.severity === "info" && r.fix === undefined)).toBe(true);
    expect(runRule(consistencyRule, { paragraphs }).reports).toEqual([]);
  });
});
