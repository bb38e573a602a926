import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixturePath } from "@copydesk/tooling/fixtures";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "copydesk.js");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary, as a user or a CI job would. */
export function runCli(args: ReadonlyArray<string>, cwd: string = process.cwd()): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function runJson(args: ReadonlyArray<string>, cwd?: string) {
  const run = runCli([...args, "--format", "json"], cwd);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { description: string; edits: { start: number; end: number; text: string }[] };
  evidence?: Record<string, unknown>;
}

export interface JsonReport {
  version: number;
  files: { path: string; format?: string; findings: JsonFinding[]; errors: { message: string }[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number; failures: number };
}

/** A temporary folder holding copies of the named fixtures (so --fix never touches the originals). */
export function copyFixtures(...relatives: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-cli-"));
  for (const relative of relatives) cpSync(fixturePath(relative), join(dir, relative.split("/").pop() as string));
  return dir;
}

/** 1-based line and column (UTF-16) of every occurrence of `word` in `text`, worked out independently of copydesk. */
export function positionsOf(text: string, word: string): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) out.push({ line: index + 1, column: at + 1 });
  });
  return out;
}

export const readFixture = (relative: string): string => readFileSync(fixturePath(relative), "utf8");

/** `--rule <id>=off` for every rule outside the names package: for tests about options rather than rules. */
export function onlyNamesRules(): string[] {
  const rules = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as { id: string }[];
  return rules.filter((rule) => !rule.id.startsWith("names/")).flatMap((rule) => ["--rule", `${rule.id}=off`]);
}
