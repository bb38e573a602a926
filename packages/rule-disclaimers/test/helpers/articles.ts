// Articles for the tests: paragraphs in, processed the way the CLI processes them.
import { readFileSync } from "node:fs";
import { articleFromText, SourceFile, type Article, type BlockKind } from "@copydesk/core";
import { parseArticle } from "@copydesk/ingest";
import { fixturePath } from "@copydesk/tooling/fixtures";
import { processors } from "../../src/index.js";

/** Runs this package's processors, as the CLI does after parsing. */
export const processed = (article: Article): Article => processors.reduce((a, p) => p.process(a), article);

/** An article from paragraphs (the first a headline unless told otherwise), processed. */
export function article(paragraphs: ReadonlyArray<string>, options: { headline?: boolean; kinds?: ReadonlyArray<BlockKind> } = {}): Article {
  return processed(articleFromText(paragraphs, { headline: options.headline ?? true, ...(options.kinds ? { kinds: options.kinds } : {}) }));
}

/** A file read as copydesk reads it (parsed by @copydesk/ingest, then processed). */
export function parsed(uri: string, text: string): Article {
  return processed(parseArticle(new SourceFile({ uri, text })));
}

export const fixture = (relative: string): { path: string; text: string; article: Article } => {
  const path = fixturePath(relative);
  const text = readFileSync(path, "utf8");
  return { path, text, article: parsed(path, text) };
};

/** "disclaimer(MENAFN)", "credit", or "-" for a block that is not boilerplate: one string per block. */
export const marks = (a: Article): string[] =>
  a.blocks.map((b) => (b.boilerplate === undefined ? "-" : `${b.boilerplate.category}${b.boilerplate.provider ? `(${b.boilerplate.provider})` : ""}`));

/** A story opening that every test article shares (plain reporting, nothing boilerplate about it). */
export const STORY = [
  "Harbour board approves terminal expansion",
  "The Port Elwyn harbour board voted 5-2 on Tuesday to approve a $240 million expansion of the container terminal, ending a two-year dispute over dredging.",
  "Construction is expected to begin in the spring and to take three years, the board's chair, Miriam Castell, said after the vote.",
  "Residents of the Eastside have opposed the plan, arguing that truck traffic on the harbour road has doubled since 2019.",
];

export const MENAFN_DISCLAIMER =
  "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.";

export const EIN_DISCLAIMER =
  'EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.';
