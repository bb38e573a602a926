import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Each test starts real workers: 4 s alone, past vitest's 20 s default once when every package's
// tests and builds ran at once on two cores (a clean run). The limit only catches a hang.
describe("checks on worker threads", { timeout: 60_000 }, () => {
  it("give the same results, in the same order, as checks on the calling thread", async () => {
    // The built package runs the real worker (its script is compiled JavaScript).
    const { checkAsync } = await import("../dist/index.js");
    const dir = mkdtempSync(join(tmpdir(), "copydesk-parallel-"));
    mkdirSync(join(dir, "feed"));
    const names = ["Kiev", "Kyiv", "Odessa", "Kharkov", "Lviv"];
    for (let i = 0; i < 60; i++) {
      writeFileSync(join(dir, "feed", `story-${String(i).padStart(3, "0")}.txt`), `Ports reopen in ${names[i % names.length]}\n\nOfficials in ${names[(i * 3) % names.length]} said ${i} ships were waiting.\n`);
    }
    const config = join(dir, "copydesk.config.json");
    writeFileSync(config, JSON.stringify({ rules: { "disclaimers/corpus-boilerplate": "off", "quotes/inconsistent-speaker": "off" } }));
    const serial = await checkAsync({ patterns: ["feed"], cwd: dir, workers: "off" });
    const streamed: string[] = [];
    // The corpus shards the workers write go to a directory of the run's own, gone when it ends.
    const spill = mkdtempSync(join(tmpdir(), "copydesk-spill-"));
    const previousTmp = process.env["TMPDIR"];
    process.env["TMPDIR"] = spill;
    const parallel = await checkAsync({ patterns: ["feed"], cwd: dir, workers: 2, onFile: (c: { result: { path: string } }) => streamed.push(c.result.path) }).finally(() => {
      if (previousTmp === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = previousTmp;
    });
    expect(readdirSync(spill)).toEqual([]);
    expect(serial.workers).toBe(0);
    expect(parallel.workers).toBe(2);
    expect(streamed).toEqual(serial.report.files.map((f: { path: string }) => f.path));
    expect(parallel.report.summary).toEqual(serial.report.summary);
    expect(parallel.checks).toEqual([]);
  });

  it("build the same corpus indexes from shards as one thread does from the whole run", async () => {
    const { checkAsync } = await import("../dist/index.js");
    const dir = mkdtempSync(join(tmpdir(), "copydesk-parallel-"));
    mkdirSync(join(dir, "feed"));
    // A footer no list knows, in a third of the feed (learned by disclaimers/corpus-boilerplate),
    // and one quotation given to two speakers in stories far apart (quotes/inconsistent-speaker):
    // both need every shard, whichever worker read it (90 files are four shards on two workers).
    const footer = "Readers with a tip about this story can reach the regional desk by telephone at any hour of the day.";
    const quotation = "“We will rebuild every bridge on this river before the winter comes,”";
    for (let i = 0; i < 90; i++) {
      const speaker = i === 3 ? "Olena Shevchenko said." : i === 86 ? "Taras Melnyk said." : "";
      const body = [`Ferry ${i} resumes`, `Officials said ${i} ferries were waiting at the port of Izmail on Monday.`];
      if (speaker !== "") body.push(`${quotation} ${speaker}`);
      if (i % 3 === 0) body.push(footer);
      writeFileSync(join(dir, "feed", `story-${String(i).padStart(3, "0")}.txt`), `${body.join("\n\n")}\n`);
    }
    const found = (run: { report: { files: ReadonlyArray<{ path: string; findings: ReadonlyArray<{ ruleId: string; line: number; column: number }> }> } }) =>
      run.report.files.flatMap((file) => file.findings.map((f) => `${file.path} ${f.ruleId} ${f.line}:${f.column}`));
    const serialRun = await checkAsync({ patterns: ["feed"], cwd: dir, workers: "off" });
    const parallelRun = await checkAsync({ patterns: ["feed"], cwd: dir, workers: 2 });
    // Messages and evidence too (the learned block's number among them), not only positions.
    expect(parallelRun.report.files).toEqual(serialRun.report.files);
    const serial = found(serialRun);
    expect(serial.filter((f) => f.includes("disclaimers/corpus-boilerplate"))).toHaveLength(30);
    expect(serial.filter((f) => f.includes("quotes/inconsistent-speaker"))).toEqual([
      "feed/story-003.txt quotes/inconsistent-speaker 5:2",
      "feed/story-086.txt quotes/inconsistent-speaker 5:2",
    ]);
  });

  it("give the same results from articles kept live, kept packed and read again", async () => {
    const { checkAsync } = await import("../dist/index.js");
    const dir = mkdtempSync(join(tmpdir(), "copydesk-parallel-"));
    mkdirSync(join(dir, "feed"));
    const footer = "<p>Readers with a tip about this story can reach the regional desk by telephone at any hour.</p>";
    for (let i = 0; i < 48; i++) {
      const speaker = i % 7 === 3 ? "Olena Shevchenko" : "Taras Melnyk";
      writeFileSync(
        join(dir, "feed", `story-${String(i).padStart(3, "0")}.html`),
        `<html><head><title>Ferry ${i} resumes in Kiev</title></head><body><h1>Ferry ${i} resumes in Kiev</h1>` +
          `<p>KYIV &mdash; Officials said ${i} ferries were waiting at the port of Odessa on Monday, according to the agency.</p>` +
          `<p>&ldquo;We will rebuild every bridge on this river before the winter comes,&rdquo; ${speaker} said.</p>${i % 2 === 0 ? footer : ""}</body></html>\n`,
      );
    }
    const files = (run: { report: { files: unknown } }) => run.report.files;
    // Each article holds about 3.4 KB live and packs to about 1.2 KB: 48 KB keeps ten of them live
    // and ten packed on one thread (five and five on each of two), and the rest are read again.
    const live = await checkAsync({ patterns: ["feed"], cwd: dir, workers: "off" });
    const serial = await checkAsync({ patterns: ["feed"], cwd: dir, workers: "off", articleCacheMb: 48 / 1024, timing: true });
    const parallel = await checkAsync({ patterns: ["feed"], cwd: dir, workers: 2, articleCacheMb: 48 / 1024, timing: true });
    expect(live.report.files.flatMap((f: { findings: ReadonlyArray<unknown> }) => f.findings).length).toBeGreaterThan(48);
    expect(files(serial)).toEqual(files(live));
    expect(files(parallel)).toEqual(files(live));
    for (const run of [serial, parallel]) expect(Object.keys(run.timing ?? {})).toEqual(expect.arrayContaining(["cache pack", "cache unpack"]));
  });
});
