// The disclaimers rules end to end, through the built binary: exact positions in the real files,
// --fix on temporary copies, what inspect shows, and a feed learned by the corpus pass.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { copyFixtures, positionsOf, readFixture, runCli, runJson, type JsonFinding } from "./run-cli.js";

type Finding = JsonFinding & { related?: { line: number; column: number; message: string }[] };

const ofRule = (findings: JsonFinding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId) as Finding[];
const first = (text: string, needle: string) => positionsOf(text, needle)[0] as { line: number; column: number };

describe.each(["seed/article.txt", "seed/article.html"])("%s", (relative) => {
  const text = readFixture(relative);
  const { report } = runJson(["check", fixturePath(relative)]);
  const findings = report.files[0]?.findings ?? [];
  const menafn = first(text, "MENAFN provides the");
  const ein = first(text, "EIN Presswire provides");

  it("has exactly one duplicate, on the EIN Presswire disclaimer, with the MENAFN one as related", () => {
    const duplicates = ofRule(findings, "disclaimers/duplicate");
    expect(duplicates).toHaveLength(1);
    const [duplicate] = duplicates as [Finding];
    expect(duplicate).toMatchObject({ severity: "error", line: ein.line, column: ein.column, endLine: ein.line });
    expect(duplicate.message).toBe(`This EIN Presswire disclaimer repeats the MENAFN disclaimer at line ${menafn.line}: delete this copy.`);
    expect(duplicate.related?.map((r) => [r.line, r.column])).toEqual([[menafn.line, menafn.column]]);
    expect(duplicate.evidence).toMatchObject({ match: "near", providers: { first: "MENAFN", duplicate: "EIN Presswire" } });
    expect(duplicate.fix?.edits).toHaveLength(2);
  });

  it("has one stack naming MENAFN then EIN Presswire, at the second provider's name", () => {
    const stacked = ofRule(findings, "disclaimers/stacked");
    expect(stacked).toHaveLength(1);
    expect(stacked[0]).toMatchObject({ severity: "warning", line: ein.line, column: ein.column, endColumn: ein.column + "EIN Presswire".length });
    expect(stacked[0]?.message).toContain("(MENAFN, then EIN Presswire)");
  });

  it("--fix deletes the second disclaimer and its label; the file re-reads with one labelled disclaimer; a second --fix changes nothing", () => {
    const dir = copyFixtures(relative);
    const path = join(dir, relative.split("/")[1] as string);
    expect(runCli(["check", "--fix", path]).status).not.toBe(2);
    const fixed = readFileSync(path, "utf8");
    expect(fixed).not.toContain("EIN Presswire");
    expect(fixed.match(/Legal Disclaimer:/g)).toHaveLength(1);
    const view = JSON.parse(runCli(["inspect", path, "--format", "json"]).stdout) as { blocks: { text: string; boilerplate?: unknown }[] };
    expect(view.blocks.slice(-2).map((b) => [b.text.slice(0, 19), b.boilerplate])).toEqual([
      ["Legal Disclaimer:", { category: "disclaimer", provider: "MENAFN" }],
      ["MENAFN provides the", { category: "disclaimer", provider: "MENAFN" }],
    ]);
    const again = runJson(["check", path]).report.files[0]?.findings ?? [];
    expect(again.filter((f) => f.ruleId.startsWith("disclaimers/"))).toEqual([]);
    runCli(["check", "--fix", path]);
    expect(readFileSync(path, "utf8")).toBe(fixed);
  });
});

describe("quotes/syndicated.html", () => {
  const text = readFixture("quotes/syndicated.html");

  it("has one duplicate (the identical MENAFN blocks) and no stack", () => {
    const findings = runJson(["check", fixturePath("quotes/syndicated.html")]).report.files[0]?.findings ?? [];
    const [firstCopy, secondCopy] = positionsOf(text, "Legal Disclaimer:") as [{ line: number; column: number }, { line: number; column: number }];
    const duplicates = ofRule(findings, "disclaimers/duplicate");
    expect(duplicates.map((f) => [f.line, f.column, f.related?.[0]?.line])).toEqual([[secondCopy.line, secondCopy.column, firstCopy.line]]);
    expect(duplicates[0]?.message).toBe(`Second copy of the MENAFN disclaimer (the first is at line ${firstCopy.line}): delete this one.`);
    expect(ofRule(findings, "disclaimers/stacked")).toEqual([]);
  });

  it("--fix leaves exactly one disclaimer, and a second --fix changes nothing", () => {
    const dir = copyFixtures("quotes/syndicated.html");
    const path = join(dir, "syndicated.html");
    runCli(["check", "--fix", path]);
    const fixed = readFileSync(path, "utf8");
    expect(fixed.match(/Legal Disclaimer:/g)).toHaveLength(1);
    expect(fixed.match(/<p><b>Legal Disclaimer:<\/b> MENAFN provides/g)).toHaveLength(1);
    runCli(["check", "--fix", path]);
    expect(readFileSync(path, "utf8")).toBe(fixed);
  });
});

describe("copydesk inspect and rules", () => {
  it("inspect shows the boilerplate marks on the disclaimer blocks and their labels", () => {
    const out = runCli(["inspect", fixturePath("seed/article.txt")]).stdout;
    expect(out.match(/boilerplate:disclaimer\(MENAFN\)/g)).toHaveLength(2);
    expect(out.match(/boilerplate:disclaimer\(EIN Presswire\)/g)).toHaveLength(2);
    expect(out).toMatch(/ 6:1 .*boilerplate:disclaimer\(MENAFN\)\n\s+Legal Disclaimer:/);
    // Story paragraphs carry no mark.
    expect(out).not.toMatch(/ 2:1 .*boilerplate/);
  });

  it("rules lists the three rules with their default severities", () => {
    const listed = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as { id: string; severity: string; fixable: boolean }[];
    expect(listed.filter((r) => r.id.startsWith("disclaimers/")).map((r) => [r.id, r.severity, r.fixable])).toEqual([
      ["disclaimers/duplicate", "error", true],
      ["disclaimers/stacked", "warning", false],
      ["disclaimers/corpus-boilerplate", "info", false],
    ]);
  });
});

/** A folder of plain-text articles, `footerEvery` of each ten ending with a new aggregator's footer. */
function writeFeed(count: number): { dir: string; withFooter: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-feed-"));
  const withFooter: string[] = [];
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words = "council port harbour residents budget ferry flooding terminal clinic wage mayor board plan road tax ban vote study loan plant".split(" ");
  const sentence = () => {
    const list = Array.from({ length: 14 }, () => words[Math.floor(next() * words.length)] as string);
    return `The ${list.join(" ")} ${Math.floor(next() * 1e6)}.`;
  };
  for (let i = 0; i < count; i++) {
    const paragraphs = [`Story ${i}`, `${sentence()} ${sentence()}`, `${sentence()} ${sentence()}`, `${sentence()} ${sentence()}`];
    const name = `story-${String(i).padStart(3, "0")}.txt`;
    if (i % 10 < 3) {
      paragraphs.push(
        `Shared on June ${1 + (i % 28)} through Harbourline Exchange, the network that brings coastal newspapers together in one feed. Stories in this feed come from member papers and travel to every partner site each weekday.`,
      );
      withFooter.push(name);
    }
    if (i === 5) paragraphs.push("Tidewater Syndicate circulates this report to its subscribers along the estuary, who may reprint it with the original paper named.");
    writeFileSync(join(dir, name), `${paragraphs.join("\n\n")}\n`);
  }
  return { dir, withFooter };
}

describe.each([40, 250])("a feed of %i articles, 30%% with the same footer", (count) => {
  it("reports the footer, at its line, in exactly the articles that carry it", () => {
    const { dir, withFooter } = writeFeed(count);
    const { report } = runJson(["check", dir]);
    expect(report.summary.failures).toBe(0);
    const reported = report.files.flatMap((file) =>
      file.findings.filter((f) => f.ruleId === "disclaimers/corpus-boilerplate").map((f) => [file.path.split("/").pop(), f.line, f.column, f.severity]),
    );
    expect(reported).toEqual(withFooter.map((name) => [name, 9, 1, "info"]));
    const message = report.files.find((f) => f.path.endsWith(withFooter[0] as string))?.findings.find((f) => f.ruleId === "disclaimers/corpus-boilerplate")?.message;
    expect(message).toBe(
      `This paragraph recurs in ${withFooter.length} of the ${count} articles checked (30%): it is feed boilerplate inside the story; delete it or move it out of the body.`,
    );
  });
});
