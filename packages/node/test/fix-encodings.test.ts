import { mkdtempSync, readFileSync, statSync, chmodSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { checkAsync } from "../src/check.js";
import { encodeLike } from "../src/encode.js";

const tempFile = (name: string, bytes: Uint8Array): { dir: string; path: string } => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-enc-"));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { dir, path };
};

const latin1 = (text: string) => Uint8Array.from(text, (char) => ({ "“": 0x93, "”": 0x94, "—": 0x97, "’": 0x92 })[char] ?? char.charCodeAt(0));

describe("encodeLike", () => {
  it("writes each encoding copydesk reads back byte for byte, with its BOM", () => {
    const text = "“Kyiv”\r\nand Odesa — café";
    for (const [encoding, bom] of [["utf-8", false], ["utf-8", true], ["utf-16le", true], ["utf-16be", true], ["windows-1252", false]] as const) {
      const encoded = encodeLike(new SourceFile({ uri: "a.txt", text, encoding, bom }), text);
      expect(encoded.ok, encoding).toBe(true);
      const bytes = (encoded as { bytes: Uint8Array }).bytes;
      const body = bom ? bytes.subarray(encoding === "utf-8" ? 3 : 2) : bytes;
      const decoded = encoding === "windows-1252" ? text : new TextDecoder(encoding).decode(body);
      expect(decoded).toBe(text);
    }
  });

  it("refuses to write a character windows-1252 cannot hold, naming it", () => {
    const source = new SourceFile({ uri: "a.txt", text: "Kiev", encoding: "windows-1252" });
    expect(encodeLike(source, "Київ")).toEqual({ ok: false, reason: 'the fixed text has "К", which windows-1252 cannot hold' });
  });
});

describe("--fix keeps the file's encoding, line endings and mode", () => {
  it("fixes a windows-1252 feed read with the fallback encoding and writes windows-1252 back", async () => {
    const original = latin1("Talks in Kiev\r\n\r\n“We will not leave Kiev,” he said — and left.\r\n");
    const { dir, path } = tempFile("legacy.txt", original);
    chmodSync(path, 0o640);
    const run = await checkAsync({ patterns: [path], cwd: dir, fix: "write", encoding: "windows-1252" });
    expect(run.report.files[0]?.errors).toEqual([]);
    expect(run.report.files[0]?.fixed).toBe(true);
    expect(Buffer.from(readFileSync(path))).toEqual(Buffer.from(latin1("Talks in Kyiv\r\n\r\n“We will not leave Kiev,” he said — and left.\r\n")));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("fixes a UTF-16 LE file with a BOM and keeps both", async () => {
    const text = "Talks in Kiev resumed.\r\n";
    const { dir, path } = tempFile("wide.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const fixedRun = await checkAsync({ patterns: [path], cwd: dir, fix: "write" });
    // What the run returns is the file as fixed, so reports place the remaining findings in it.
    expect(fixedRun.checks[0]?.article?.source.text).toBe("Talks in Kyiv resumed.\r\n");
    const run = await checkAsync({ patterns: [path], cwd: dir, workers: "off" });
    expect(run.report.files[0]?.findings.filter((f) => f.ruleId === "names/house-style")).toEqual([]);
    const written = readFileSync(path);
    expect([...written.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(written.subarray(2).toString("utf16le")).toBe("Talks in Kyiv resumed.\r\n");
  });

  it("writes the same bytes from an article kept packed between the passes as from one kept live", async () => {
    const body = Array.from({ length: 60 }, (_, i) => `Ferry ${i} left the port of Izmail on Monday with ${i * 7} passengers aboard.`);
    const files: Record<string, Uint8Array> = {
      "legacy.txt": latin1(`Talks in Kiev\r\n\r\n“We will not leave Kiev,” he said — and left.\r\n\r\n${body.join("\r\n\r\n")}\r\n`),
      "bom.md": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`# Odessa port\n\nShips left Odessa for Kiev.\n\n${body.join("\n\n")}\n`)]),
      "wide.html": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>Talks in Kiev resumed.</p>\r\n${body.map((p) => `<p>${p}</p>`).join("\r\n")}\r\n`, "utf16le")]),
    };
    const written = async (articleCacheMb: number | undefined) => {
      const dir = mkdtempSync(join(tmpdir(), "copydesk-enc-"));
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
      const run = await checkAsync({ patterns: ["."], cwd: dir, fix: "write", encoding: "windows-1252", workers: "off", timing: true, ...(articleCacheMb !== undefined ? { articleCacheMb } : {}) });
      return { run, bytes: Object.keys(files).map((name) => Buffer.from(readFileSync(join(dir, name)))) };
    };
    const live = await written(undefined);
    // Each article holds about 30 KB live and packs to about 3 KB: 38 KB has room for none of
    // them live (29 KB) and for all three packed (9.5 KB).
    const packed = await written(38 / 1024);
    expect(Object.keys(live.run.timing ?? {})).not.toContain("cache pack");
    expect(Object.keys(packed.run.timing ?? {})).toEqual(expect.arrayContaining(["cache pack", "cache unpack"]));
    expect(live.run.report.files.map((f) => f.fixed)).toEqual([true, true, true]);
    expect(packed.bytes).toEqual(live.bytes);
    expect(packed.run.report.files).toEqual(live.run.report.files);
  });

  it("without the fallback, names the legacy file and the byte, and leaves it untouched", async () => {
    const original = latin1("Talks in Kiev “today”.\n");
    const { dir, path } = tempFile("legacy.txt", original);
    const run = await checkAsync({ patterns: [path], cwd: dir, fix: "write" });
    expect(run.report.files[0]?.errors[0]?.message).toMatch(/^not valid UTF-8 \(byte 0x93 at line 1, column 15\)/);
    expect(Buffer.from(readFileSync(path))).toEqual(Buffer.from(original));
  });
});
