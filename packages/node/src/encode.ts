import type { SourceFile } from "@copydesk/core";

/** The bytes of `text` in the source file's own encoding, with its BOM if it had one; undefined when copydesk cannot write that encoding. */
export function encodeLike(source: SourceFile, text: string): Uint8Array | undefined {
  if (source.encoding === "utf-8") {
    const body = Buffer.from(text, "utf8");
    return source.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  if (source.encoding === "utf-16le") {
    const body = Buffer.from(text, "utf16le");
    return source.bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  }
  return undefined;
}
