import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixtures, runCli, runJson } from "./run-cli.js";

describe("copydesk check --fix", () => {
  it("rewrites every fixable variant outside quotations and nothing else; a second run changes nothing", () => {
    const dir = copyFixtures("place-names/mixed.md");
    const path = join(dir, "mixed.md");
    const before = readFileSync(path, "utf8");
    const first = runCli(["check", "--fix", path]);
    expect(first.status).not.toBe(2);
    const after = readFileSync(path, "utf8");
    expect(after).not.toBe(before);
    // Exactly these five spellings change; the quotation, the dish, the club, the historical state,
    // the reported misnaming and the former name Nikolaev stay as written.
    const expected = [
      ["reopens as Odessa port", "reopens as Odesa port"],
      ["port officials in Kiev said", "port officials in Kyiv said"],
      ["three ports around Odessa.", "three ports around Odesa."],
      ["Officials in Kharkov and", "Officials in Kharkiv and"],
      ["escorts; Zelensky's office", "escorts; Zelenskyy's office"],
    ].reduce((text, [from, to]) => {
      expect(text).toContain(from);
      return text.replace(from as string, to as string);
    }, before);
    expect(after).toBe(expected);
    runCli(["check", "--fix", path]);
    expect(readFileSync(path, "utf8")).toBe(after);
  });

  it("fixes the seed HTML in place and the fixed file checks clean for house style", () => {
    const dir = copyFixtures("seed/article.html");
    const path = join(dir, "article.html");
    runCli(["check", "--fix", path]);
    const after = readFileSync(path, "utf8");
    expect(after.match(/Kiev/g)?.length).toBe(1); // the <meta> description is not article text
    expect(after.match(/Kyiv/g)?.length).toBe(3);
    const { report } = runJson(["check", path]);
    expect(report.files[0]?.findings.filter((f) => f.ruleId === "names/house-style" && f.message.includes("Kiev"))).toEqual([]);
  });

  it("--fix-dry-run prints a unified diff and writes nothing", () => {
    const dir = copyFixtures("seed/article.txt");
    const path = join(dir, "article.txt");
    const before = readFileSync(path, "utf8");
    const run = runCli(["check", "--fix-dry-run", path]);
    expect(run.stdout).toContain(`--- a/${path}`);
    expect(run.stdout).toMatch(/^-.*Kiev/m);
    expect(run.stdout).toMatch(/^\+.*Kyiv/m);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("never writes a file that could not be parsed", () => {
    const dir = copyFixtures();
    const path = join(dir, "broken.json");
    writeFileSync(path, '{"headline": "Talks in Kiev", "body_text": "Kiev');
    const run = runCli(["check", "--fix", path]);
    expect(run.status).toBe(2);
    expect(readFileSync(path, "utf8")).toBe('{"headline": "Talks in Kiev", "body_text": "Kiev');
  });
});
