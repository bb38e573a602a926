// Node's TextDecoder decodes "windows-1252" as ISO-8859-1, leaving 0x80-0x9F as C1 controls.
// Old feeds use those bytes for curly quotes and dashes, so the real table is applied here.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] as number) : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

const REVERSE = new Map<number, number>(HIGH.map((code, index) => [code, 0x80 + index]));

/**
 * Text to windows-1252 bytes, for writing a fixed legacy file back in its own encoding; undefined
 * (with the first character it cannot hold) when the text has a character windows-1252 lacks.
 */
export function encodeWindows1252(text: string): { bytes: Uint8Array } | { unencodable: string } {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : REVERSE.get(code);
    if (byte === undefined) return { unencodable: String.fromCodePoint(text.codePointAt(i) as number) };
    bytes[i] = byte;
  }
  return { bytes };
}
