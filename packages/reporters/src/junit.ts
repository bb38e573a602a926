import type { Finding, FileResult, Severity } from "@copydesk/core";
import { defineReporter } from "./reporter.js";
import { forwardSlashes } from "./paths.js";
import { xmlAttribute, xmlText } from "./xml.js";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const findingLine = (f: Finding): string => `${f.line}:${f.column} ${f.severity} ${f.message}`;

/** "rule names/house-style failed: ..." is how the engine reports a rule that threw on this file. */
const RULE_FAILURE = /^rule (\S+) failed: /;

interface Case {
  readonly name: string;
  readonly body: string;
  readonly outcome: "pass" | "failure" | "error" | "skipped";
}

function ruleCase(ruleId: string, findings: ReadonlyArray<Finding>, errors: ReadonlyArray<string>): Case {
  if (errors.length > 0) {
    return { name: ruleId, outcome: "error", body: `<error type="rule-failure" message="${xmlAttribute(errors[0] as string)}">${xmlText(errors.join("\n"))}</error>` };
  }
  const failing = findings.filter((f) => f.severity !== "info");
  const notes = findings.filter((f) => f.severity === "info");
  const out = notes.length > 0 ? `<system-out>${xmlText(notes.map(findingLine).join("\n"))}</system-out>` : "";
  if (failing.length === 0) return { name: ruleId, outcome: "pass", body: out };
  const worst = failing.reduce<Severity>((s, f) => (rank[f.severity] > rank[s] ? f.severity : s), "warning");
  const message = failing.length === 1 ? `${failing[0]?.line}:${failing[0]?.column} ${failing[0]?.message}` : `${plural(failing.length, "finding")}`;
  return {
    name: ruleId,
    outcome: "failure",
    body: `<failure type="${worst}" message="${xmlAttribute(message)}">${xmlText(failing.map(findingLine).join("\n"))}</failure>${out}`,
  };
}

function casesFor(file: FileResult, ruleIds: ReadonlyArray<string>): Case[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of file.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const ruleErrors = new Map<string, string[]>();
  const otherErrors: string[] = [];
  for (const { message } of file.errors) {
    const failed = RULE_FAILURE.exec(message)?.[1];
    if (failed !== undefined) ruleErrors.set(failed, [...(ruleErrors.get(failed) ?? []), message]);
    else otherErrors.push(message);
  }
  const ids = [...ruleIds, ...[...byRule.keys(), ...ruleErrors.keys()].filter((id) => !ruleIds.includes(id))];
  const unread = file.format === undefined && file.errors.length > 0;
  const cases: Case[] = [];
  if (unread) {
    cases.push({ name: "read", outcome: "error", body: `<error type="input" message="${xmlAttribute(otherErrors[0] ?? "")}">${xmlText(otherErrors.join("\n"))}</error>` });
    for (const id of ids) cases.push({ name: id, outcome: "skipped", body: `<skipped message="the file could not be read"/>` });
    return cases;
  }
  if (otherErrors.length > 0) {
    cases.push({ name: "check", outcome: "error", body: `<error type="check" message="${xmlAttribute(otherErrors[0] as string)}">${xmlText(otherErrors.join("\n"))}</error>` });
  }
  for (const id of ids) cases.push(ruleCase(id, byRule.get(id) ?? [], ruleErrors.get(id) ?? []));
  // A clean file checked without a rule list still shows up as one passing test.
  if (cases.length === 0) cases.push({ name: "copydesk", outcome: "pass", body: "" });
  return cases;
}

/**
 * JUnit XML for CI test views: one <testsuite> per file (its counts known once the file is in, so it
 * streams), one <testcase> per file and rule (classname = the file, name = the rule id). Error and
 * warning findings are <failure>s with every message at line:column; info findings are listed in
 * <system-out> of a passing case; a file that could not be read is an <error> ("read") and its rules
 * are <skipped>.
 */
export const junit = defineReporter({
  name: "junit",
  description: "JUnit XML: one test case per file and rule, for CI test reports",
  wantsArticles: false,
  begin(sink, { rules, tool }) {
    const ruleIds = rules.map((rule) => rule.id);
    sink.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlAttribute(tool.name)}">\n`);
    return {
      file(result) {
        const path = xmlAttribute(forwardSlashes(result.path));
        const cases = casesFor(result, ruleIds);
        const count = (outcome: Case["outcome"]) => cases.filter((c) => c.outcome === outcome).length;
        const lines = [
          `  <testsuite name="${path}" tests="${cases.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}">`,
          ...cases.map((c) =>
            c.body === ""
              ? `    <testcase classname="${path}" name="${xmlAttribute(c.name)}"/>`
              : `    <testcase classname="${path}" name="${xmlAttribute(c.name)}">${c.body}</testcase>`,
          ),
          "  </testsuite>",
        ];
        sink.write(lines.join("\n") + "\n");
      },
      end() {
        sink.write("</testsuites>\n");
      },
    };
  },
});
