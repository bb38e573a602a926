import { describe, expect, it } from "vitest";
import { ruleDocsUrl } from "@copydesk/core";
import { consistencyRule } from "../src/index.js";
import { ruleTests } from "./helpers/rule-tester.js";

describe("names/consistency meta", () => {
  it("warns by default, has no fix and links its docs page", () => {
    expect(consistencyRule.meta).toMatchObject({ id: "names/consistency", defaultSeverity: "warning", fixable: false });
    expect(consistencyRule.meta.docsUrl).toBe(ruleDocsUrl("names/consistency"));
  });
});

ruleTests(consistencyRule, {
  valid: [
    { paragraphs: ["Talks in Kyiv resumed.", "Kyiv's mayor spoke."] },
    { name: "the same spelling in capitals and in running text", paragraphs: ["KYIV, March 4 — Talks resumed.", "Officials in Kyiv said."] },
    { name: "a wrong spelling used consistently is house style's business", paragraphs: ["Talks in Kiev resumed.", "Kiev's mayor spoke."] },
    { name: "fixed expressions do not count", paragraphs: ["Fans of Dynamo Kiev met in Kyiv.", "He ate chicken Kiev; Kievan Rus' came up."] },
    { name: "an organisation's name does not count", paragraphs: "The Kiev Ballet performed in Kyiv." },
    { name: "a quotation does not count", paragraphs: ["“Kiev will not bow,” he said.", "Officials in Kyiv agreed."] },
    { name: "history told by the text does not count", paragraphs: "Kyiv, then known as Kiev, was the capital." },
    { name: "older maps", paragraphs: "Exports through Mykolaiv, which some older maps still label Nikolaev, remain suspended." },
    { name: "a reported misnaming does not count", paragraphs: "President Volodymyr Zelenskyy spoke. An outlet had misnamed him as Vladimir Zelensky." },
    { name: "another place of the same name", paragraphs: ["Ships left Odesa.", "She grew up in Odessa, Texas."] },
    { name: "another person of the same surname", paragraphs: ["President Zelenskyy spoke.", "Kevin Zelensky, a plumber, watched."] },
    { name: "two people are two entries", paragraphs: "Volodymyr Zelenskyy and Olena Zelenska visited Lviv." },
    { name: "a URL is not a spelling", paragraphs: "Officials in Kyiv posted at https://kiev.example.com/Kiev." },
    { name: "boilerplate is not the article's spelling", paragraphs: ["Talks in Kyiv.", "Kiev bureau disclaimer."], boilerplate: [1] },
    {
      name: "the same name elsewhere does not count (Moscow, Idaho), for an entry added in config",
      paragraphs: ["The Moskva talks ended.", "She studied in Moscow, Idaho."],
      options: { entries: [{ id: "moscow", canonical: "Moscow", variants: ["Moskva"], preferred: { ap: "Moscow" }, country: "Russia" }] },
    },
    { name: "user exception", paragraphs: "The Kiev Opera sang in Kyiv.", options: { exceptions: ["Kiev Opera"] } },
  ],
  invalid: [
    {
      name: "the dateline is in capitals: the other spelling is named where body text uses it",
      paragraphs: ["KYIV, March 4 — Port officials in Kiev said.", "The ministry in Kyiv said."],
      reports: [
        {
          block: 0,
          text: "Kiev",
          start: 34,
          end: 38,
          messageIs: '"Kiev" here, but "Kyiv" in paragraph 2 (line 3): spell it "Kyiv" throughout, as AP style does.',
          severity: "warning",
          evidence: { form: "Kiev", other: "Kyiv", entryId: "kyiv", counts: { Kyiv: 2, Kiev: 1 }, preset: "ap" },
          related: "Kyiv",
          relatedBlock: 1,
          fixed: null,
        },
      ],
    },
    {
      name: "the capitals are the anchor when they are the only other spelling",
      paragraphs: "KYIV, March 4 — Port officials in Kiev said.",
      reports: [{ text: "Kiev", messageIs: '"Kiev" here, but "KYIV" in the same paragraph (line 1): spell it "Kyiv" throughout, as AP style does.', related: "KYIV" }],
    },
    {
      name: "a headline is named as such, and paragraphs are counted after it",
      headline: true,
      paragraphs: ["Grain corridor reopens as Odessa port resumes loading", "Ships left Odesa before dawn."],
      reports: [{ block: 0, text: "Odessa", messageIs: '"Odessa" here, but "Odesa" in paragraph 1 (line 3): spell it "Odesa" throughout, as AP style does.' }],
    },
    {
      name: "the other spelling in the headline",
      headline: true,
      paragraphs: ["Ships leave Odesa", "Ships left Odessa before dawn."],
      reports: [{ block: 1, text: "Odessa", messageIs: '"Odessa" here, but "Odesa" in the headline (line 1): spell it "Odesa" throughout, as AP style does.' }],
    },
    {
      name: "a byline does not count as a paragraph",
      kinds: ["byline", "paragraph", "paragraph"],
      paragraphs: ["By Lena Marsh", "Officials in Kiev said.", "The ministry in Kyiv said."],
      reports: [{ block: 1, text: "Kiev", message: '"Kyiv" in paragraph 2 (line 5)' }],
    },
    {
      name: "a person's surname",
      paragraphs: "President Volodymyr Zelenskyy thanked partners; Zelensky's office published the list.",
      reports: [
        {
          text: "Zelensky",
          start: 48,
          end: 56,
          messageIs: '"Zelensky" here, but "Zelenskyy" in the same paragraph (line 1): spell it "Zelenskyy" throughout, as AP style does.',
          related: "Zelenskyy",
        },
      ],
    },
    {
      name: "the style's spelling is the reference even when used less",
      paragraphs: ["Kiev, Kiev and Kiev again.", "Kyiv once."],
      reports: [{ block: 0, text: "Kiev", start: 0, end: 4, message: '"Kyiv" in paragraph 2 (line 3)', evidence: { counts: { Kiev: 3, Kyiv: 1 } } }],
    },
    {
      name: "each other spelling is reported once, at its first use",
      paragraphs: ["Officials in Kyiv said.", "In Kiev and Kyyiv, and again in Kiev."],
      reports: [
        { block: 1, text: "Kiev", start: 3, end: 7, related: "Kyiv" },
        { block: 1, text: "Kyyiv", start: 12, end: 17, related: "Kyiv" },
      ],
    },
    {
      name: "with no ruling, the most used spelling is the reference",
      preset: "reuters",
      paragraphs: ["The Czech Republic voted.", "Czechia abstained.", "The Czech Republic later agreed."],
      reports: [
        {
          block: 1,
          text: "Czechia",
          messageIs: '"Czechia" here, but "Czech Republic" in paragraph 1 (line 1): pick one spelling and use it throughout.',
          evidence: { form: "Czechia", other: "Czech Republic", preset: "reuters" },
        },
      ],
    },
    {
      name: "with no ruling and a tie, the first spelling is the reference",
      preset: "reuters",
      paragraphs: ["Czechia voted.", "The Czech Republic abstained."],
      reports: [{ block: 1, text: "Czech Republic", message: '"Czechia" in paragraph 1 (line 1)' }],
    },
    {
      name: "the rule's own preset",
      options: { preset: "bbc" },
      paragraphs: ["Zelensky spoke.", "Zelenskyy left."],
      reports: [{ block: 1, text: "Zelenskyy", message: 'spell it "Zelensky" throughout, as BBC style does' }],
    },
    {
      name: "the Russian capital and its other spelling, for an entry added in config",
      paragraphs: ["The Moskva talks ended.", "She studied in Moscow, Russia."],
      options: { entries: [{ id: "moscow", canonical: "Moscow", variants: ["Moskva"], preferred: { ap: "Moscow" }, country: "Russia" }] },
      reports: [{ block: 0, text: "Moskva", message: '"Moscow" in paragraph 2 (line 3)' }],
    },
    {
      name: "an entry added in config",
      paragraphs: ["Talks in Chisinau.", "Kishinev agreed."],
      options: { entries: [{ id: "chisinau", canonical: "Chișinău", variants: ["Kishinev"], preferred: { ap: "Chisinau" } }] },
      reports: [{ block: 1, text: "Kishinev", evidence: { entryId: "chisinau" }, related: "Chisinau" }],
    },
  ],
});
