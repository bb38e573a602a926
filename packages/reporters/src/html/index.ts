import { defineReporter } from "../reporter.js";
import { docsUrlOf } from "../rule-docs.js";
import { scriptJson } from "./json-script.js";
import { pageEnd, pageStart } from "./page.js";
import { filePayload } from "./payload.js";

/**
 * One self-contained HTML file for an editor: the summary, filters, and each article as copydesk
 * read it with its findings in place. Written as the run goes: each file's data is an inert JSON
 * block (`<script type="application/json">`, rendered only when its page is shown), the index of
 * files and the script come last.
 */
export const html = defineReporter({
  name: "html",
  description: "one self-contained HTML page for editors: every article with its findings in place",
  wantsArticles: true,
  begin(sink, { tool, rules }) {
    sink.write(pageStart());
    const ruleList = rules.map((rule) => ({ id: rule.id, description: rule.description, docsUrl: docsUrlOf(rule.id, rule) }));
    const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]));
    const indexOf = (id: string): number => {
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = ruleList.push({ id, description: "", docsUrl: docsUrlOf(id) }) - 1;
        ruleIndex.set(id, index);
      }
      return index;
    };
    const severity = { error: 0, warning: 1, info: 2 } as const;
    const files: { path: string; format?: string; failed: boolean; f: [number, number][] }[] = [];
    return {
      file(result, article) {
        sink.write(`<script type="application/json" id="copydesk-file-${files.length}">${scriptJson(filePayload(result, article))}</script>\n`);
        files.push({
          path: result.path,
          ...(result.format ? { format: result.format } : {}),
          failed: result.errors.length > 0,
          f: result.findings.map((finding) => [indexOf(finding.ruleId), severity[finding.severity]]),
        });
      },
      end(summary) {
        const index = { tool, summary, rules: ruleList, files };
        sink.write(`<script type="application/json" id="copydesk-index">${scriptJson(index)}</script>\n${pageEnd()}`);
      },
    };
  },
});
