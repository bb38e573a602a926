/**
 * Where rule documentation is published: each rule package keeps one page per rule in
 * `docs/<rule>.md`; this is that folder in the copydesk repository. SARIF `helpUri` and the HTML
 * report link here. Change it in this one place when the repository moves.
 */
export const DOCS_BASE_URL = "https://github.com/copydesk/copydesk/blob/main/packages";

/** The docs page of a rule: `names/house-style` -> `.../rule-names/docs/house-style.md`. */
export function ruleDocsUrl(ruleId: string): string {
  const slash = ruleId.indexOf("/");
  const pkg = slash > 0 ? ruleId.slice(0, slash) : ruleId;
  const name = slash > 0 ? ruleId.slice(slash + 1) : ruleId;
  return `${DOCS_BASE_URL}/rule-${pkg}/docs/${name}.md`;
}
