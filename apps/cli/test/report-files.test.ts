import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { describe, expect, it } from "vitest";
// The bench reads reports too large for one string file by file, by the json reporter's layout.
import { reportFiles } from "../../../tooling/bench/report-files.js";
import { runCli } from "./run-cli.js";

describe("the json report read file by file (tooling/bench/report-files.js)", () => {
  it("gives the same files as parsing the whole report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "copydesk-report-files-")), "report.json");
    const run = runCli(["check", fixturePath("seed/article.html"), fixturePath("seed/article.txt"), fixturePath("place-names/mixed.md"), "--format", "json", "--output", out]);
    expect(run.status).toBe(1);
    const whole = JSON.parse(readFileSync(out, "utf8")) as { files: unknown[] };
    expect(whole.files.length).toBe(3);
    expect([...reportFiles(out)]).toEqual(whole.files);
  });
});
