import { LineIndex } from "../text/line-index.js";

export type ArticleFormat = "html" | "markdown" | "text" | "ninjs";

export type DecodedBy = "bom" | "utf-8" | "declared" | "fallback";

/**
 * A decoded input file. Offsets everywhere in copydesk are UTF-16 code units
 * into `text`, the file's content after decoding (BOM removed).
 */
export class SourceFile {
  readonly uri: string;
  readonly text: string;
  /** The encoding the bytes were decoded from (utf-8, utf-16le, windows-1252, ...). */
  readonly encoding: string;
  /** True when the file started with a byte order mark (kept when fixes are written back). */
  readonly bom: boolean;
  /** What decided the encoding: a byte order mark, valid UTF-8, the page's own declaration, or the fallback the user named. */
  readonly decodedBy: DecodedBy;
  private index: LineIndex | undefined;

  constructor(options: { uri: string; text: string; encoding?: string; bom?: boolean; decodedBy?: DecodedBy }) {
    this.uri = options.uri;
    this.text = options.text;
    this.encoding = options.encoding ?? "utf-8";
    this.bom = options.bom ?? false;
    this.decodedBy = options.decodedBy ?? (this.bom ? "bom" : "utf-8");
  }

  /** The same file with other content (after fixes). */
  withText(text: string): SourceFile {
    return new SourceFile({ uri: this.uri, text, encoding: this.encoding, bom: this.bom, decodedBy: this.decodedBy });
  }

  get lines(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }
}
