// Helpers that check an Article against the source it was read from: every block's text must be
// what its mapped source characters decode to, and its outer range must be what a fix deletes.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Article, type ArticleFormat, type Block, SourceFile } from "@copydesk/core";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { decodeHTML, decodeHTMLStrict } from "entities";
import { expect } from "vitest";
import { parseArticle } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Absolute path of a file in this package's test/fixtures. */
export const localFixture = (relative: string): string => join(here, "..", "fixtures", relative);

export function readLocal(relative: string): string {
  return readFileSync(localFixture(relative), "utf8");
}

export function readShared(relative: string): string {
  return readFileSync(fixturePath(relative), "utf8");
}

/** Parses `text` as if read from `uri` (the extension picks the parser unless `format` is given). */
export function parse(text: string, uri: string, format?: ArticleFormat): Article {
  return parseArticle(new SourceFile({ uri, text }), format);
}

export const parseHtml = (html: string): Article => parse(html, "test.html");
export const parseMarkdown = (markdown: string): Article => parse(markdown, "test.md");
export const parseText = (text: string): Article => parse(text, "test.txt");
export const parseNinjs = (json: string): Article => parse(json, "test.json");

/** The source characters a block's text came from, first to last. */
export function sourceOf(article: Article, block: Block | number): string {
  const b = typeof block === "number" ? (article.blocks[block] as Block) : block;
  const range = b.map.toSource(0, b.text.length);
  return article.source.text.slice(range.start, range.end);
}

/** The source range a fix deleting the block removes. */
export function outerOf(article: Article, block: Block | number): string {
  const b = typeof block === "number" ? (article.blocks[block] as Block) : block;
  return article.source.text.slice(b.outer.start, b.outer.end);
}

/** The source characters behind the first occurrence of `needle` in a block's text. */
export function sourceOfPhrase(article: Article, block: number, needle: string): string {
  const b = article.blocks[block] as Block;
  const at = b.text.indexOf(needle);
  expect(at, `"${needle}" in block ${block}: ${b.text}`).toBeGreaterThanOrEqual(0);
  const range = b.map.toSource(at, at + needle.length);
  return article.source.text.slice(range.start, range.end);
}

export const kinds = (article: Article): string[] => article.blocks.map((block) => block.kind);
export const texts = (article: Article): string[] => article.blocks.map((block) => block.text);
export const summary = (article: Article): Array<[string, string]> => article.blocks.map((block) => [block.kind, block.text]);

/** 1-based line and column of a block's first character in the source. */
export function startOf(article: Article, block: number): { line: number; column: number } {
  const b = article.blocks[block] as Block;
  const { line, column } = article.source.lines.positionAt(b.map.sourceStartOf(0));
  return { line, column };
}

/** Turns a source fragment into the text it stands for, for one kind of source. */
export type Decoder = (fragment: string) => string;

const stripMarkup = (fragment: string): string => {
  // Comments first (they may hold '>'), then tags; bounded scanning, no backtracking regex.
  let out = "";
  let i = 0;
  while (i < fragment.length) {
    if (fragment.startsWith("<!--", i)) {
      const close = fragment.indexOf("-->", i + 4);
      i = close === -1 ? fragment.length : close + 3;
      continue;
    }
    const char = fragment[i] as string;
    const next = fragment[i + 1];
    if (char === "<" && next !== undefined && (/[A-Za-z/!?]/.test(next))) {
      const close = fragment.indexOf(">", i + 1);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    out += char;
    i++;
  }
  return out;
};

const unescapeJson = (fragment: string): string => JSON.parse(`"${fragment.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`) as string;

export const decoders = {
  /** Plain text: the source is the text. */
  text: ((fragment) => fragment) as Decoder,
  /** HTML: tags dropped, character references decoded. */
  html: ((fragment) => decodeHTML(stripMarkup(fragment))) as Decoder,
  /** Markdown: backslash escapes and (strict) character references decoded. */
  markdown: ((fragment) => {
    if (fragment.length === 2 && fragment[0] === "\\") return fragment[1] as string;
    // An image adds no text: a space may stand for it, as for an inline tag.
    return decodeHTMLStrict(fragment.replace(/!\[[^\]]*\]\([^)]*\)/g, ""));
  }) as Decoder,
  /** Inside a JSON string literal: JSON escapes decoded. */
  json: ((fragment) => unescapeJson(fragment)) as Decoder,
  /** An HTML string inside a JSON string literal: JSON escapes, then tags and references. */
  jsonHtml: ((fragment) => decodeHTML(stripMarkup(unescapeJson(fragment)))) as Decoder,
};

const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * The offset-map guarantee, checked character by character: consecutive text
 * units that share a source range form a group; the group's text must be what
 * that source range decodes to (a space may stand for any run of white space,
 * markup or container markers, never for a letter or digit); groups come from
 * disjoint, increasing source ranges; every range lies inside the block's
 * outer range; outer ranges of different blocks never overlap.
 */
export function expectFaithfulMap(article: Article, decode: Decoder, options: { orderedOuter?: boolean } = {}): void {
  const source = article.source.text;
  // Plain checks, a message built only on failure: a flooded block has a million units.
  const fail = (message: string): never => expect.fail(message);
  for (const block of article.blocks) {
    const where = `block ${block.index} (${block.kind}) "${block.text.slice(0, 60)}"`;
    if (block.text.length === 0) fail(`${where} is empty`);
    if (block.text !== block.text.trim()) fail(`${where} is not trimmed`);
    if (block.map.text !== block.text) fail(`${where}: map text differs from block text`);
    let i = 0;
    let previousEnd = -1;
    while (i < block.text.length) {
      const start = block.map.sourceStartOf(i);
      const end = block.map.sourceEndOf(i);
      let j = i + 1;
      while (j < block.text.length && block.map.sourceStartOf(j) === start && block.map.sourceEndOf(j) === end) j++;
      const group = block.text.slice(i, j);
      const fragment = source.slice(start, end);
      const at = (): string => `${where}, text [${i}, ${j}) ${JSON.stringify(group)} from source [${start}, ${end}) ${JSON.stringify(fragment.slice(0, 80))}`;
      if (start < 0 || end > source.length) fail(`${at()}: outside the file`);
      if (start < previousEnd) fail(`${at()}: overlaps or goes back (previous group ended at ${previousEnd})`);
      if (group.trim().length === 0) {
        if (hasWordCharacter(decode(stripMarkup(fragment)))) fail(`${at()}: a space stands for text`);
      } else {
        if (end <= start) fail(`${at()}: empty source range`);
        const decoded = decode(fragment).normalize("NFC");
        if (decoded !== group.normalize("NFC")) fail(`${at()}: the source decodes to ${JSON.stringify(decoded)}`);
      }
      if (start < block.outer.start || end > block.outer.end) fail(`${at()}: outside outer [${block.outer.start}, ${block.outer.end})`);
      previousEnd = end;
      i = j;
    }
  }
  const outers = article.blocks.map((block) => ({ ...block.outer, index: block.index }));
  if (options.orderedOuter !== false) {
    for (let k = 1; k < outers.length; k++) {
      expect(outers[k]!.start, `outer of block ${k} starts before block ${k - 1} ends`).toBeGreaterThanOrEqual(outers[k - 1]!.end);
    }
  } else {
    const sorted = [...outers].sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) {
      expect(sorted[k]!.start, `outer of block ${sorted[k]!.index} overlaps block ${sorted[k - 1]!.index}`).toBeGreaterThanOrEqual(sorted[k - 1]!.end);
    }
  }
}
