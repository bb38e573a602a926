// The shipped data library is well formed, and the package's documentation covers what it ships:
// every provider, category, rule and option.
import { existsSync, readFileSync } from "node:fs";
import { ruleDocsUrl } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { CATEGORIES, rules, shippedLibrary, shippedProviders } from "../src/index.js";

const packageDir = new URL("../", import.meta.url);
const read = (relative: string) => readFileSync(new URL(relative, packageDir), "utf8");

describe("data/boilerplate.json", () => {
  const { data } = shippedLibrary();

  it("names each provider once, with aliases", () => {
    const names = data.providers.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["MENAFN", "EIN Presswire", "Business Wire", "PR Newswire", "GlobeNewswire", "Accesswire"]));
    for (const provider of data.providers) expect(provider.aliases.length, provider.name).toBeGreaterThan(0);
  });

  it("gives every pattern a known category, phrases and a reachable minimum", () => {
    const ids = data.patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pattern of data.patterns) {
      expect(CATEGORIES, pattern.id).toContain(pattern.category);
      expect(pattern.minPhrases, pattern.id).toBeGreaterThanOrEqual(1);
      expect(pattern.minPhrases, pattern.id).toBeLessThanOrEqual(pattern.phrases.length);
      for (const provider of pattern.providers) expect(shippedProviders(), pattern.id).toContain(provider);
    }
  });

  it("writes every phrase as plain lower-case words", () => {
    const phrases = [
      ...Object.values(data.cues).flatMap((c) => [...c.strong, ...c.weak]),
      ...Object.values(data.labels).flat(),
      ...data.patterns.flatMap((p) => p.phrases),
      ...data.selfReference,
      ...data.story.reporting,
    ];
    for (const phrase of phrases) expect(phrase, phrase).toMatch(/^[a-z0-9' ]+$/);
  });
});

describe("documentation", () => {
  const readme = read("README.md");
  const dataReadme = read("data/README.md");

  it("lists every provider and every category in the README and the data README", () => {
    for (const provider of shippedProviders()) {
      expect(readme, provider).toContain(provider);
      expect(dataReadme, provider).toContain(provider);
    }
    for (const category of CATEGORIES) expect(readme, category).toContain(`\`${category}\``);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s: a docs page, its docsUrl, and every option in the README and the page", (id, rule) => {
    const page = `docs/${id.split("/")[1]}.md`;
    expect(existsSync(new URL(page, packageDir))).toBe(true);
    expect(rule.meta.docsUrl).toBe(ruleDocsUrl(id));
    expect(rule.meta.docsUrl?.endsWith(`rule-disclaimers/${page}`)).toBe(true);
    const options = Object.keys((rule.meta.options as unknown as { fields: Record<string, unknown> }).fields);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      expect(readme, `${id} ${option}`).toContain(`\`${option}\``);
      expect(read(page), `${id} ${option}`).toContain(`\`${option}\``);
    }
    expect(readme).toContain(`\`${id}\``);
  });
});
