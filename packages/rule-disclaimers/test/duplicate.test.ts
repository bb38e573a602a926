import { describe, expect, it } from "vitest";
import { duplicateRule } from "../src/index.js";
import { EIN_DISCLAIMER, MENAFN_DISCLAIMER, STORY } from "./helpers/articles.js";
import { ruleTests, runRule } from "./helpers/rule-tester.js";

// STORY is four one-line paragraphs separated by blank lines: lines 1, 3, 5, 7. What follows starts at line 9.
const LEGAL = "Legal Disclaimer:";
const ABOUT =
  "About Greyhaven Logistics: Greyhaven Logistics is a leading operator of container terminals in North America, founded in 1998 and headquartered in Port Elwyn. For more information, visit www.greyhaven.example.";
const MENAFN_VIEWS =
  "The views expressed in this article are those of the author and do not necessarily reflect the views of MENAFN or its partners.";
/** The MENAFN text re-typed: hard-wrapped, straight quotes, shouted, an en dash for a comma. */
const MENAFN_RETYPED =
  'MENAFN PROVIDES THE INFORMATION "AS IS" WITHOUT WARRANTY OF ANY KIND. We do not accept any responsibility\nor liability for the accuracy, content, images, videos, licenses, completeness, legality – or reliability of the information\ncontained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.';

ruleTests(duplicateRule, {
  valid: [
    { name: "a single disclaimer", paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER] },
    {
      name: "two different disclaimers from the same provider",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, MENAFN_VIEWS],
    },
    {
      name: "similar body paragraphs are reporting, not boilerplate",
      paragraphs: [...STORY, "The index rose 1.2% on Monday as investors weighed the latest inflation figures.", "The index fell 1.4% on Tuesday as investors weighed the latest inflation figures."],
    },
    {
      name: "legal language in a court story, twice",
      paragraphs: [
        ...STORY,
        "A judge ruled on Tuesday that the dealer sold the car as is, without warranty of any kind.",
        "A judge ruled on Friday that the dealer sold the van as is, without warranty of any kind.",
      ],
    },
    {
      name: "credit lines naming two outlets are two credits, not one repeated",
      paragraphs: [...STORY, "Source: MENAFN", "Source: EIN Presswire"],
    },
    {
      name: "short calls to action that differ",
      paragraphs: [...STORY, "Follow us on X.", "Follow us on LinkedIn."],
    },
    {
      name: "a disclaimer and an About section",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, ABOUT],
    },
    {
      name: "the MENAFN and EIN Presswire texts under a threshold of 0.99",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER],
      options: { threshold: 0.99 },
    },
    {
      name: "disclaimers are not compared when only credits are",
      paragraphs: [...STORY, MENAFN_DISCLAIMER, MENAFN_DISCLAIMER],
      options: { categories: ["credit"] },
    },
  ],
  invalid: [
    {
      name: "the seed: EIN Presswire's copy of the MENAFN disclaimer, each under its label",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER],
      reports: [
        {
          block: 7,
          line: 15,
          text: EIN_DISCLAIMER,
          message: ["This EIN Presswire disclaimer repeats the MENAFN disclaimer at line 11: delete this copy."],
          evidence: {
            match: "near",
            category: "disclaimer",
            providers: { first: "MENAFN", duplicate: "EIN Presswire" },
            providerMasked: true,
            firstLine: 11,
          },
          related: [5],
          relatedLines: [11],
        },
      ],
      fixed: [...STORY, LEGAL, MENAFN_DISCLAIMER],
    },
    {
      name: "an exact copy with its label inline",
      paragraphs: [...STORY, `${LEGAL} ${MENAFN_DISCLAIMER}`, `${LEGAL} ${MENAFN_DISCLAIMER}`],
      reports: [
        {
          block: 5,
          line: 11,
          text: `${LEGAL} ${MENAFN_DISCLAIMER}`,
          message: ["Second copy of the MENAFN disclaimer (the first is at line 9): delete this one."],
          evidence: { similarity: 1, match: "exact", providers: { first: "MENAFN", duplicate: "MENAFN" } },
          related: [4],
        },
      ],
      fixed: [...STORY, `${LEGAL} ${MENAFN_DISCLAIMER}`],
    },
    {
      name: "a copy that differs only in case, quote marks, dashes, punctuation and line wraps is exact",
      paragraphs: [...STORY, MENAFN_DISCLAIMER, MENAFN_RETYPED],
      reports: [{ block: 5, line: 11, message: ["Second copy of the MENAFN disclaimer (the first is at line 9)"], evidence: { similarity: 1, match: "exact" } }],
      fixed: [...STORY, MENAFN_DISCLAIMER],
    },
    {
      name: "three copies: the second and the third point at the first; the fix keeps the first",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER, LEGAL, MENAFN_DISCLAIMER],
      reports: [
        { block: 7, message: ["This EIN Presswire disclaimer repeats the MENAFN disclaimer at line 11"], related: [5] },
        { block: 9, message: ["Second copy of the MENAFN disclaimer (the first is at line 11)"], evidence: { match: "exact" }, related: [5] },
      ],
      fixed: [...STORY, LEGAL, MENAFN_DISCLAIMER],
    },
    {
      name: "a repeated About section",
      paragraphs: [...STORY, ABOUT, "Media contact: Dana Reyes, press@greyhaven.example", ABOUT],
      reports: [{ block: 6, message: ['Second copy of the "About" section (the first is at line 9): delete this one.'], related: [4] }],
      fixed: [...STORY, ABOUT, "Media contact: Dana Reyes, press@greyhaven.example"],
    },
    {
      name: "a short call to action repeated word for word",
      paragraphs: [...STORY, "Follow us on X, Facebook and LinkedIn.", "Follow us on X, Facebook and LinkedIn."],
      reports: [{ block: 5, message: ["Second copy of the call to action (the first is at line 9)"] }],
      fixed: [...STORY, "Follow us on X, Facebook and LinkedIn."],
    },
  ],
});

describe("disclaimers/duplicate: options and scores", () => {
  const seed = [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER];

  it("masking the provider's name is what makes the seed pair score highest", () => {
    const masked = runRule(duplicateRule, { paragraphs: seed }).reports[0]?.evidence?.similarity as number;
    const unmasked = runRule(duplicateRule, { paragraphs: seed, options: { maskProviders: false } }).reports[0];
    expect(masked).toBeGreaterThan(0.9);
    expect(unmasked?.evidence).toMatchObject({ providerMasked: false });
    expect(unmasked?.evidence?.similarity as number).toBeLessThan(masked);
    expect(unmasked?.evidence?.similarity as number).toBeGreaterThan(0.85);
  });

  it("the threshold decides near copies: just under the seed pair's score finds it, just over does not", () => {
    const score = runRule(duplicateRule, { paragraphs: seed }).reports[0]?.evidence?.similarity as number;
    expect(runRule(duplicateRule, { paragraphs: seed, options: { threshold: score - 0.01 } }).reports).toHaveLength(1);
    expect(runRule(duplicateRule, { paragraphs: seed, options: { threshold: Math.min(1, score + 0.01) } }).reports).toHaveLength(0);
  });

  it("rejects options out of range", () => {
    expect(() => runRule(duplicateRule, { paragraphs: seed, options: { threshold: 0.2 } })).toThrow();
    expect(() => runRule(duplicateRule, { paragraphs: seed, options: { categories: ["footer"] } })).toThrow();
  });

  // Candidate pairs come from MinHash buckets, not all pairs; `pnpm bench` measures the time.
  it("finds near copies among thousands of boilerplate blocks", () => {
    const many = Array.from({ length: 2000 }, (_, i) => `${LEGAL} ${MENAFN_DISCLAIMER.replace("kindly contact", `kindly (ref ${i}) contact`)}`);
    const { reports } = runRule(duplicateRule, { paragraphs: [...STORY, ...many] });
    expect(reports.length).toBe(1999);
  });
});
