import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { summarize, type FileResult } from "@copydesk/core";
import { html } from "@copydesk/reporters";
import { runCli, runJson } from "./run-cli.js";

// Debian's chromium (.ci/run installs it when missing). Without it these tests fail: they are never skipped.
const CHROMIUM = "/usr/bin/chromium";
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..", "..");
const RESULTS = join(here, "..", "test-results");

// Launched once, on first use. Without chromium every test of this file fails with the reason (none is skipped).
let launched: Promise<Browser> | undefined;
function browser(): Promise<Browser> {
  launched ??= existsSync(CHROMIUM)
    ? chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
      })
    : Promise.reject(new Error(`The HTML report tests need Debian's chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium`));
  return launched;
}

afterAll(async () => {
  const running = await launched?.catch(() => undefined);
  await running?.close();
});

interface Opened {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Every URL the page asked for (the report itself included). */
  readonly requests: string[];
  readonly url: string;
}

async function open(file: string): Promise<Opened> {
  const page = await (await browser()).newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.waitForSelector("#articles");
  return { page, errors, requests, url };
}

/** Nothing but the report file itself was requested, and nothing went wrong in the console. */
function expectQuiet(opened: Opened): void {
  expect(opened.errors).toEqual([]);
  expect(opened.requests).toEqual([opened.url]);
}

function htmlReport(args: string[], cwd: string): string {
  const out = join(mkdtempSync(join(tmpdir(), "copydesk-html-")), "report.html");
  const run = runCli(["check", ...args, "--format", "html", "--output", out], cwd);
  expect(run.status).not.toBe(2);
  return out;
}

describe("the HTML report of the shared fixtures, in Chromium", () => {
  const json = runJson(["check", "tooling/fixtures"], ROOT).report;
  const total = json.files.reduce((n, f) => n + f.findings.length, 0);
  let report: Promise<Opened> | undefined;
  const fixtures = () => (report ??= open(htmlReport(["tooling/fixtures"], ROOT)));

  afterAll(async () => {
    await (await report?.catch(() => undefined))?.page.close();
  });

  it("opens offline with no console error and no request, and shows the summary first", { timeout: 90_000 }, async () => {
    const opened = await fixtures();
    const { page } = opened;
    expectQuiet(opened);
    const { files, errors, warnings } = json.summary;
    expect(await page.title()).toBe(`copydesk report: ${files} files, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
    expect(await page.locator("#summary .totals").innerText()).toContain(`${files} files checked`);
    const first = await page.locator("main > *").evaluateAll((nodes) => nodes.map((n) => n.className || n.id));
    expect(first.slice(0, 2)).toEqual(["page-head", "summary"]);
    expect(await page.locator(".article").count()).toBe(files);
    expect(await page.locator(".finding").count()).toBe(total);
  });

  it("highlights findings in place in the text copydesk read", async () => {
    const { page } = await fixtures();
    const index = json.files.findIndex((f) => f.path.endsWith("seed/article.html"));
    const marks = await page.locator(`#file-${index} .block-text mark[data-f]`).allInnerTexts();
    const expected = (json.files[index]?.findings ?? []).filter((f) => f.ruleId === "names/house-style" && f.message.startsWith('"Kiev"'));
    expect(expected.length).toBeGreaterThan(0);
    expect(marks.filter((text) => text === "Kiev")).toHaveLength(expected.length);
    expect(await page.locator(`#file-${index} .provenance`).innerText()).toMatch(/Byline\s+missing/);
  });

  it("filters by rule, severity and file", async () => {
    const { page } = await fixtures();
    const visible = (selector: string) => page.locator(`${selector}:visible`).count();
    const consistency = json.files.flatMap((f) => f.findings).filter((f) => f.ruleId === "names/consistency").length;
    expect(consistency).toBeGreaterThan(0);
    expect(await visible('.finding[data-rule="names/consistency"]')).toBe(consistency);

    await page.locator('input.rule-filter[data-rule="names/consistency"]').click();
    expect(await visible('.finding[data-rule="names/consistency"]')).toBe(0);
    expect(await visible(".finding")).toBe(total - consistency);
    expect(await page.locator(".status").innerText()).toContain(`${total - consistency} findings`);

    await page.locator('input.severity-toggle[data-severity="warning"]').click();
    const rest = json.files.flatMap((f) => f.findings).filter((f) => f.ruleId !== "names/consistency" && f.severity !== "warning").length;
    expect(await visible(".finding")).toBe(rest);
    expect(await visible('.finding[data-severity="warning"]')).toBe(0);

    await page.locator('input.rule-filter[data-rule="names/consistency"]').click();
    await page.locator('input.severity-toggle[data-severity="warning"]').click();
    await page.locator("#file-filter").fill("place-names/mixed");
    expect(await page.locator(".article .path").allInnerTexts()).toEqual([json.files.find((f) => f.path.endsWith("place-names/mixed.md"))?.path]);
    await page.locator("#file-filter").fill("");
    expect(await page.locator(".article").count()).toBe(json.files.length);
  });

  it("steps from finding to finding with j and k", async () => {
    const { page } = await fixtures();
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    const first = await page.locator(".finding.current").getAttribute("id");
    expect(first).toBe(await page.locator(".finding").first().getAttribute("id"));
    await page.keyboard.press("j");
    const second = await page.locator(".finding.current").getAttribute("id");
    expect(second).toBe(await page.locator(".finding").nth(1).getAttribute("id"));
    expect(await page.locator("mark.current").count()).toBeGreaterThan(0);
    await page.keyboard.press("k");
    expect(await page.locator(".finding.current").getAttribute("id")).toBe(first);
    expect(await page.locator(".status").innerText()).toMatch(/^Finding 1 of \d+/);
    await page.keyboard.press("?");
    expect(await page.locator("#help").isVisible()).toBe(true);
    expect(await page.locator("#help").innerText()).toContain("next finding");
    await page.keyboard.press("Escape");
    expect(await page.locator("#help").isVisible()).toBe(false);
  });

  it("is readable printed: no filters or pager, every finding with its evidence, a real PDF", async () => {
    const { page } = await fixtures();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator(".finding:visible").count()).toBe(total);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: "screen" });
  });

  it("produces a screenshot", async () => {
    mkdirSync(RESULTS, { recursive: true });
    const path = join(RESULTS, "html-report.png");
    const opened = await fixtures();
    await opened.page.evaluate(() => window.scrollTo(0, 0));
    await opened.page.screenshot({ path, fullPage: false });
    const png = readFileSync(path);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
    expectQuiet(opened);
  });
});

// Everything an article, a path or a message could carry to run code if a report pasted it as markup.
const PAYLOAD = [
  `</script><script>window.__pwned = "script"; document.title = "pwned"</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `<a href="javascript:window.__pwned='link'" id="evil-link">click</a>`,
  `<svg onload="window.__pwned='svg'"></svg><!-- <iframe src="javascript:1">`,
].join(" ");

async function expectNothingRan(opened: Opened): Promise<void> {
  const { page } = opened;
  expectQuiet(opened);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.title()).toMatch(/^copydesk report: /);
  expect(await page.locator("img, svg, iframe, #evil-link, a[href^='javascript:']").count()).toBe(0);
  // Our page script and the inert JSON data blocks are the only script elements.
  expect(await page.locator("script:not([type='application/json'])").count()).toBe(1);
}

describe("hostile articles render as text", () => {
  it("text, headline and file name from a real file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-xss-"));
    // A path holding "</script>": the folder is named `x<`, the file `script><img src=x onerror=...>.txt`.
    mkdirSync(join(dir, "x<"));
    const name = `script><img src=x onerror="window.__pwned='file'">.txt`;
    const relative = `x</${name}`;
    writeFileSync(join(dir, relative), `Talks in Kiev ${PAYLOAD}\n\nOfficials in Kiev said ${PAYLOAD} and more.\n\nA third paragraph: <script>window.__pwned = "text"</script>\n`);
    const opened = await open(htmlReport([relative], dir));
    await expectNothingRan(opened);
    const { page } = opened;
    expect(await page.locator(".article .path").innerText()).toBe(relative);
    expect(await page.locator(".article .headline").innerText()).toBe(`Talks in Kiev ${PAYLOAD}`);
    expect(await page.locator(".article .block-text").nth(2).innerText()).toBe('A third paragraph: <script>window.__pwned = "text"</script>');
    expect(await page.locator(".article mark[data-f]").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("messages, evidence, related locations, fixes and errors from any rule", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-xss-"));
    const finding = {
      ruleId: `names/${PAYLOAD}`,
      severity: "error" as const,
      message: `Message ${PAYLOAD}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 5,
      offset: 0,
      endOffset: 4,
      evidence: { [PAYLOAD]: PAYLOAD, diff: [{ op: "equal", text: PAYLOAD }, { op: "insert", text: PAYLOAD }], source: { text: PAYLOAD, path: PAYLOAD, line: 2 } },
      related: [{ message: PAYLOAD, line: 1, column: 1, endLine: 1, endColumn: 2 }],
      fix: { description: PAYLOAD, edits: [{ start: 0, end: 4, text: PAYLOAD }] },
    };
    const files: FileResult[] = [
      { path: PAYLOAD, findings: [finding], errors: [] },
      { path: `${PAYLOAD}.html`, findings: [], errors: [{ message: PAYLOAD }] },
    ];
    const page = html.render({ version: 1, tool: { name: "copydesk", version: PAYLOAD }, files, summary: summarize(files) });
    const file = join(dir, "report.html");
    writeFileSync(file, page);
    const opened = await open(file);
    await expectNothingRan(opened);
    const text = await opened.page.locator("#articles").innerText();
    expect(text).toContain(`Message ${PAYLOAD}`);
    expect(text).toContain("Could not be checked:");
    expect(await opened.page.locator(".tool").innerText()).toBe(`copydesk ${PAYLOAD}`);
    await opened.page.close();
  });
});

describe("a run of 1,000 articles", () => {
  it("opens quickly: one page of articles rendered, the rest parsed only when shown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-many-"));
    for (let i = 0; i < 1000; i++) {
      const body = Array.from({ length: 8 }, (_, p) => `Paragraph ${p} of story ${i}: talks in Kiev resumed on Monday as officials met in Odessa.`).join("\n\n");
      writeFileSync(join(dir, `story-${String(i).padStart(4, "0")}.txt`), `Story ${i} from Kiev\n\n${body}\n`);
    }
    const out = htmlReport(["."], dir);
    const started = Date.now();
    const opened = await open(out);
    await opened.page.waitForSelector(".article");
    const elapsed = Date.now() - started;
    expectQuiet(opened);
    expect(elapsed).toBeLessThan(5_000);
    const { page } = opened;
    expect(await page.locator(".article").count()).toBe(20);
    expect(await page.locator(".status").innerText()).toMatch(/^Showing 1,?000 files of 1000/);
    expect(await page.locator(".article .path").first().innerText()).toBe("story-0000.txt");
    await page.keyboard.press("]");
    expect(await page.locator(".article .path").first().innerText()).toBe("story-0020.txt");
    expect(await page.locator(".page-of").first().innerText()).toBe("Page 2 of 50");
    // Stepping back past the first finding of page 2 goes to the last finding of page 1.
    await page.keyboard.press("j");
    const firstOnPage2 = await page.locator(".finding.current").getAttribute("id");
    expect(firstOnPage2).toMatch(/^f-20-/);
    await page.keyboard.press("k");
    expect(await page.locator(".finding.current").getAttribute("id")).toMatch(/^f-19-/);
    expect(await page.locator(".page-of").first().innerText()).toBe("Page 1 of 50");
    await page.close();
  }, 120_000);
});
