import { SourceFile } from "../model/source.js";
import { decodeWindows1252 } from "./windows-1252.js";

export type DecodeResult = { readonly ok: true; readonly source: SourceFile } | { readonly ok: false; readonly reason: string };

const LABEL_ALIASES: Record<string, string> = { "iso-8859-1": "windows-1252", latin1: "windows-1252", "us-ascii": "utf-8", ascii: "utf-8" };

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).toLowerCase();
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?([a-z0-9_:.-]{1,40})/.exec(head);
  return match?.[1];
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Bytes to text: a BOM decides first, then strict UTF-8, then a charset the
 * page declares. Anything else is reported, never guessed into mojibake.
 */
export function decodeSource(uri: string, bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strict(uri, bytes.subarray(3), "utf-8", true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(uri, bytes.subarray(2), "utf-16le", true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(uri, bytes.subarray(2), "utf-16be", true);
  if (looksBinary(bytes)) return { ok: false, reason: "binary file, not text (it contains NUL or control bytes)" };
  const utf8 = strict(uri, bytes, "utf-8", false);
  if (utf8.ok) return utf8;
  const declared = declaredCharset(bytes);
  if (declared !== undefined && declared !== "utf-8" && declared !== "utf8") {
    const label = LABEL_ALIASES[declared] ?? declared;
    try {
      return strict(uri, bytes, label, false);
    } catch {
      return { ok: false, reason: `declares charset "${declared}", which copydesk cannot decode` };
    }
  }
  return { ok: false, reason: "not valid UTF-8 and no BOM or charset declaration says what it is" };
}

function strict(uri: string, bytes: Uint8Array, encoding: string, bom: boolean): DecodeResult {
  if (encoding === "windows-1252") {
    return { ok: true, source: new SourceFile({ uri, text: decodeWindows1252(bytes), encoding, bom }) };
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, source: new SourceFile({ uri, text, encoding, bom }) };
  } catch (error) {
    if (error instanceof RangeError) throw error; // unknown label: let the caller word it
    return { ok: false, reason: `not valid ${encoding}` };
  }
}
