// Reads fixtures as the CLI does: parse with ingest, then run the processors in order.
import { readFileSync } from "node:fs";
import { type Article, checkArticle, resolveConfig, type Finding, SourceFile } from "@copydesk/core";
import { parseArticle } from "@copydesk/ingest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { Either } from "effect";
import { processors, rules } from "../../src/index.js";

/** A fixture parsed by ingest and annotated by this package's processor (as `copydesk check` reads it). */
export function readFixtureArticle(relative: string, mark?: (article: Article) => void): Article {
  const path = fixturePath(relative);
  const parsed = parseArticle(new SourceFile({ uri: path, text: readFileSync(path, "utf8") }));
  mark?.(parsed);
  return processors.reduce((article, processor) => processor.process(article), parsed);
}

/** An article from source text of the given format (the file name decides the parser). */
export function readArticle(name: string, text: string, mark?: (article: Article) => void): Article {
  const parsed = parseArticle(new SourceFile({ uri: name, text }));
  mark?.(parsed);
  return processors.reduce((article, processor) => processor.process(article), parsed);
}

/** Every sources/* finding on an article, resolved to lines and columns by the engine. */
export function sourcesFindings(article: Article, settings: Record<string, unknown> = {}): Finding[] {
  const config = resolveConfig({ rules, file: { rules: settings as never }, path: "test" });
  if (Either.isLeft(config)) throw new Error(config.left.reason);
  const checked = checkArticle(article, config.right);
  if (checked.ruleFailures.length > 0) throw new Error(JSON.stringify(checked.ruleFailures));
  return [...checked.findings];
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}
