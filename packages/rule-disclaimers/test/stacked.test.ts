import { stackedRule } from "../src/index.js";
import { EIN_DISCLAIMER, MENAFN_DISCLAIMER, STORY } from "./helpers/articles.js";
import { ruleTests } from "./helpers/rule-tester.js";

// STORY is four one-line paragraphs separated by blank lines: lines 1, 3, 5, 7. What follows starts at line 9.
const LEGAL = "Legal Disclaimer:";
const BUSINESS_WIRE_DISCLAIMER =
  "Business Wire is not responsible for the accuracy of this press release. The views expressed in this release do not necessarily reflect the views of Business Wire.";
const UNNAMED_DISCLAIMER =
  "The information in this post is supplied without any guarantee. The publisher accepts no liability for errors or omissions, and readers should seek independent advice before acting on it.";

ruleTests(stackedRule, {
  valid: [
    { name: "a single disclaimer", paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER] },
    { name: "one provider's disclaimer twice (a duplicate, not a stack)", paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, MENAFN_DISCLAIMER] },
    { name: "a provider's disclaimer and one that names no provider", paragraphs: [...STORY, MENAFN_DISCLAIMER, UNNAMED_DISCLAIMER] },
    {
      name: "a disclaimer and another provider's credit line (credits are not counted by default)",
      paragraphs: [...STORY, MENAFN_DISCLAIMER, "Source: EIN Presswire"],
    },
    {
      name: "a story that mentions two providers",
      paragraphs: [...STORY, "MENAFN and EIN Presswire both republished the board's statement on Tuesday, the port said."],
    },
    {
      name: "two providers when three are asked for",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER],
      options: { minProviders: 3 },
    },
  ],
  invalid: [
    {
      name: "the seed: MENAFN, then EIN Presswire; points at the second provider's name",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, EIN_DISCLAIMER],
      reports: [
        {
          block: 7,
          line: 15,
          text: "EIN Presswire",
          message: ["Disclaimers from 2 providers are stacked here (MENAFN, then EIN Presswire): keep only the one from the feed you took the story from."],
          evidence: { providers: ["MENAFN", "EIN Presswire"], lines: [11, 15] },
          related: [5],
          relatedLines: [11],
        },
      ],
    },
    {
      name: "three providers, in the order they appear",
      paragraphs: [...STORY, LEGAL, EIN_DISCLAIMER, BUSINESS_WIRE_DISCLAIMER, LEGAL, MENAFN_DISCLAIMER],
      reports: [
        {
          block: 6,
          text: "Business Wire",
          message: ["from 3 providers", "(EIN Presswire, then Business Wire, then MENAFN)"],
          evidence: { providers: ["EIN Presswire", "Business Wire", "MENAFN"] },
          related: [5, 8],
        },
      ],
    },
    {
      name: "a provider the library does not know, named by its disclaimer",
      paragraphs: [...STORY, LEGAL, MENAFN_DISCLAIMER, LEGAL, MENAFN_DISCLAIMER.replace("MENAFN", "NewsHub Daily")],
      reports: [{ block: 7, text: "NewsHub Daily", message: ["(MENAFN, then NewsHub Daily)"] }],
    },
    {
      name: "credit lines counted when asked",
      paragraphs: [...STORY, MENAFN_DISCLAIMER, "Source: EIN Presswire"],
      options: { categories: ["disclaimer", "credit"] },
      reports: [{ block: 5, text: "EIN Presswire", message: ["Boilerplate blocks from 2 providers", "(MENAFN, then EIN Presswire)"] }],
    },
  ],
});
