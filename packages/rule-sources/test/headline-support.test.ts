import { describe, expect, it } from "vitest";
import { headlineSupportRule, parseHeadline } from "../src/index.js";
import { ruleTests } from "./helpers/rule-tester.js";

describe("parseHeadline", () => {
  it.each([
    ["Kremlin excludes Putin attending Ukraine peace discussions", ["Kremlin"], "excludes", [["Putin"], ["Ukraine"]]],
    ["Harbor board approves $240 million expansion of Port Elwyn container terminal", ["Harbor", "board"], "approves", [["Port", "Elwyn"]]],
    ["Port Elwyn board backs terminal expansion despite traffic fears", ["Port", "Elwyn", "board"], "backs", []],
    ["Grain corridor reopens as Odessa port resumes loading", ["Grain", "corridor"], "reopens", [["Odessa"]]],
    ["Electricity imports rise as grid recovers", ["Electricity", "imports"], "rise", []],
    ["Container traffic through Mykolaiv slipped as ports reopened", ["Container", "traffic", "through", "Mykolaiv"], "slipped", []],
    ["Putin to attend Istanbul talks", ["Putin"], "attend", [["Istanbul"]]],
  ])("%s", (headline, subject, verb, objects) => {
    const parse = parseHeadline(headline);
    expect(parse.subject.map((t) => t.text)).toEqual(subject);
    expect(parse.verb?.text).toBe(verb);
    expect(parse.objects.map((run) => run.map((t) => t.text))).toEqual(objects);
  });

  it("reads a speaker before a colon, and a label as no speaker", () => {
    expect(parseHeadline("Kremlin: Putin will not attend talks")).toMatchObject({ speech: true });
    expect(parseHeadline("Kremlin: Putin will not attend talks").subject.map((t) => t.text)).toEqual(["Kremlin"]);
    expect(parseHeadline("Analysis: Putin bets on a long war").subject.map((t) => t.text)).toEqual(["Putin"]);
  });

  it("knows a headline of words said", () => {
    expect(parseHeadline("Kremlin says Putin will not attend talks")).toMatchObject({ speech: true });
    expect(parseHeadline("Kremlin rules out Putin visit")).toMatchObject({ speech: false });
  });
});

const BODY = "The talks resumed in Istanbul on Thursday, Kremlin spokesman Dmitry Peskov said.";

ruleTests(headlineSupportRule, {
  valid: [
    { headline: true, paragraphs: ["Harbor board approves $240 million expansion of Port Elwyn container terminal", "The Port Elwyn Harbor Board voted 5-2 to approve a $240 million expansion of the terminal."] },
    { headline: true, paragraphs: ["Port Elwyn board backs terminal expansion despite traffic fears", "Port Elwyn's harbor board has approved a $240 million container terminal expansion."] },
    { headline: true, paragraphs: ["Kremlin says Putin will not attend talks", `Putin will not go to Istanbul. ${BODY}`] },
    { headline: true, paragraphs: ["Ukrainian drone strike hits Russian refinery", "A drone launched by Ukraine struck a refinery in Russia's Samara region, the governor said."] },
    { name: "a first word absent while the rest of the subject is there", headline: true, paragraphs: ["Container traffic through Mykolaiv slipped as ports reopened", "Traffic through Mykolaiv fell 4% in May."] },
    { name: "U.S. and the United States", headline: true, paragraphs: ["U.S. backs ceasefire plan", "The United States said it supported the plan."] },
    { name: "no headline", paragraphs: ["Talks resumed.", "Officials said so."] },
    { name: "the Kremlin in boilerplate does not count, but this story names it", headline: true, paragraphs: ["Kremlin excludes Putin attending talks", "The Kremlin said Putin would not attend the talks in Istanbul."] },
    { name: "figures off", headline: true, options: { figures: false }, paragraphs: ["Board approves $300 million plan", "The board approved the plan on Tuesday."] },
    { name: "objects off", headline: true, options: { objects: false }, paragraphs: ["Board approves plan for Elwyn", "The board approved the plan on Tuesday."] },
  ],
  invalid: [
    {
      name: "the seed: nothing in the body mentions the Kremlin",
      headline: true,
      paragraphs: [
        "Kremlin excludes Putin attending Ukraine peace discussions",
        "Putin recently proposed restarting peace discussions, with the U.S. acknowledging that such talks are a logical next step toward brokering a ceasefire.",
        "Moscow has reiterated that its core objectives in Ukraine remain unchanged.",
      ],
      reports: [
        {
          block: 0,
          text: "Kremlin",
          start: 0,
          end: 7,
          message: 'The headline says "Kremlin excludes ...", but the body never mentions "Kremlin": attribute the claim in the body or rewrite the headline.',
          evidence: { missing: "Kremlin", part: "subject" },
        },
      ],
    },
    {
      name: "the subject only in boilerplate",
      headline: true,
      paragraphs: ["Kremlin excludes Putin attending talks", "Putin will not attend, officials said.", "The Kremlin disclaims any liability for this content."],
      boilerplate: [2],
      reports: [{ text: "Kremlin" }],
    },
    {
      name: "a words-said headline whose speaker says nothing in the body",
      headline: true,
      paragraphs: ["Kremlin says Putin will not attend talks", "Putin will not attend. The Kremlin has been silent, and Peskov said nothing."],
      reports: [{ text: "Kremlin says", message: 'The headline has "Kremlin" saying this, but nothing in the body is attributed to "Kremlin"' }],
    },
    {
      name: "a named object the body never mentions",
      headline: true,
      paragraphs: ["Board approves plan for Elwyn", "The board approved the plan on Tuesday."],
      reports: [{ text: "Elwyn", message: 'The headline names "Elwyn", but the body never mentions it: report it in the body or take it out of the headline.' }],
    },
    {
      name: "a figure the body does not give",
      headline: true,
      paragraphs: ["Board approves $300 million plan", "The board approved a $240 million plan on Tuesday."],
      reports: [{ text: "300", message: 'The headline\'s figure "300" is not in the body: give it there with its source, or correct the headline.' }],
    },
    {
      name: "a name inside the subject",
      headline: true,
      paragraphs: ["Port Elwyn board backs expansion", "The port board backed the expansion."],
      reports: [{ text: "Elwyn" }],
    },
  ],
});
