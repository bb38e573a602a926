import { encodeWindows1252, type SourceFile } from "@copydesk/core";

export type Encoded = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

const BOMS: Record<string, number[]> = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] };

function utf16be(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  bytes.swap16();
  return bytes;
}

/**
 * The bytes of `text` in the source file's own encoding, with its BOM if it had one, so a fixed
 * file keeps its encoding (and, since fixes never touch line breaks, its line endings).
 */
export function encodeLike(source: SourceFile, text: string): Encoded {
  let body: Uint8Array;
  if (source.encoding === "utf-8") body = Buffer.from(text, "utf8");
  else if (source.encoding === "utf-16le") body = Buffer.from(text, "utf16le");
  else if (source.encoding === "utf-16be") body = utf16be(text);
  else if (source.encoding === "windows-1252") {
    const encoded = encodeWindows1252(text);
    if ("unencodable" in encoded) return { ok: false, reason: `the fixed text has "${encoded.unencodable}", which windows-1252 cannot hold` };
    body = encoded.bytes;
  } else return { ok: false, reason: `writing ${source.encoding} is not supported` };
  const bom = source.bom ? BOMS[source.encoding] : undefined;
  return { ok: true, bytes: bom ? Buffer.concat([Buffer.from(bom), body]) : body };
}
