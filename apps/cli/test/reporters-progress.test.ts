import { describe, expect, it } from "vitest";
import { pairOutputs, parseCommandLine, UsageError } from "../src/args.js";
import { useColor, type Io } from "../src/io.js";
import { Progress } from "../src/progress.js";

function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe("the progress line", () => {
  it("stays silent for a quick run, then counts files on one self-overwriting line", () => {
    const clock = fakeClock();
    const written: string[] = [];
    const progress = new Progress({ write: (t) => void written.push(t), now: clock.now, delay: 1000, interval: 0, columns: 80 });
    progress.tick("a.html");
    clock.advance(500);
    progress.tick("b.html");
    expect(written).toEqual([]);
    clock.advance(600);
    progress.tick("feed/c.html");
    expect(written).toEqual(["\r\u001b[Kcopydesk: 3 files checked, 1.1 s  feed/c.html"]);
    clock.advance(50);
    progress.tick("d.html");
    expect(written).toHaveLength(1); // at most ten redraws a second
    clock.advance(100);
    progress.tick("e.html");
    expect(written[1]).toBe("\r\u001b[Kcopydesk: 5 files checked, 1.3 s  e.html");
  });

  it("clears itself before stdout gets text and when the run ends, leaving nothing behind", () => {
    const clock = fakeClock();
    const written: string[] = [];
    const progress = new Progress({ write: (t) => void written.push(t), now: clock.now, delay: 0, interval: 0 });
    progress.clear();
    expect(written).toEqual([]);
    progress.tick("a.html");
    progress.clear();
    progress.done();
    expect(written).toEqual(["\r\u001b[Kcopydesk: 1 file checked, 0.0 s  a.html", "\r\u001b[K"]);
  });

  it("fits the terminal, shortens long paths from the left and shows no control character from a path", () => {
    const clock = fakeClock();
    const progress = new Progress({ write: () => undefined, now: clock.now, delay: 0, interval: 0, columns: 60 });
    progress.tick(`very/long/${"deep/".repeat(20)}story\u001b[2J.html`);
    const line = progress.line();
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toMatch(/^copydesk: 1 file checked, 0\.0 s {2}…/);
    expect(line.endsWith("story\u001b[2J.html")).toBe(true);
    const shown: string[] = [];
    new Progress({ write: (t) => void shown.push(t), now: clock.now, delay: 0, interval: 0 }).tick("x\u001b]0;title\u0007.html");
    expect(shown[0]).toBe("\r\u001b[Kcopydesk: 1 file checked, 0.0 s  x?]0;title?.html");
  });

  it("says it is reading before the first file is done", () => {
    const clock = fakeClock();
    const progress = new Progress({ write: () => undefined, now: clock.now, delay: 0, interval: 0 });
    clock.advance(2500);
    expect(progress.line()).toBe("copydesk: reading files… 2.5 s");
  });
});

describe("colour", () => {
  const io = (isTty: boolean, env: Record<string, string>): Io => ({ stdout: () => undefined, stderr: () => undefined, cwd: "/", isTty, env });
  const cases: [string, boolean, Record<string, string>, boolean | undefined, boolean][] = [
    ["a terminal", true, {}, undefined, true],
    ["a pipe", false, {}, undefined, false],
    ["NO_COLOR on a terminal", true, { NO_COLOR: "1" }, undefined, false],
    ["an empty NO_COLOR", true, { NO_COLOR: "" }, undefined, true],
    ["a dumb terminal", true, { TERM: "dumb" }, undefined, false],
    ["FORCE_COLOR in a pipe", false, { FORCE_COLOR: "1" }, undefined, true],
    ["FORCE_COLOR over NO_COLOR", false, { FORCE_COLOR: "", NO_COLOR: "1" }, undefined, true],
    ["FORCE_COLOR=0 on a terminal", true, { FORCE_COLOR: "0" }, undefined, false],
    ["FORCE_COLOR=false", true, { FORCE_COLOR: "false" }, undefined, false],
    ["--color in a pipe", false, { NO_COLOR: "1" }, true, true],
    ["--no-color with FORCE_COLOR", true, { FORCE_COLOR: "1" }, false, false],
  ];
  for (const [name, tty, env, flag, expected] of cases) {
    it(`${name}: ${expected ? "colour" : "no colour"}`, () => expect(useColor(io(tty, env), flag)).toBe(expected));
  }
});

describe("pairing --format and --output", () => {
  const pairs = (...argv: string[]) => pairOutputs(parseCommandLine(["check", ...argv, "x.html"]).tokens);
  it("pairs each --format with the --output after it", () => {
    expect(pairs("-f", "json", "-o", "r.json", "--format", "html", "--output=r.html", "-f", "stylish")).toEqual([
      { format: "json", path: "r.json" },
      { format: "html", path: "r.html" },
      { format: "stylish" },
    ]);
  });
  it("defaults to stylish on stdout, and lets a single --output come first", () => {
    expect(pairs()).toEqual([{ format: "stylish" }]);
    expect(pairs("-o", "r.txt")).toEqual([{ format: "stylish", path: "r.txt" }]);
    expect(pairs("-o", "r.json", "-f", "json")).toEqual([{ format: "json", path: "r.json" }]);
  });
  it("refuses what cannot be meant", () => {
    expect(() => pairs("-f", "json", "-f", "html")).toThrow(UsageError);
    expect(() => pairs("-f", "json", "-o", "a", "-o", "b")).toThrow(/already writes to a/);
    expect(() => pairs("-o", "a", "-o", "b")).toThrow(/right after its --format/);
    expect(() => pairs("-f", "json", "-o", "a", "-f", "sarif", "-o", "a")).toThrow(/two reports would be written to a/);
  });
});
