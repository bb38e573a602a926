import { ruleDocsUrl } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { bylineRule, creditRule, danglingReferenceRule, datelineRule, rules } from "../src/index.js";
import { ruleTests } from "./helpers/rule-tester.js";

const DISCLAIMER = "Legal Disclaimer: MENAFN provides the information “as is” without warranty of any kind. If you have any complaints, kindly contact the provider above.";
const STORY = ["Talks resume in Istanbul", "The talks resumed on Thursday.", "Officials said they would go on."];

describe("meta of every sources rule", () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s links its docs page and warns by default", (id, rule) => {
    expect(id).toMatch(/^sources\/[a-z-]+$/);
    expect(rule.meta.docsUrl).toBe(ruleDocsUrl(id));
    expect(rule.meta.docsUrl).toMatch(new RegExp(`/rule-sources/docs/${id.slice("sources/".length)}\\.md$`));
    expect(rule.meta).toMatchObject({ defaultSeverity: "warning", fixable: false });
  });
});

ruleTests(bylineRule, {
  valid: [
    { headline: true, paragraphs: ["Talks resume", "By Lena Marsh", "KYIV, March 4 — Talks resumed."] },
    { headline: true, paragraphs: ["Talks resume", "BY JANE DOE AND JOHN ROE", "Talks resumed."] },
    { headline: true, paragraphs: ["Talks resume", "By Reuters Staff", "Talks resumed."] },
    { name: "a Reuters trailer at the end", headline: true, paragraphs: ["Talks resume", "Talks resumed.", "(Reporting by Ann Lee; Editing by Tom Hale)"] },
    { name: "an author in the metadata (JSON-LD, meta tags)", headline: true, paragraphs: STORY, metadata: { authors: ["Dana Okafor"] } },
    { name: "wire copy with the agency in the dateline", headline: true, paragraphs: ["Senate votes", "WASHINGTON (AP) — The Senate voted on Tuesday.", "It adjourned."] },
    { name: "a press release needs no byline", headline: true, paragraphs: ["Acme opens plant", "NEW YORK, May 3, 2025 /PRNewswire/ -- Acme Corp opened a plant.", "SOURCE Acme Corp"] },
    { name: "no story at all", headline: true, paragraphs: ["Talks resume"] },
  ],
  invalid: [
    {
      headline: true,
      paragraphs: STORY,
      reports: [{ block: 0, text: "Talks resume in Istanbul", message: 'No byline: say who wrote or reported this story, with a "By" line under the headline (or the agency, for wire copy).' }],
    },
    {
      name: "a sentence that starts with By is no byline",
      headline: true,
      paragraphs: ["Talks resume", "By March, officials said, the corridor had reopened.", "Ships left."],
      reports: [{ text: "Talks resume" }],
    },
    {
      name: "no headline: the first word of the story",
      paragraphs: ["The talks resumed on Thursday.", "Officials said they would go on."],
      reports: [{ block: 0, text: "The" }],
    },
    {
      name: "agencyCounts: false wants a writer even on wire copy",
      headline: true,
      options: { agencyCounts: false },
      paragraphs: ["Senate votes", "WASHINGTON (AP) — The Senate voted on Tuesday.", "It adjourned."],
      reports: [{ text: "Senate votes" }],
    },
    {
      name: "visibleOnly: a byline only in the metadata is not shown to readers",
      headline: true,
      options: { visibleOnly: true },
      paragraphs: STORY,
      metadata: { authors: ["Dana Okafor"] },
      reports: [{ message: 'The byline ("Dana Okafor") is only in the page\'s metadata: show it to readers under the headline.', evidence: { authors: ["Dana Okafor"] } }],
    },
    {
      name: "pressReleases: true checks releases too",
      headline: true,
      options: { pressReleases: true },
      paragraphs: ["Acme opens plant", "Acme Corp opened a plant in Ohio.", "Media Contact: Jane Roe, press@acme.example"],
      reports: [{ text: "Acme opens plant", evidence: { pressRelease: true } }],
    },
  ],
});

ruleTests(datelineRule, {
  valid: [
    { headline: true, paragraphs: ["Talks resume", "KYIV, March 4 (Reuters) — Talks resumed.", "Officials said they would go on."] },
    { headline: true, paragraphs: ["Talks resume", "By Lena Marsh", "KYIV, March 4 — Talks resumed.", "Ships left."] },
    { name: "a standfirst before the dateline", headline: true, paragraphs: ["Talks resume", "Both sides sent envoys.", "ISTANBUL (AP) — Talks resumed.", "Ships left."] },
    { name: "a dateline in the metadata (JSON-LD, ninjs located)", headline: true, paragraphs: STORY, metadata: { dateline: "ISTANBUL" } },
    { name: "a one-paragraph brief", headline: true, paragraphs: ["Talks resume", "The talks resumed on Thursday."] },
    { name: "press releases skipped when asked", headline: true, options: { pressReleases: false }, paragraphs: ["Acme news", "Acme Corp opened a plant.", "Media Contact: Jane Roe, press@acme.example"] },
  ],
  invalid: [
    {
      headline: true,
      paragraphs: STORY,
      reports: [{ block: 1, text: "The", start: 0, message: 'No dateline: open the story with where (and when) it was reported, as in "KYIV, March 4 (Reuters) —".' }],
    },
    {
      name: "after a distributor's tag",
      headline: true,
      paragraphs: ["Acme output", "(MENAFN- Acme Corp) Acme Mining produced 40,000 ounces.", "It said so."],
      reports: [{ block: 1, text: "Acme", start: 20 }],
    },
    {
      name: "an agency alone is no dateline",
      headline: true,
      paragraphs: ["Apple cuts prices", "(Reuters) - Apple said on Tuesday it would cut prices.", "Shares rose."],
      reports: [{ block: 1, text: "(Reuters)" }],
    },
    {
      name: "visibleOnly: a dateline only in the metadata",
      headline: true,
      options: { visibleOnly: true },
      metadata: { dateline: "ISTANBUL" },
      paragraphs: STORY,
      reports: [{ message: 'The dateline ("ISTANBUL") is only in the page\'s metadata' }],
    },
    {
      name: "minParagraphs: 1 wants a dateline on briefs too",
      headline: true,
      options: { minParagraphs: 1 },
      paragraphs: ["Talks resume", "The talks resumed on Thursday."],
      reports: [{ text: "The" }],
    },
  ],
});

ruleTests(creditRule, {
  valid: [
    { name: "not syndicated", headline: true, paragraphs: STORY },
    { headline: true, paragraphs: [...STORY, "This article originally appeared on Northline News.", DISCLAIMER] },
    { headline: true, paragraphs: [...STORY, "Source: Northline News Agency", DISCLAIMER] },
    { name: "the agency in the dateline", headline: true, paragraphs: ["Talks resume", "KYIV, March 4 (Reuters) — Talks resumed.", DISCLAIMER] },
    { name: "a MENAFN tag naming the provider", headline: true, paragraphs: ["Acme output", "(MENAFN- Newsfile Corp) Acme Mining produced 40,000 ounces.", DISCLAIMER] },
    { name: "isBasedOn in the metadata", headline: true, paragraphs: [...STORY, DISCLAIMER], metadata: { basedOn: "https://northline.example/story" } },
    {
      name: "a canonical link to another site",
      headline: true,
      paragraphs: [...STORY, DISCLAIMER],
      metadata: { canonicalUrl: "https://northline.example/story", origins: [{ field: "canonicalUrl", value: "https://northline.example/story", from: "link:canonical" }, { field: "publisher", value: "MENAFN", from: "json-ld" }] },
    },
    { name: "a byline naming the outlet", headline: true, paragraphs: ["Talks resume", "By Dana Okafor, Northline News Agency", "Talks resumed.", DISCLAIMER] },
  ],
  invalid: [
    {
      headline: true,
      paragraphs: [...STORY, DISCLAIMER],
      reports: [{ block: 0, text: "Talks resume in Istanbul", message: 'Syndicated copy with no credit to the outlet it came from (it came through MENAFN): add a credit line such as "This article originally appeared on ..." or a canonical link to the original.', evidence: { distributors: ["MENAFN"] } }],
    },
    {
      name: "a disclaimer rule-disclaimers marked, with its provider",
      headline: true,
      paragraphs: [...STORY, "This content comes with no warranty."],
      boilerplate: { 3: { category: "disclaimer", provider: "Wirefeed Online" } },
      reports: [{ message: "(it came through Wirefeed Online)" }],
    },
    {
      name: "a credit to the distributor is no credit",
      headline: true,
      paragraphs: [...STORY, "Source: MENAFN", DISCLAIMER],
      reports: [{ text: "Talks resume in Istanbul" }],
    },
    {
      name: "a canonical link to the distributor's own site is no credit",
      headline: true,
      paragraphs: [...STORY, DISCLAIMER],
      metadata: { canonicalUrl: "https://menafn.com/1109", origins: [{ field: "canonicalUrl", value: "https://menafn.com/1109", from: "link:canonical" }] },
      reports: [{ text: "Talks resume in Istanbul" }],
    },
    {
      name: "assumeSyndicated: every article of the feed needs a credit",
      headline: true,
      options: { assumeSyndicated: true },
      paragraphs: STORY,
      reports: [{ message: "Syndicated copy with no credit to the outlet it came from: add a credit line" }],
    },
    {
      name: "distributors: a desk's own aggregator in the credit line",
      headline: true,
      options: { distributors: ["Wirefeed Online"] },
      paragraphs: [...STORY, "Source: Wirefeed Online", DISCLAIMER],
      reports: [{ text: "Talks resume in Istanbul" }],
    },
    {
      name: "visibleOnly: isBasedOn alone does not show readers the credit",
      headline: true,
      options: { visibleOnly: true },
      paragraphs: [...STORY, DISCLAIMER],
      metadata: { basedOn: "https://northline.example/story" },
      reports: [{ text: "Talks resume in Istanbul" }],
    },
  ],
});

ruleTests(danglingReferenceRule, {
  valid: [
    { name: "a credit line above", paragraphs: ["Talks resumed.", "Source: Northline News Agency", DISCLAIMER], boilerplate: [2] },
    { name: "a provider tag above", paragraphs: ["(MENAFN- Newsfile Corp) Acme produced gold.", DISCLAIMER] },
    { name: "the dateline's agency above", paragraphs: ["KYIV, March 4 (Reuters) — Talks resumed.", DISCLAIMER] },
    { name: "a byline above the author reference", paragraphs: ["By Lena Marsh", "Talks resumed.", "For corrections, contact the author above."] },
    { name: "a byline naming the outlet above", paragraphs: ["By Dana Okafor, Northline News Agency", "Talks resumed.", "Kindly contact the provider above."] },
    { paragraphs: "The plane flew above the clouds; the provider of the aircraft was not named." },
    { paragraphs: "Temperatures rose above 40C, the source of the data said." },
    { paragraphs: "The spring is the source above the dam that feeds the town." },
  ],
  invalid: [
    {
      paragraphs: ["Talks resumed.", DISCLAIMER],
      boilerplate: [1],
      reports: [{ block: 1, text: "the provider above", message: '"the provider above" points the reader to a provider, but nothing above names one: credit the originating outlet above the story, or change the reference.', evidence: { role: "provider", boilerplate: "disclaimer" } }],
    },
    {
      paragraphs: ["Talks resumed.", "If you have any complaints or copyright issues related to this article, kindly contact the author above."],
      reports: [{ text: "the author above", message: '"the author above" points the reader to an author, but no byline above names one: add the byline, or change the reference.' }],
    },
    { paragraphs: ["Talks resumed.", "Please contact the content provider named above."], reports: [{ text: "the content provider named above" }] },
    { paragraphs: ["Talks resumed.", "Questions go to the above-mentioned publisher."], reports: [{ text: "the above-mentioned publisher" }] },
    { paragraphs: ["Talks resumed.", "Complaints go to the aforementioned provider."], reports: [{ text: "the aforementioned provider" }] },
    { paragraphs: ["Talks resumed.", "Contact the above provider for licensing."], reports: [{ text: "the above provider" }] },
    { name: "a credit below does not count", paragraphs: ["Talks resumed.", DISCLAIMER, "Source: Northline News Agency"], reports: [{ block: 1 }] },
    { name: "a byline does not name the author of the author reference when it comes after", paragraphs: ["Talks resumed.", "Contact the author above.", "By Lena Marsh"], reports: [{ block: 1, text: "the author above" }] },
    {
      name: "nouns: a desk's own wording",
      options: { nouns: ["syndicator"] },
      paragraphs: ["Talks resumed.", "Contact the syndicator above."],
      reports: [{ text: "the syndicator above" }],
    },
  ],
});
