import { type Article, type ArticleFormat, chooseParser, type Parser, type SourceFile } from "@copydesk/core";
import { htmlParser } from "./html/parser.js";
import { markdownParser } from "./markdown/parser.js";
import { ninjsParser } from "./ninjs/parser.js";
import { textParser } from "./text/parser.js";

/** Every parser, in the order they are tried; plain text is last: it takes anything. */
export const defaultParsers: ReadonlyArray<Parser> = [htmlParser, markdownParser, ninjsParser, textParser];

/**
 * Parses a decoded file with the parser its extension (else its content)
 * calls for, or the one for `format`. Throws an Error saying what is wrong with the input.
 */
export function parseArticle(source: SourceFile, format?: ArticleFormat): Article {
  const parser = chooseParser(defaultParsers, source, format) ?? textParser;
  return parser.parse(source);
}
