import type { Article } from "../model/article.js";
import type { ArticleFormat, SourceFile } from "../model/source.js";

/** Turns a decoded file into an Article. Throws an Error whose message says what is wrong with the input. */
export interface Parser {
  readonly format: ArticleFormat;
  /** Lower-case file extensions with the dot: [".html", ".htm"]. */
  readonly extensions: ReadonlyArray<string>;
  /** True when the content looks like this format (used when the extension says nothing). */
  readonly sniff: (text: string) => boolean;
  readonly parse: (source: SourceFile) => Article;
}

function extensionOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** The parser for a file: by extension, else by content, else the last parser given (plain text). */
export function chooseParser(parsers: ReadonlyArray<Parser>, source: SourceFile, format?: ArticleFormat): Parser | undefined {
  if (format !== undefined) return parsers.find((p) => p.format === format);
  const extension = extensionOf(source.uri);
  return (
    parsers.find((p) => p.extensions.includes(extension)) ??
    parsers.find((p) => p.sniff(source.text)) ??
    parsers[parsers.length - 1]
  );
}

/**
 * Runs after parsing and before any rule: annotates the article (marks
 * boilerplate blocks, fills metadata found in the text). Pure, like rules,
 * so every rule sees the same annotated article.
 */
export interface Processor {
  readonly id: string;
  readonly process: (article: Article) => Article;
  /**
   * Rule-id prefixes ("quotes/") of the rules that read what this processor adds. A run whose
   * enabled rules include none of them skips it (unless a report shows everything). Undefined:
   * every run needs it (boilerplate marks change what every rule reads).
   */
  readonly usedBy?: ReadonlyArray<string>;
}

/** How files become articles: the parsers to choose from, then the processors in order. */
export interface Reader {
  readonly parsers: ReadonlyArray<Parser>;
  readonly processors?: ReadonlyArray<Processor>;
}

/**
 * The reader a run needs: the processors whose annotations some enabled rule reads. `everything`
 * keeps them all (inspect, and reports that show quotations and provenance).
 */
export function readerFor(reader: Reader, ruleIds: ReadonlyArray<string>, everything: boolean): Reader {
  if (everything || reader.processors === undefined) return reader;
  const needed = reader.processors.filter(
    (processor) => processor.usedBy === undefined || processor.usedBy.some((prefix) => ruleIds.some((id) => id.startsWith(prefix))),
  );
  return needed.length === reader.processors.length ? reader : { ...reader, processors: needed };
}
