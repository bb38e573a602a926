import type { EnabledRule, ResolvedConfig } from "../config/config.js";
import type { Article } from "../model/article.js";
import type { Finding } from "../model/finding.js";
import { releaseArticle } from "./article-release.js";
import { directivesToSuppressions, isSuppressed } from "./directives.js";
import { resolveReport } from "./resolve.js";
import { timed } from "./timing.js";

export interface ArticleCheck {
  readonly findings: ReadonlyArray<Finding>;
  /** Rules that threw: a bug in the rule, reported for this file without stopping the run. */
  readonly ruleFailures: ReadonlyArray<{ readonly ruleId: string; readonly message: string }>;
}

const byPosition = (a: Finding, b: Finding): number =>
  a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId);

function runRule(article: Article, enabled: EnabledRule, config: ResolvedConfig, corpus: ReadonlyMap<string, unknown>): Finding[] {
  const { rule, severity, options } = enabled;
  const reports = timed(`rule ${rule.meta.id}`, () => rule.check(article, { options, severity, settings: config.settings, corpus }));
  return reports.map((report) => resolveReport(article, rule.meta.id, severity, report));
}

/** Every enabled rule on one article, inline directives applied, findings in source order. */
export function checkArticle(
  article: Article,
  config: ResolvedConfig,
  corpus: ReadonlyMap<string, unknown> = new Map(),
): ArticleCheck {
  const suppressions = directivesToSuppressions(article.comments, article.source.lines);
  const findings: Finding[] = [];
  const ruleFailures: { ruleId: string; message: string }[] = [];
  for (const enabled of config.rules) {
    try {
      for (const finding of runRule(article, enabled, config, corpus)) {
        if (!isSuppressed(finding, suppressions)) findings.push(finding);
      }
    } catch (error) {
      ruleFailures.push({ ruleId: enabled.rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  releaseArticle(article);
  return { findings: findings.sort(byPosition), ruleFailures };
}
