import { describe, expect, it } from "vitest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { positionsOf, readFixture, runJson, type JsonFinding } from "./run-cli.js";

const at = (findings: JsonFinding[], ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column }));

describe("copydesk check on the seed article", () => {
  it.each([
    ["seed/article.html", 1],
    ["seed/article.txt", 0],
  ])("%s: house style for each body 'Kiev' at its exact line and column, and the wrong first name", (relative, skipMetaOccurrences) => {
    const text = readFixture(relative);
    const { report } = runJson(["check", fixturePath(relative)]);
    const findings = report.files[0]?.findings ?? [];
    const kiev = positionsOf(text, "Kiev").slice(skipMetaOccurrences);
    expect(kiev).toHaveLength(3);
    const houseStyle = findings.filter((f) => f.ruleId === "names/house-style");
    for (const position of kiev) {
      const finding = houseStyle.find((f) => f.line === position.line && f.column === position.column);
      expect(finding, `Kiev at ${position.line}:${position.column}`).toBeDefined();
      expect(finding).toMatchObject({ endLine: position.line, endColumn: position.column + 4, severity: "warning" });
      expect(finding?.message).toContain("Kyiv");
      expect(finding?.fix?.edits.map((e) => e.text)).toEqual(["Kyiv"]);
    }
    const [vladimir] = positionsOf(text, "Vladimir Zelensky");
    const firstName = findings.find((f) => f.line === vladimir?.line && f.column === vladimir?.column);
    expect(firstName?.message).toContain("Volodymyr");
    // The description <meta> is metadata, not article text: nothing points into the <head>.
    expect(findings.every((f) => f.line > 10 || relative.endsWith(".txt"))).toBe(true);
  });
});

describe("copydesk check on the place-name case", () => {
  const text = readFixture("place-names/mixed.md");
  const { report } = runJson(["check", fixturePath("place-names/mixed.md")]);
  const findings = report.files[0]?.findings ?? [];
  const line = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

  it("reports each pair of spellings used in one article", () => {
    const messages = findings.filter((f) => f.ruleId === "names/consistency").map((f) => f.message);
    for (const [a, b] of [["Kiev", "Kyiv"], ["Odessa", "Odesa"], ["Kharkov", "Kharkiv"], ["Zelensky", "Zelenskyy"]]) {
      expect(messages.some((m) => m.includes(`"${a}"`) && m.includes(`"${b}"`)), `${a}/${b}`).toBe(true);
    }
  });

  it("names the other spelling where the body text uses it, not the KYIV of the dateline", () => {
    const kiev = findings.find((f) => f.ruleId === "names/consistency" && f.line === line("port officials in Kiev said"));
    expect(kiev?.message).toBe('"Kiev" here, but "Kyiv" in paragraph 2 (line 7): spell it "Kyiv" throughout, as AP style does.');
    const related = (kiev as { related?: { line: number; column: number }[] } | undefined)?.related?.[0];
    expect(related).toMatchObject({ line: line("The agriculture ministry in Kyiv"), column: 29 });
  });

  it("flags house-style variants in body text", () => {
    const houseStyle = findings.filter((f) => f.ruleId === "names/house-style" && f.severity !== "info");
    expect(houseStyle.some((f) => f.line === line("port officials in Kiev said"))).toBe(true);
    expect(houseStyle.some((f) => f.line === line("around Odessa"))).toBe(true);
    expect(houseStyle.some((f) => f.line === line("Kharkov and Kharkiv"))).toBe(true);
  });

  it("leaves chicken Kiev, Kievan Rus', Dynamo Kyiv, the quoted Kiev, Nikolaev and the KYIV dateline below warning", () => {
    const serious = findings.filter((f) => f.severity !== "info");
    for (const needle of ["chicken Kiev", "Kievan Rus", "Dynamo Kyiv", "“Kiev will not", "Nikolaev"]) {
      const [where] = positionsOf(text, needle);
      const offset = needle.startsWith("chicken") ? 8 : needle.startsWith("“") ? 1 : needle.startsWith("Dynamo") ? 7 : 0;
      const flagged = serious.filter((f) => f.line === where?.line && f.column === (where?.column ?? 0) + offset);
      expect(flagged, needle).toEqual([]);
    }
    expect(serious.filter((f) => f.line === line("KYIV, March 4") && f.column === 1)).toEqual([]);
    // The quoted "Kiev" is pointed at for the editor to check against the source, never rewritten.
    const quoted = findings.find((f) => f.line === line("“Kiev will not") && f.column === 2);
    expect(quoted).toMatchObject({ ruleId: "names/house-style", severity: "info" });
    expect(quoted?.fix).toBeUndefined();
  });

  it("points at the misnamed Vladimir Zelensky as a warning, without a fix", () => {
    const [where] = positionsOf(text, "Vladimir Zelensky");
    const finding = findings.find((f) => f.line === where?.line && f.column === where?.column);
    expect(finding).toMatchObject({ severity: "warning" });
    expect(finding?.fix).toBeUndefined();
  });

  it("returns exit code 0 when only warnings are found", () => {
    expect(at(findings, "names/house-style").length).toBeGreaterThan(0);
    expect(report.summary.errors).toBe(0);
  });
});
