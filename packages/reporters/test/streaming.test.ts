import { describe, expect, it } from "vitest";
import { articleFromText, summarize } from "@copydesk/core";
import { SummaryCounter, fanOut, reporters } from "../src/index.js";
import { RULES, checked, recordingSink, reportOf } from "./helpers.js";

const article = articleFromText(["Talks in Kiev resumed.", "A second paragraph."], { id: "story.txt" });
const files = [
  checked(article, [
    { rule: "names/house-style", report: { span: { block: 0, start: 9, end: 13 }, message: '"Kiev" is "Kyiv" in AP style.' } },
    { rule: "sources/byline", severity: "info", report: { span: { block: 0, start: 0, end: 0 }, message: "No byline." } },
  ]),
  { path: "gone.html", findings: [], errors: [{ message: "no such file or directory" }] },
];
const report = reportOf(files);
const context = { tool: report.tool, rules: RULES, color: false, cwd: "/work" };

describe("the Reporter interface", () => {
  it("offers stylish, json, sarif, junit, github and html", () => {
    expect(Object.keys(reporters)).toEqual(["stylish", "json", "sarif", "junit", "github", "html"]);
    expect(Object.values(reporters).filter((r) => r.wantsArticles).map((r) => r.name)).toEqual(["html"]);
  });

  for (const reporter of Object.values(reporters)) {
    it(`${reporter.name}: render() gives the same bytes as a session fed file by file`, () => {
      const sink = recordingSink();
      const session = reporter.begin(sink, context);
      files.forEach((file, i) => session.file(file, i === 0 ? article : undefined));
      session.end(report.summary);
      expect(reporter.render(report, { rules: RULES, cwd: "/work", articles: [article, undefined] })).toBe(sink.text());
      expect(sink.writes.length).toBeGreaterThan(1);
    });
  }

  it("fanOut feeds every session and counts the summary core's summarize would", () => {
    const a = recordingSink();
    const b = recordingSink();
    const both = fanOut([reporters["json"]!.begin(a, context), reporters["github"]!.begin(b, context)]);
    for (const file of files) both.file(file);
    expect(both.summary).toEqual(summarize(files));
    both.end(both.summary);
    expect(JSON.parse(a.text()).summary).toEqual(summarize(files));
    expect(b.text().trimEnd().split("\n").pop()).toBe("copydesk: 0 errors, 1 warning, 1 info in 2 files; 1 file could not be checked");
  });

  it("SummaryCounter matches summarize", () => {
    const counter = new SummaryCounter();
    files.forEach((f) => counter.add(f));
    expect(counter.summary).toEqual({ files: 2, errors: 0, warnings: 1, infos: 1, failures: 1 });
  });
});
