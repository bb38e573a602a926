// Every preset against every name the issue and the editors' fixtures name. The expected
// spellings are written out here, from the style guides and tooling/fixtures/seed/EXPECTED.md,
// not read from the data, so that a change in data/*.json that breaks a style fails a test.
import { describe, expect, it } from "vitest";
import { consistencyRule, houseStyleRule, PRESETS, shippedEntries, type Preset } from "../src/index.js";
import { expectCase, type RuleCase } from "./helpers/rule-tester.js";

const LABEL: Record<Preset, string> = { ap: "AP", reuters: "Reuters", bbc: "BBC", guardian: "Guardian" };

/** What each style prints, and the spellings it replaces. `null`: the style has no ruling. */
interface StyleRow {
  readonly name: string;
  readonly spellings: ReadonlyArray<string>;
  readonly preferred: Readonly<Record<Preset, string | null>>;
  /** False where the replacement cannot be made mechanically. */
  readonly fixable?: boolean;
}

const all = (spelling: string): Record<Preset, string> => ({ ap: spelling, reuters: spelling, bbc: spelling, guardian: spelling });

const PLACES: ReadonlyArray<StyleRow> = [
  { name: "Kyiv", spellings: ["Kyiv", "Kiev"], preferred: all("Kyiv") },
  { name: "Odesa", spellings: ["Odesa", "Odessa"], preferred: all("Odesa") },
  { name: "Kharkiv", spellings: ["Kharkiv", "Kharkov"], preferred: all("Kharkiv") },
  { name: "Mykolaiv", spellings: ["Mykolaiv", "Nikolaev", "Nikolayev"], preferred: all("Mykolaiv") },
  { name: "Lviv", spellings: ["Lviv", "Lvov"], preferred: all("Lviv") },
  { name: "Zaporizhzhia", spellings: ["Zaporizhzhia", "Zaporozhye"], preferred: all("Zaporizhzhia") },
  { name: "Luhansk", spellings: ["Luhansk", "Lugansk"], preferred: all("Luhansk") },
  { name: "Donbas", spellings: ["Donbas", "Donbass"], preferred: all("Donbas") },
  // Widely adopted renamings, and the styles that have not followed them.
  { name: "Turkey", spellings: ["Turkey", "Türkiye", "Turkiye"], preferred: all("Turkey") },
  { name: "Czech Republic", spellings: ["Czech Republic", "Czechia"], preferred: { ap: "Czech Republic", reuters: null, bbc: null, guardian: null }, fixable: false },
  { name: "Eswatini", spellings: ["Eswatini", "Swaziland"], preferred: all("Eswatini") },
  { name: "North Macedonia", spellings: ["North Macedonia", "Macedonia"], preferred: all("North Macedonia") },
  { name: "Mumbai", spellings: ["Mumbai", "Bombay"], preferred: all("Mumbai") },
  { name: "Chennai", spellings: ["Chennai", "Madras"], preferred: all("Chennai") },
  { name: "Kolkata", spellings: ["Kolkata", "Calcutta"], preferred: all("Kolkata") },
  { name: "Beijing", spellings: ["Beijing", "Peking"], preferred: all("Beijing") },
  { name: "Myanmar", spellings: ["Myanmar", "Burma"], preferred: all("Myanmar") },
  { name: "Ivory Coast", spellings: ["Ivory Coast", "Côte d'Ivoire"], preferred: { ap: "Ivory Coast", reuters: "Ivory Coast", bbc: "Ivory Coast", guardian: null } },
  { name: "Cape Verde", spellings: ["Cape Verde", "Cabo Verde"], preferred: { ap: "Cape Verde", reuters: null, bbc: null, guardian: null } },
];

/** The president's surname, as tooling/fixtures/seed/EXPECTED.md has it for each style. */
const ZELENSKYY: StyleRow = {
  name: "Zelenskyy",
  spellings: ["Zelenskyy", "Zelenskiy", "Zelensky"],
  preferred: { ap: "Zelenskyy", reuters: "Zelenskiy", bbc: "Zelensky", guardian: "Zelensky" },
};

function caseFor(row: StyleRow, spelling: string, preset: Preset): { testCase: RuleCase; valid: boolean } {
  const sentence = `Officials met in ${spelling} on Tuesday.`;
  const preferred = row.preferred[preset];
  const start = "Officials met in ".length;
  if (preferred === null || preferred === spelling) return { testCase: { preset, paragraphs: sentence }, valid: true };
  const fixed = row.fixable === false ? null : `Officials met in ${preferred} on Tuesday.`;
  return {
    valid: false,
    testCase: {
      preset,
      paragraphs: sentence,
      reports: [
        {
          text: spelling,
          start,
          end: start + spelling.length,
          severity: "warning",
          messageIs: `"${spelling}" is "${preferred}" in ${LABEL[preset]} style.`,
          evidence: { variant: spelling, preferred, preset },
          fixed,
        },
      ],
    },
  };
}

describe.each(PRESETS)("preset %s: places", (preset) => {
  for (const row of PLACES) {
    for (const spelling of row.spellings) {
      const { testCase, valid } = caseFor(row, spelling, preset);
      const verdict = valid ? "no finding" : `"${row.preferred[preset]}"${row.fixable === false ? " (no fix)" : ""}`;
      it(`${spelling}: ${verdict}`, () => expectCase(houseStyleRule, testCase, valid));
    }
  }
});

describe.each(PRESETS)("preset %s: the president of Ukraine", (preset) => {
  const preferred = ZELENSKYY.preferred[preset] as string;
  for (const spelling of ZELENSKYY.spellings) {
    it(`President ${spelling}`, () => {
      const paragraphs = `President ${spelling} spoke.`;
      if (spelling === preferred) return expectCase(houseStyleRule, { preset, paragraphs }, true);
      expectCase(houseStyleRule, {
        preset,
        paragraphs,
        reports: [{ text: spelling, start: 10, messageIs: `"${spelling}" is "${preferred}" in ${LABEL[preset]} style.`, fixed: `President ${preferred} spoke.` }],
      });
    });
  }

  it("Vladimir Zelensky: Volodymyr, with the style's surname", () => {
    const reports = [
      {
        text: "Vladimir",
        start: 0,
        end: 8,
        messageIs: `"Vladimir" is not the first name of Volodymyr ${preferred}, the president of Ukraine: it is "Volodymyr".`,
        fixed: "Volodymyr Zelensky said.",
      },
      ...(preferred === "Zelensky" ? [] : [{ text: "Zelensky", start: 9, end: 17, fixed: `Vladimir ${preferred} said.` }]),
    ];
    expectCase(houseStyleRule, { preset, paragraphs: "Vladimir Zelensky said.", reports, output: `Volodymyr ${preferred} said.` });
  });

  it("Zelensky and Zelenskyy in one article: consistency names the style's spelling", () => {
    const other = preferred === "Zelenskyy" ? "Zelensky" : "Zelenskyy";
    expectCase(consistencyRule, {
      preset,
      paragraphs: [`President ${preferred} spoke.`, `${other} later left.`],
      reports: [
        {
          block: 1,
          text: other,
          messageIs: `"${other}" here, but "${preferred}" in paragraph 1 (line 1): spell it "${preferred}" throughout, as ${LABEL[preset]} style does.`,
          related: preferred,
          relatedBlock: 0,
        },
      ],
    });
  });
});

describe("the shipped data agrees with the table above", () => {
  const byCanonicalForm = (name: string) => shippedEntries().find((entry) => Object.values(entry.preferred).includes(name) || entry.canonical === name);
  it.each([...PLACES, ZELENSKYY])("$name", (row) => {
    const entry = byCanonicalForm(row.name);
    expect(entry, row.name).toBeDefined();
    for (const preset of PRESETS) expect(entry?.preferred[preset] ?? null, `${row.name} in ${preset}`).toBe(row.preferred[preset]);
  });
});
