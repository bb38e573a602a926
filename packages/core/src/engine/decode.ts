import { LineIndex } from "../text/line-index.js";
import { SourceFile, type DecodedBy } from "../model/source.js";
import { decodeWindows1252 } from "./windows-1252.js";

export type DecodeResult = { readonly ok: true; readonly source: SourceFile } | { readonly ok: false; readonly reason: string };

export interface DecodeOptions {
  /**
   * The encoding to use when the bytes are not UTF-8 and declare nothing (a legacy feed known to
   * be windows-1252, say). Without it such a file is refused rather than guessed into mojibake.
   */
  readonly fallback?: string;
}

const LABEL_ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", latin1: "windows-1252", "latin-1": "windows-1252", cp1252: "windows-1252",
  "us-ascii": "utf-8", ascii: "utf-8", utf8: "utf-8",
};

/** The canonical name of an encoding label, or undefined when copydesk cannot decode it. */
export function encodingLabel(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  if (name === "windows-1252") return name;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).toLowerCase();
  const match = /<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?([a-z0-9_:.-]{1,40})/.exec(head);
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

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** "byte 0x93 at line 1, column 15": where UTF-8 decoding fails, counted in the valid text before it. */
function describeInvalidByte(bytes: Uint8Array, at: number): string {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
  const { line, column } = new LineIndex(before).positionAt(before.length);
  return `byte 0x${(bytes[at] as number).toString(16).toUpperCase().padStart(2, "0")} at line ${line}, column ${column}`;
}

/**
 * Bytes to text: a BOM decides first, then strict UTF-8, then a charset the page declares, then
 * the fallback the user named. Anything else is reported, never guessed into mojibake.
 */
export function decodeSource(uri: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(uri, bytes.subarray(3), "utf-8", true, "bom");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(uri, bytes.subarray(2), "utf-16le", true, "bom");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(uri, bytes.subarray(2), "utf-16be", true, "bom");
  if (looksBinary(bytes)) return { ok: false, reason: "binary file, not text (it contains NUL or control bytes)" };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return strict(uri, bytes, "utf-8", false, "utf-8");
  const declared = declaredCharset(bytes);
  if (declared !== undefined) {
    const label = encodingLabel(declared);
    if (label === undefined) return { ok: false, reason: `declares charset "${declared}", which copydesk cannot decode` };
    // A page that declares UTF-8 but is not: say so rather than fall through to a guess.
    if (label !== "utf-8") return strict(uri, bytes, label, false, "declared");
  }
  if (options.fallback !== undefined) {
    const label = encodingLabel(options.fallback);
    if (label === undefined) return { ok: false, reason: `the fallback encoding "${options.fallback}" is not one copydesk can decode` };
    return strict(uri, bytes, label, false, "fallback");
  }
  const where = describeInvalidByte(bytes, invalid);
  const said = declared !== undefined ? `it declares charset "${declared}" but is not valid UTF-8 (${where})` : `not valid UTF-8 (${where}) and no BOM or charset declaration says what it is`;
  return { ok: false, reason: `${said}; name the encoding of legacy files with --encoding (e.g. windows-1252)` };
}

function strict(uri: string, bytes: Uint8Array, encoding: string, bom: boolean, decodedBy: DecodedBy): DecodeResult {
  if (encoding === "windows-1252") {
    return { ok: true, source: new SourceFile({ uri, text: decodeWindows1252(bytes), encoding, bom, decodedBy }) };
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, source: new SourceFile({ uri, text, encoding, bom, decodedBy }) };
  } catch {
    return { ok: false, reason: `not valid ${encoding} (decoded because of its ${decodedBy === "bom" ? "byte order mark" : decodedBy === "declared" ? "charset declaration" : decodedBy})` };
  }
}
