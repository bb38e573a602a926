import { describe, expect, it } from "vitest";
import { articleFromText } from "@copydesk/core";
import { extractQuotations } from "../src/extract/extract.js";
import { at, extract, type SeenQuotation } from "./helpers/quotes.js";

const withoutText = ({ block, start, end }: { block: number; start: number; end: number }) => ({ block, start, end });

interface Case {
  readonly name: string;
  readonly paragraphs: ReadonlyArray<string>;
  /** Each expected quotation: its kind, the exact text of its spans (located independently), and its speaker. */
  readonly expected: ReadonlyArray<{
    kind: SeenQuotation["kind"];
    spans: ReadonlyArray<readonly [block: number, text: string]>;
    speaker?: string;
    speakerKind?: string;
    resolvedBy?: string;
    role?: string;
    cue?: string;
  }>;
  readonly boilerplate?: ReadonlyArray<number>;
}

const cases: ReadonlyArray<Case> = [
  {
    name: "curly double quotes, speaker after the cue",
    paragraphs: ["“This is the largest investment in the waterfront in a generation,” said city engineer Priya Raman."],
    expected: [{ kind: "direct", spans: [[0, "This is the largest investment in the waterfront in a generation"]], speaker: "Priya Raman", speakerKind: "person", role: "city engineer", cue: "said" }],
  },
  {
    name: "straight double quotes after a colon",
    paragraphs: ['Residents\' representative Tomas Lind said: "We are against growth, and nobody has shown us a credible traffic study."'],
    expected: [{ kind: "direct", spans: [[0, "We are against growth, and nobody has shown us a credible traffic study."]], speaker: "Tomas Lind", role: "Residents' representative", cue: "said" }],
  },
  {
    name: "British single quotes with a plural possessive inside",
    paragraphs: ["‘The Residents’ association will not accept this,’ Tomas Lind said."],
    expected: [{ kind: "direct", spans: [[0, "The Residents’ association will not accept this"]], speaker: "Tomas Lind", cue: "said" }],
  },
  {
    name: "French guillemets with spaces inside",
    paragraphs: ["« Nous irons jusqu’au bout », said Foreign Minister Jean Dupont."],
    expected: [{ kind: "direct", spans: [[0, "Nous irons jusqu’au bout"]], speaker: "Jean Dupont", role: "Foreign Minister", cue: "said" }],
  },
  {
    name: "German low-high quotes",
    paragraphs: ["„Wir schaffen das“, Chancellor Angela Merkel said."],
    expected: [{ kind: "direct", spans: [[0, "Wir schaffen das"]], speaker: "Angela Merkel", role: "Chancellor", cue: "said" }],
  },
  {
    name: "a nested quotation stays inside the one that holds it",
    paragraphs: ["“He told me ‘never again’ and then he signed it anyway,” said Ruth Adeyemi."],
    expected: [{ kind: "direct", spans: [[0, "He told me ‘never again’ and then he signed it anyway"]], speaker: "Ruth Adeyemi", cue: "said" }],
  },
  {
    name: "X, the board chair, said",
    paragraphs: ["“It will pay for itself within twelve years,” Miriam Castell, the board chair, said after the vote."],
    expected: [{ kind: "direct", spans: [[0, "It will pay for itself within twelve years"]], speaker: "Miriam Castell", role: "board chair", cue: "said" }],
  },
  {
    name: "a partial quotation woven into reported speech takes its speaker",
    paragraphs: ["City engineer Priya Raman told the board the dredging would be done in two phases “to keep the channel open to fishing boats at all times.”"],
    expected: [
      {
        kind: "reported",
        spans: [[0, "the dredging would be done in two phases “to keep the channel open to fishing boats at all times.”"]],
        speaker: "Priya Raman",
        role: "City engineer",
        cue: "told",
      },
      { kind: "partial", spans: [[0, "to keep the channel open to fishing boats at all times."]], speaker: "Priya Raman", cue: "told" },
    ],
  },
  {
    name: "a partial quotation with a describing verb",
    paragraphs: ["Board chair Miriam Castell called the plan “the largest investment in the waterfront in a generation.”"],
    expected: [{ kind: "partial", spans: [[0, "the largest investment in the waterfront in a generation."]], speaker: "Miriam Castell", role: "Board chair", cue: "called" }],
  },
  {
    name: "a quotation over three paragraphs (no closing mark until the last)",
    paragraphs: [
      "“The first phase dredges the outer channel,” said Priya Raman. “The second phase follows in the spring.",
      "“Boats will pass at all times.",
      "“Nobody will lose a day at sea.”",
    ],
    expected: [
      { kind: "direct", spans: [[0, "The first phase dredges the outer channel"]], speaker: "Priya Raman", cue: "said" },
      {
        kind: "direct",
        spans: [[0, "The second phase follows in the spring."], [1, "Boats will pass at all times."], [2, "Nobody will lose a day at sea."]],
        speaker: "Priya Raman",
        resolvedBy: "context",
      },
    ],
  },
  {
    name: "a later surname alone is the person named in full before",
    paragraphs: [
      "The board’s two dissenting members, Hal Brenner and Ruth Adeyemi, argued that the cost estimates were out of date.",
      "“The numbers in this plan are three years old,” Brenner said.",
    ],
    expected: [
      { kind: "reported", spans: [[0, "the cost estimates were out of date"]], speaker: "Hal Brenner and Ruth Adeyemi", cue: "argued" },
      { kind: "direct", spans: [[1, "The numbers in this plan are three years old"]], speaker: "Hal Brenner", resolvedBy: "surname", cue: "said" },
    ],
  },
  {
    name: "a pronoun is the last person named who fits it",
    paragraphs: ["Hal Brenner and Ruth Adeyemi voted against the plan. “The numbers are three years old,” she said. “We asked for new ones,” he added."],
    expected: [
      { kind: "direct", spans: [[0, "The numbers are three years old"]], speaker: "Ruth Adeyemi", resolvedBy: "pronoun", cue: "said" },
      { kind: "direct", spans: [[0, "We asked for new ones"]], speaker: "Hal Brenner", resolvedBy: "pronoun", cue: "added" },
    ],
  },
  {
    name: "a title and a surname",
    paragraphs: ["Miriam Castell chaired the meeting.", "Ms. Castell said: “The vote is final.”"],
    expected: [{ kind: "direct", spans: [[1, "The vote is final."]], speaker: "Miriam Castell", resolvedBy: "title", cue: "said" }],
  },
  {
    name: "organisations: named, described later, and a spokesperson",
    paragraphs: [
      "The terminal operator, Greyhaven Logistics, said in a statement that construction would begin in the spring.",
      "“We will hire locally wherever we can,” the company said.",
      "“Work starts in March,” a company spokesperson said.",
    ],
    expected: [
      { kind: "reported", spans: [[0, "construction would begin in the spring"]], speaker: "Greyhaven Logistics", speakerKind: "organisation", role: "terminal operator", cue: "said" },
      { kind: "direct", spans: [[1, "We will hire locally wherever we can"]], speaker: "Greyhaven Logistics", speakerKind: "organisation", resolvedBy: "description", cue: "said" },
      { kind: "direct", spans: [[2, "Work starts in March"]], speaker: "a company spokesperson", speakerKind: "anonymous", cue: "said" },
    ],
  },
  {
    name: "reported speech after a title and an appositive, and with 'according to'",
    paragraphs: [
      "Russian Foreign Minister Sergey Lavrov, commenting on Western support for Kyiv, warned that the regime would persist.",
      "A state review is expected by the end of the year, according to the state Department of Environmental Quality.",
    ],
    expected: [
      { kind: "reported", spans: [[0, "the regime would persist"]], speaker: "Sergey Lavrov", role: "Russian Foreign Minister", cue: "warned" },
      { kind: "reported", spans: [[1, "A state review is expected by the end of the year"]], speaker: "Department of Environmental Quality", speakerKind: "organisation", cue: "according to" },
    ],
  },
  {
    name: "a trailing attribution after a dateline, with a place after the speaker",
    paragraphs: ["KYIV, March 4 — The grain corridor reopened on Tuesday, port officials in Kyiv said."],
    expected: [{ kind: "reported", spans: [[0, "The grain corridor reopened on Tuesday"]], speaker: "port officials", speakerKind: "anonymous", cue: "said" }],
  },
  {
    name: "a place between the speaker and the verb",
    paragraphs: ["Officials in Kharkiv region reported power cuts after overnight strikes.", "The agriculture ministry in Kyiv said 14 vessels were waiting."],
    expected: [
      { kind: "reported", spans: [[0, "power cuts after overnight strikes"]], speaker: "officials", speakerKind: "anonymous", cue: "reported" },
      { kind: "reported", spans: [[1, "14 vessels were waiting"]], speaker: "the agriculture ministry", speakerKind: "organisation", cue: "said" },
    ],
  },
  {
    name: "a parenthetical attribution",
    paragraphs: ["The plan, Priya Raman said, was never viable without a second phase."],
    expected: [{ kind: "reported", spans: [[0, "The plan"], [0, "was never viable without a second phase"]], speaker: "Priya Raman", cue: "said" }],
  },
  {
    name: "a direct quotation with no speaker",
    paragraphs: ["“The harbor will never be the same again.”"],
    expected: [{ kind: "direct", spans: [[0, "The harbor will never be the same again."]] }],
  },
  {
    name: "apostrophes never open a quotation",
    paragraphs: ["Rock ’n’ roll came to the harbor in the ’60s and the '70s, and the Residents’ hall still hosts rock 'n' roll nights."],
    expected: [],
  },
  {
    name: "scare quotes and titles are not quotations",
    paragraphs: ["The so-called “special operation” began in 2022.", 'The board called the "as is" clause routine.'],
    expected: [],
  },
  {
    name: "a city standing for a government is no speaker",
    paragraphs: ["Moscow has reiterated that its core objectives remain unchanged.", "The U.S. acknowledged that talks are a logical next step."],
    expected: [],
  },
  {
    name: "boilerplate blocks are skipped",
    paragraphs: ["“We do not accept any responsibility for this content,” the provider said."],
    boilerplate: [0],
    expected: [],
  },
];

describe("extractQuotations", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { quotations } = extract(testCase.paragraphs, testCase.boilerplate);
      const expected = testCase.expected.map((e) => {
        const { spans, ...rest } = e;
        return { ...rest, spans: spans.map(([block, text]) => at(testCase.paragraphs, block, text)) };
      });
      expect(quotations.map((q) => ({ kind: q.kind, spans: q.spans }))).toEqual(expected.map((e) => ({ kind: e.kind, spans: e.spans })));
      expected.forEach((want, i) => {
        const got = quotations[i] as SeenQuotation;
        expect(got.speaker, `speaker of quotation ${i}`).toBe(want.speaker);
        for (const key of ["speakerKind", "resolvedBy", "role", "cue"] as const) {
          if (want[key] !== undefined) expect(got[key], `${key} of quotation ${i}`).toBe(want[key]);
        }
      });
    });
  }

  it("gives the speaker's own span (the name as written, or the pronoun) and the cue's", () => {
    const paragraphs = ["Hal Brenner chaired the meeting.", "“The numbers are old,” Brenner said.", "“Quite so,” he added."];
    const article = articleFromText(paragraphs);
    const [first, second] = extractQuotations(article);
    expect(first?.speaker?.span).toEqual(withoutText(at(paragraphs, 1, "Brenner")));
    expect(first?.cue).toEqual({ text: "said", span: withoutText(at(paragraphs, 1, "said")) });
    expect(second?.speaker).toMatchObject({ name: "Hal Brenner", resolvedBy: "pronoun", span: withoutText(at(paragraphs, 2, "he")) });
  });

  // How long it takes is measured by `pnpm bench` (hostile inputs); here it must finish and stay right.
  it("copes with hostile input: a 1 MB paragraph and 100,000 quotation marks", () => {
    const long = "Smith said that the harbor ".repeat(40_000);
    const marks = "“‘".repeat(25_000) + "”’".repeat(25_000);
    const article = articleFromText([long, marks, "“We will go,” said Priya Raman."]);
    const quotations = extractQuotations(article);
    expect(quotations.at(-1)?.speaker?.name).toBe("Priya Raman");
  });
});
