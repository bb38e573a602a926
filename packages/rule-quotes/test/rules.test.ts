import { describe, expect, it } from "vitest";
import type { Rule } from "@copydesk/core";
import { alteredRule, inconsistentSpeakerRule, misattributedRule, unattributedRule, unverifiedRule } from "../src/index.js";
import { runRule, textOf, type RunCase } from "./helpers/run.js";

/** A wire original for the verification rules (all names fictional). */
const SOURCE = [
  "“The harbor has waited twenty years for this decision,” Mayor Elena Ruiz said on Tuesday.",
  "Port director Samuel Okoye said the new cranes would arrive in March “so that the terminal never closes during the work.”",
  "“We do not expect any job losses at the terminal,” Okoye said.",
  "The union’s chief steward, Dana Whitfield, said in a statement that members would vote on the contract next week.",
];

interface Expected {
  /** The reported span's exact text. */
  readonly text: string;
  readonly block?: number;
  readonly message: ReadonlyArray<string>;
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly related?: string;
}

interface Case extends RunCase {
  readonly name: string;
  readonly reports?: ReadonlyArray<Expected>;
}

function table(rule: Rule, cases: { valid: ReadonlyArray<Case>; invalid: ReadonlyArray<Case> }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const testCase of cases.valid) {
      it(testCase.name, () => {
        const { article, reports } = runRule(rule, testCase);
        expect(reports.map((r) => `${textOf(article, r.span)}: ${r.message}`)).toEqual([]);
      });
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const testCase of cases.invalid) {
      it(testCase.name, () => {
        const { article, reports } = runRule(rule, testCase);
        const seen = reports.map((r) => `${textOf(article, r.span)}: ${r.message}`);
        expect(reports.length, seen.join("\n")).toBe(testCase.reports?.length ?? 0);
        (testCase.reports ?? []).forEach((want, i) => {
          const got = reports[i];
          if (got === undefined) throw new Error(`report ${i} missing`);
          expect(textOf(article, got.span)).toBe(want.text);
          if (want.block !== undefined) expect(got.span.block).toBe(want.block);
          for (const fragment of want.message) expect(got.message).toContain(fragment);
          if (want.evidence) expect(got.evidence).toMatchObject(want.evidence);
          if (want.related !== undefined) {
            const related = got.related?.[0];
            expect(related && textOf(article, related.span)).toBe(want.related);
          }
        });
      });
    }
  });
}

table(misattributedRule, {
  valid: [
    { name: "the same words, the same speaker by surname", paragraphs: ["“The harbor has waited twenty years for this decision,” Ruiz said."], sources: [SOURCE] },
    { name: "the same words, the same speaker with a title", paragraphs: ["Mayor Elena Ruiz spoke first. “The harbor has waited twenty years for this decision,” she said."], sources: [SOURCE] },
    { name: "an anonymous speaker is never called a misattribution", paragraphs: ["“The harbor has waited twenty years for this decision,” a city official said."], sources: [SOURCE] },
    { name: "no sources: no verdict", paragraphs: ["“The harbor has waited twenty years for this decision,” said port director Samuel Okoye."] },
    { name: "other words given to another speaker", paragraphs: ["“The cranes are the best money can buy,” said port director Samuel Okoye."], sources: [SOURCE] },
    { name: "reported speech is not judged unless reportedSpeech is on", paragraphs: ["Mayor Elena Ruiz said that members would vote on the contract next week."], sources: [SOURCE] },
    {
      name: "the speaker's name transliterated another way (Zelensky, Zelenskyy)",
      paragraphs: ["“We will rebuild every bridge in the region,” Volodymyr Zelensky said."],
      sources: [["“We will rebuild every bridge in the region,” President Volodymyr Zelenskyy said on Monday."]],
    },
    {
      name: "a place after a preposition is not the speaker (Chernigov, Chernihiv)",
      paragraphs: ["Officials in Chernigov reported that repair crews were sent to 34 districts after the strikes."],
      sources: [["Officials in Chernihiv reported that repair crews were sent to 34 districts after the strikes."]],
      options: { reportedSpeech: true },
    },
    {
      name: "words the sources give as closely to two people are a formula, not a misattribution",
      paragraphs: ["Lysenko told reporters that the rail freight forecast had been revised up twice since April."],
      sources: [
        ["Okafor told reporters that the rail freight forecast had been revised up twice since April."],
        ["Brenner told reporters that the rail freight forecast had been revised up twice since April."],
      ],
      options: { reportedSpeech: true },
    },
    { name: "a short quotation proves nothing", paragraphs: ["“For this decision,” Okoye said."], sources: [SOURCE] },
  ],
  invalid: [
    {
      name: "a quotation given to another person",
      paragraphs: ["“The harbor has waited twenty years for this decision,” said port director Samuel Okoye."],
      sources: [SOURCE],
      reports: [
        {
          text: "The harbor has waited twenty years for this decision",
          message: ["The source gives these words to Mayor Elena Ruiz, not to Samuel Okoye", "source-1.txt, line 1"],
          evidence: { speaker: "Samuel Okoye", sourceSpeaker: "Elena Ruiz", source: { file: "source-1.txt", line: 1, column: 2 }, score: 1 },
        },
      ],
    },
    {
      name: "misattributed even with the words a little edited",
      paragraphs: ["“The harbour has waited 20 years for this decision,” Dana Whitfield said."],
      sources: [SOURCE],
      reports: [{ text: "The harbour has waited 20 years for this decision", message: ["to Mayor Elena Ruiz, not to Dana Whitfield"] }],
    },
    {
      name: "a speaker named by a pronoun is shown as the text names them",
      paragraphs: ["Port director Samuel Okoye spoke after the vote. “The harbor has waited twenty years for this decision,” he said."],
      sources: [SOURCE],
      reports: [{ text: "The harbor has waited twenty years for this decision", message: ['to Mayor Elena Ruiz, not to Samuel Okoye ("he" here)'] }],
    },
    {
      name: "reported speech given to another speaker, with reportedSpeech on",
      paragraphs: ["Mayor Elena Ruiz said that members would vote on the contract next week."],
      sources: [SOURCE],
      options: { reportedSpeech: true },
      reports: [{ text: "members would vote on the contract next week", message: ["The source gives what is reported here to union’s chief steward Dana Whitfield, not to Elena Ruiz"] }],
    },
  ],
});

table(alteredRule, {
  valid: [
    { name: "verbatim", paragraphs: ["“We do not expect any job losses at the terminal,” Okoye said."], sources: [SOURCE] },
    { name: "straight quotes, an ellipsis and British spelling", paragraphs: ['"The harbour has waited … for this decision," Ruiz said.'], sources: [SOURCE] },
    { name: "a bracketed clarification", paragraphs: ["“We do not expect any job losses at the [container] terminal,” Okoye said."], sources: [SOURCE] },
    { name: "the quoted fragment of a partial quotation", paragraphs: ["Okoye said the cranes were timed “so that the terminal never closes during the work.”"], sources: [SOURCE] },
    { name: "a number written in figures", paragraphs: ["“The harbor has waited 20 years for this decision,” Ruiz said."], sources: [SOURCE] },
    { name: "no sources: no verdict", paragraphs: ["“We expect job losses at the terminal,” Okoye said."] },
    { name: "a quotation not in the sources is not 'altered'", paragraphs: ["“We will double the number of berths by 2030,” Okoye said."], sources: [SOURCE] },
  ],
  invalid: [
    {
      name: "a negation dropped",
      paragraphs: ["“We do expect job losses at the terminal,” Okoye said."],
      sources: [SOURCE],
      reports: [
        {
          text: "We do expect job losses at the terminal",
          message: ['drops "not"', "reversing Samuel Okoye’s words", '"We do not expect any job losses at the terminal"', "source-1.txt, line 5"],
          evidence: { diff: "We do [-not-] expect [-any-] job losses at the terminal", changes: [{ kind: "negation-dropped", words: "not" }, { kind: "words-omitted", words: "any" }] },
        },
      ],
    },
    {
      name: "a number changed",
      paragraphs: ["“The harbor has waited thirty years for this decision,” Ruiz said."],
      sources: [SOURCE],
      reports: [{ text: "The harbor has waited thirty years for this decision", message: ['has "thirty" where the source has "twenty"'] }],
    },
    {
      name: "words added inside the quote marks",
      paragraphs: ["“We do not expect any job losses at the terminal this year or next,” Okoye said."],
      sources: [SOURCE],
      reports: [{ text: "We do not expect any job losses at the terminal this year or next", message: ['adds "this year or next"'] }],
    },
    {
      name: "a partial quotation extended over the source's paraphrase",
      paragraphs: ["Okoye said: “The new cranes will arrive in March so that the terminal never closes during the work.”"],
      sources: [SOURCE],
      reports: [
        {
          text: "The new cranes will arrive in March so that the terminal never closes during the work.",
          message: ['The source quotes only "so that the terminal never closes during the work"', '"The new cranes will arrive in March" is its paraphrase, not Samuel Okoye’s words'],
        },
      ],
    },
    {
      name: "a paraphrase presented as a direct quotation",
      paragraphs: ["“Members will vote on the contract next week,” Whitfield said."],
      sources: [SOURCE],
      reports: [{ text: "Members will vote on the contract next week", message: ["The source paraphrases Dana Whitfield here without quotation marks"] }],
    },
  ],
});

table(unverifiedRule, {
  valid: [
    { name: "found in the source", paragraphs: ["“We do not expect any job losses at the terminal,” Okoye said."], sources: [SOURCE] },
    { name: "no sources given: silent", paragraphs: ["“We will double the number of berths by 2030,” Okoye said."] },
    { name: "too short to verify", paragraphs: ["“Not this year,” Okoye said."], sources: [SOURCE] },
    { name: "reported speech is the writer's paraphrase, not checked", paragraphs: ["Okoye said the port would double its berths by 2030."], sources: [SOURCE] },
    { name: "partial quotations off", paragraphs: ["Okoye called the plan “a once-in-a-generation chance for the city.”"], sources: [SOURCE], options: { partial: false } },
  ],
  invalid: [
    {
      name: "nothing in the source comes close",
      paragraphs: ["“We will double the number of berths by 2030,” Okoye said."],
      sources: [SOURCE],
      reports: [{ text: "We will double the number of berths by 2030", message: ["Nothing in the source file matches this quotation", "check it against the original"], evidence: { sourceFiles: 1, speaker: "Okoye" } }],
    },
    {
      name: "a partial quotation not in the source",
      paragraphs: ["Okoye called the plan “a once-in-a-generation chance for the city.”"],
      sources: [SOURCE, ["“Nothing here,” said Anna Bell."]],
      reports: [{ text: "a once-in-a-generation chance for the city.", message: ["Nothing in the 2 source files matches"] }],
    },
  ],
});

table(unattributedRule, {
  valid: [
    { name: "attributed after", paragraphs: ["“The harbor will never be the same,” Ruiz said."] },
    { name: "attributed before", paragraphs: ["Ruiz told reporters: “The harbor will never be the same.”"] },
    { name: "a paragraph of quotation alone, after the speaker's own quotation", paragraphs: ["“We waited twenty years,” Ruiz said.", "“The harbor will never be the same.”"] },
    { name: "a headline quotation (the body names the speaker)", paragraphs: ["“The harbor will never be the same again”", "Mayor Elena Ruiz spoke on Tuesday."], headline: true },
    { name: "one or two quoted words", paragraphs: ["“Never again.”"] },
    { name: "a quoted term inside the writer's sentence", paragraphs: ["The so-called “harbor deal” was signed on Tuesday."] },
  ],
  invalid: [
    {
      name: "a direct quotation with no speaker",
      paragraphs: ["The vote ended a two-year fight.", "“The harbor will never be the same again.”"],
      reports: [{ block: 1, text: "The harbor will never be the same again.", message: ["This quotation names no speaker"] }],
    },
    {
      name: "a quotation over two paragraphs with no speaker points at its start",
      paragraphs: ["“The harbor will never be the same.", "“Nobody will recognise it.”"],
      reports: [{ block: 0, text: "The harbor will never be the same.", message: ["names no speaker"], related: "Nobody will recognise it." }],
    },
  ],
});

table(inconsistentSpeakerRule, {
  valid: [
    { name: "one quotation, one speaker", paragraphs: ["“We will not close the terminal during the work,” Samuel Okoye said.", "“We will not close the terminal during the work,” Okoye repeated on Friday."] },
    { name: "two different quotations", paragraphs: ["“We will not close the terminal,” Okoye said.", "“We will finish the dredging in May,” Ruiz said."] },
    { name: "an anonymous speaker", paragraphs: ["“We will not close the terminal during the work,” Okoye said.", "“We will not close the terminal during the work,” a port official said."] },
    { name: "across articles, the same speaker", paragraphs: ["“We will not close the terminal during the work,” Okoye said."], others: [["“We will not close the terminal during the work,” port director Samuel Okoye said."]] },
    {
      name: "across articles, the same sentence with the negation turned and the figure changed (another statement)",
      paragraphs: ["“The second pipeline cannot carry the grain berth that handles 61 percent of the grain exports, whatever the crews decide,” Melnyk said."],
      others: [["“The second pipeline can carry the grain berth that handles 52 percent of the grain exports, whatever the crews decide,” Marchenko said."]],
    },
    {
      name: "in one article, the same sentence with only the figure changed (another statement)",
      paragraphs: [
        "“The grain berth handles 61 percent of the grain exports for Odesa and the crews are working double shifts,” Melnyk said.",
        "“The grain berth handles 52 percent of the grain exports for Odesa and the crews are working double shifts,” Marchenko said.",
      ],
    },
    { name: "across articles switched off", paragraphs: ["“We will not close the terminal during the work,” Okoye said."], others: [["“We will not close the terminal during the work,” Mayor Elena Ruiz said."]], options: { acrossArticles: false } },
  ],
  invalid: [
    {
      name: "the same quotation given to two people in one article",
      paragraphs: ["“We will not close the terminal during the work,” Samuel Okoye said.", "The mayor agreed.", "“We will not close the terminal during the work,” said Mayor Elena Ruiz."],
      reports: [
        {
          block: 2,
          text: "We will not close the terminal during the work",
          message: ["The same quotation is given to Elena Ruiz here and to Samuel Okoye in paragraph 1 (line 1)", "settle who said it"],
          related: "We will not close the terminal during the work",
        },
      ],
    },
    {
      name: "the same quotation given to another person in another article of the run",
      paragraphs: ["“We will not close the terminal during the work,” Okoye said."],
      others: [["“We will not close the terminal during the work,” Mayor Elena Ruiz said."]],
      reports: [{ text: "We will not close the terminal during the work", message: ["to Mayor Elena Ruiz in other-1.txt (line 1)"], evidence: { otherFile: "other-1.txt" } }],
    },
    {
      // Syndication: each wording is carried by many articles. The nearest passages of either
      // wording are its own copies, which must not hide the other speaker's.
      name: "a quotation carried many times for one speaker and, a word changed, many times for another",
      paragraphs: ["“We will not close the terminal during the work on the harbor,” Okoye said."],
      others: [
        ...Array.from({ length: 7 }, () => ["“We will not close the terminal during the work on the harbor,” port director Samuel Okoye said."]),
        ...Array.from({ length: 7 }, () => ["“We will not close the terminal during the work at the harbor,” Mayor Elena Ruiz said."]),
      ],
      reports: [{ text: "We will not close the terminal during the work on the harbor", message: ["to Mayor Elena Ruiz in other-8.txt (line 1)"], evidence: { otherFile: "other-8.txt" } }],
    },
  ],
});

describe("rule metadata", () => {
  it.each([misattributedRule, alteredRule, unverifiedRule, unattributedRule, inconsistentSpeakerRule])("$meta.id links its docs page", (rule) => {
    const name = rule.meta.id.split("/")[1];
    expect(rule.meta.docsUrl).toBe(`https://github.com/copydesk/copydesk/blob/main/packages/rule-quotes/docs/${name}.md`);
  });
});
