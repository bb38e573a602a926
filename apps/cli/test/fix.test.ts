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
    // Only name spellings changed: the same text once the known variants are mapped.
    expect(after.replace(/Kyiv|Odesa|Kharkiv|Zelenskyy/g, "·")).toBe(
      before.replace(/Kyiv|Kiev(?!an| will)|Odessa|Odesa|Kharkov|Kharkiv|Zelenskyy|Zelensky(?!y)/g, "·").replace("chicken ·", "chicken Kiev"),
    );
    expect(after).toContain("“Kiev will not accept");
    expect(after).toContain("chicken Kiev");
    expect(after).toContain("Kievan Rus'");
    expect(after).toContain("Dynamo Kyiv");
    expect(after).toContain("misnamed him as Vladimir");

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
