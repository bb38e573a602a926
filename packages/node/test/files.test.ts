import { mkdirSync, mkdtempSync, readFileSync, statSync, chmodSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { findFiles } from "../src/find-files.js";
import { findConfig, loadConfig } from "../src/load-config.js";
import { unifiedDiff } from "../src/unified-diff.js";
import { writeFileAtomic } from "../src/write-atomic.js";
import { stripJsonComments } from "../src/json-with-comments.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "copydesk-node-"));

describe("findFiles", () => {
  it("expands files, directories and globs, sorted and without duplicates, and names what matched nothing", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "feed", "node_modules"), { recursive: true });
    for (const name of ["feed/a.html", "feed/b.md", "feed/c.txt", "feed/d.json", "feed/e.png", "feed/node_modules/x.html", "top.txt"]) writeFileSync(join(dir, name), "x");
    const found = await findFiles(["feed", "feed/*.html", "top.txt", "missing.html", "nothing/**/*.md"], dir);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(["feed/a.html", "feed/b.md", "feed/c.txt", "feed/d.json", "top.txt"]);
    expect(found.missing).toEqual([
      { pattern: "missing.html", reason: "no such file or directory" },
      { pattern: "nothing/**/*.md", reason: "no file matches this pattern" },
    ]);
  });

  it("takes a named file whatever its extension, and says when a directory holds no articles", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "images"));
    writeFileSync(join(dir, "images", "a.png"), "x");
    const found = await findFiles(["images/a.png", "images"], dir);
    expect(found.files).toEqual([join(dir, "images", "a.png")]);
    expect(found.missing).toEqual([{ pattern: "images", reason: "directory holds no article files (.html, .md, .txt, .json)" }]);
  });
});

describe("config files", () => {
  it("finds the nearest copydesk.config.json walking up", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "copydesk.config.json"), "{}");
    expect(findConfig(join(dir, "a", "b"))).toBe(join(dir, "copydesk.config.json"));
  });

  it("reads JSON with comments and reports invalid JSON naming the file", () => {
    const dir = tempDir();
    const path = join(dir, "copydesk.config.json");
    writeFileSync(path, '// house style\n{ "preset": "reuters", /* inline */ "rules": { "names/house-style": "error" } }');
    expect(Either.getOrThrow(loadConfig(path, dir)).file).toEqual({ preset: "reuters", rules: { "names/house-style": "error" } });
    writeFileSync(path, '{ "preset": ');
    const bad = loadConfig(path, dir);
    expect(Either.isLeft(bad) && bad.left.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: invalid JSON`));
  });

  it("keeps strings intact when stripping comments", () => {
    expect(stripJsonComments('{"url": "https://x.org/a//b", "s": "/* no */"} // c')).toBe('{"url": "https://x.org/a//b", "s": "/* no */"}     ');
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file, keeping its mode", async () => {
    const dir = tempDir();
    const path = join(dir, "a.txt");
    writeFileSync(path, "Kiev");
    chmodSync(path, 0o640);
    const outcome = await writeFileAtomic(path, Buffer.from("Kyiv"), Buffer.from("Kiev"));
    expect(outcome).toEqual({ written: true });
    expect(readFileSync(path, "utf8")).toBe("Kyiv");
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("does not overwrite a file that changed since it was read", async () => {
    const dir = tempDir();
    const path = join(dir, "a.txt");
    writeFileSync(path, "Kiev, edited by someone else");
    const outcome = await writeFileAtomic(path, Buffer.from("Kyiv"), Buffer.from("Kiev"));
    expect(outcome.written).toBe(false);
    expect(readFileSync(path, "utf8")).toBe("Kiev, edited by someone else");
  });
});

describe("unifiedDiff", () => {
  it("shows changed lines with three lines of context", () => {
    const before = ["1", "2", "3", "4 Kiev", "5", "6", "7", "8", "9", "10", "11", "12 Kiev", "13"].join("\n") + "\n";
    const after = before.replace(/Kiev/g, "Kyiv");
    expect(unifiedDiff("a.txt", before, after)).toBe(
      ["--- a/a.txt", "+++ b/a.txt", "@@ -1,7 +1,7 @@", " 1", " 2", " 3", "-4 Kiev", "+4 Kyiv", " 5", " 6", " 7", "@@ -9,5 +9,5 @@", " 9", " 10", " 11", "-12 Kiev", "+12 Kyiv", " 13", ""].join("\n"),
    );
  });

  it("handles added and removed lines", () => {
    const diff = unifiedDiff("a.txt", "a\nb\nc\n", "a\nc\nd\n");
    expect(diff).toBe(["--- a/a.txt", "+++ b/a.txt", "@@ -1,3 +1,3 @@", " a", "-b", " c", "+d", ""].join("\n"));
  });

  it("is empty when nothing changed", () => {
    expect(unifiedDiff("a.txt", "same\n", "same\n")).toBe("");
  });
});
