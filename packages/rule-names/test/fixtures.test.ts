// The editors' fixtures, read as copydesk reads them (@copydesk/ingest) and checked by the engine
// (checkArticle), with exactly what each EXPECTED.md lists, at exact lines and columns.
import { readFileSync } from "node:fs";
import { applyFixes, checkArticle, resolveConfig, SourceFile, type Article, type Finding } from "@copydesk/core";
import { parseArticle } from "@copydesk/ingest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

function read(relative: string): Article {
  const path = fixturePath(relative);
  return parseArticle(new SourceFile({ uri: path, text: readFileSync(path, "utf8") }));
}

function check(article: Article, preset = "ap"): Finding[] {
  const config = Either.getOrThrow(resolveConfig({ path: "<test>", file: { preset }, rules }));
  const result = checkArticle(article, config);
  expect(result.ruleFailures).toEqual([]);
  return [...result.findings];
}

/** One line per finding: where, rule, severity, the source text it points at, and its fix. */
const summary = (article: Article, findings: ReadonlyArray<Finding>) =>
  findings.map((f) => {
    const fix = f.fix ? ` -> ${f.fix.edits.map((e) => e.text).join("|")}` : "";
    return `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${article.source.text.slice(f.offset, f.endOffset)}${fix}`;
  });

describe("place-names/mixed.md (EXPECTED.md: house style AP, Kyiv)", () => {
  const article = read("place-names/mixed.md");
  const findings = check(article);

  it("reports exactly the pairs, the variants, the misnaming and the info notes", () => {
    expect(summary(article, findings)).toEqual([
      // Headline: Odessa against the body's Odesa.
      "1:29 names/consistency warning Odessa",
      "1:29 names/house-style warning Odessa -> Odesa",
      // Body "Kiev" -> "Kyiv", and against "Kyiv" in paragraph 2.
      "5:154 names/consistency warning Kiev",
      "5:154 names/house-style warning Kiev -> Kyiv",
      "7:89 names/house-style warning Odessa -> Odesa",
      "7:110 names/consistency warning Kharkov",
      "7:110 names/house-style warning Kharkov -> Kharkiv",
      // The quoted "Kiev": info, no fix.
      "9:2 names/house-style info Kiev",
      // Zelensky against Zelenskyy; the misnamed "Vladimir Zelensky" is a warning with no fix.
      "13:72 names/consistency warning Zelensky",
      "13:72 names/house-style warning Zelensky -> Zelenskyy",
      "13:168 names/house-style warning Vladimir",
      "13:177 names/house-style info Zelensky",
      // Nikolaev is a former name the text explains: info only.
      "15:61 names/house-style info Nikolaev",
    ]);
  });

  it("names the other spelling where the body text uses it, not the capitals of the dateline", () => {
    const messages = findings.filter((f) => f.ruleId === "names/consistency").map((f) => [f.message, f.related?.[0]?.line, f.related?.[0]?.column]);
    expect(messages).toEqual([
      ['"Odessa" here, but "Odesa" in paragraph 1 (line 5): spell it "Odesa" throughout, as AP style does.', 5, 117],
      ['"Kiev" here, but "Kyiv" in paragraph 2 (line 7): spell it "Kyiv" throughout, as AP style does.', 7, 29],
      ['"Kharkov" here, but "Kharkiv" in the same paragraph (line 7): spell it "Kharkiv" throughout, as AP style does.', 7, 122],
      ['"Zelensky" here, but "Zelenskyy" in the same paragraph (line 13): spell it "Zelenskyy" throughout, as AP style does.', 13, 21],
    ]);
  });

  it("leaves the KYIV dateline, chicken Kiev, Kievan Rus' and Dynamo Kyiv alone", () => {
    const lines = article.source.text.split("\n");
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return { line: line + 1, column: (lines[line] as string).indexOf(needle) + 1 };
    };
    for (const [needle, skip] of [["KYIV, March", 0], ["chicken Kiev", 8], ["Kievan Rus", 0], ["Dynamo Kyiv", 7]] as const) {
      const { line, column } = at(needle);
      expect(findings.filter((f) => f.line === line && f.column === column + skip), needle).toEqual([]);
    }
  });

  it("--fix rewrites the variants outside quotations and nothing else", () => {
    const fixed = applyFixes(article.source.text, findings);
    expect(fixed.skipped).toEqual([]);
    const changed = fixed.text.split("\n").filter((line, i) => line !== article.source.text.split("\n")[i]);
    expect(changed).toEqual([
      "# Grain corridor reopens as Odesa port resumes loading",
      "KYIV, March 4 — Ukraine's grain corridor reopened on Tuesday after a three-week pause, with the first ships leaving Odesa before dawn, port officials in Kyiv said.",
      "The agriculture ministry in Kyiv said 14 vessels were waiting at the three ports around Odesa. Officials in Kharkiv and Kharkiv region reported power cuts after overnight strikes.",
      "President Volodymyr Zelenskyy thanked partners for the convoy escorts; Zelenskyy's office later published the ship list. Earlier, a regional outlet had misnamed him as Vladimir Zelensky.",
    ]);
    // A second pass finds nothing left to fix.
    const again = check(parseArticle(article.source.withText(fixed.text)));
    expect(again.filter((f) => f.fix !== undefined)).toEqual([]);
  });
});

describe.each([
  {
    file: "seed/article.txt",
    kiev: ["2:91", "2:258", "5:75"],
    vladimir: "3:173",
    zelensky: ["3:182", "5:101"],
  },
  {
    file: "seed/article.html",
    kiev: ["16:102", "16:269", "19:86"],
    vladimir: "17:184",
    zelensky: ["17:193", "19:112"],
  },
])("$file (EXPECTED.md: names)", ({ file, kiev, vladimir, zelensky }) => {
  const article = read(file);

  it.each([
    ["ap", "Zelenskyy"],
    ["reuters", "Zelenskiy"],
    ["bbc", "Zelensky"],
    ["guardian", "Zelensky"],
  ])("%s: Kiev three times, Vladimir, and the surname as the style spells it (%s)", (preset, surname) => {
    const findings = check(article, preset);
    const expected = [
      `${kiev[0]} names/house-style warning Kiev -> Kyiv`,
      `${kiev[1]} names/house-style warning Kiev -> Kyiv`,
      `${vladimir} names/house-style warning Vladimir -> Volodymyr`,
      ...(surname === "Zelensky" ? [] : [`${zelensky[0]} names/house-style warning Zelensky -> ${surname}`]),
      `${kiev[2]} names/house-style warning Kiev -> Kyiv`,
      ...(surname === "Zelensky" ? [] : [`${zelensky[1]} names/house-style warning Zelensky -> ${surname}`]),
    ];
    expect(summary(article, findings)).toEqual(expected);
    const first = findings.find((f) => article.source.text.slice(f.offset, f.endOffset) === "Vladimir");
    expect(first?.message).toContain("Volodymyr");
  });

  it("the fixed file reads Kyiv and Volodymyr Zelenskyy, and the disclaimers are untouched", () => {
    const fixed = applyFixes(article.source.text, check(article)).text;
    expect(fixed).toContain("direct contact between Moscow and Kyiv since 2022");
    expect(fixed).toContain("Ukrainian President Volodymyr Zelenskyy initially responded");
    expect(fixed).toContain("Western support for Kyiv, warned that even if Zelenskyy were replaced");
    expect(fixed.split("Legal Disclaimer:").slice(1)).toEqual(article.source.text.split("Legal Disclaimer:").slice(1));
  });
});
