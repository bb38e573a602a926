// The hostile corpus: inputs a feed may deliver that break parsers, decoders or naive regexes.
// Generated on demand (no committed binary blobs), shared by packages/node/test/hostile.test.ts
// and `pnpm bench:hostile`, so the test asserts and the bench times the same bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const MB = 1024 * 1024;

/** An ordinary article checked in the same run as each hostile one: it must still be checked. */
export const CONTROL = { file: "control.txt", text: "Headline\n\nTalks in Kiev resumed on Thursday.\n" };

const utf8 = (text) => Buffer.from(text, "utf8");
/** Windows-1252 bytes for text whose characters are all in Latin-1 or are the curly quotes 0x93/0x94. */
const windows1252 = (text) => Buffer.from(text.replace(/“/g, "\x93").replace(/”/g, "\x94"), "latin1");
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

/** A `size`-byte HTML page of ordinary paragraphs with "Kiev" in its last one. */
function hugeHtml(size) {
  const paragraph = "<p>Officials met again on Thursday to discuss the grain corridor and the shipping lanes.</p>\n";
  const head = "<html><head><title>Grain talks</title></head><body>\n";
  const tail = "<p>Talks in Kiev ended.</p>\n</body></html>\n";
  const count = Math.ceil((size - head.length - tail.length) / paragraph.length);
  return utf8(head + paragraph.repeat(count) + tail);
}

/**
 * Every hostile input: `name` (stable, for tests and the bench), `file`, its `bytes`, and the
 * check options it needs (`encoding`, `maxFileSize`). `bytes` is a function so a caller that
 * skips an input never builds it. `benchOnly` inputs are too slow for the test suite.
 */
export const hostileInputs = [
  { name: "empty file", file: "empty.txt", bytes: () => Buffer.alloc(0) },
  { name: "white space only", file: "blank.html", bytes: () => utf8("  \n\t\r\n \u00A0 \r\n") },
  { name: "PNG bytes", file: "image.html", bytes: () => PNG },
  { name: "gzip bytes", file: "archive.txt", bytes: () => gzipSync(utf8("Talks in Kiev ended.")) },
  { name: "invalid UTF-8", file: "broken.txt", bytes: () => Buffer.concat([utf8("Headline\n\nTalks in Kiev "), Buffer.from([0xc3, 0x28]), utf8(" ended.\n")]) },
  { name: "UTF-16 LE with BOM", file: "utf16le.html", bytes: () => utf16le("<p>Talks in Kiev “ended”.</p>\r\n<p>Odessa port.</p>") },
  { name: "UTF-16 BE with BOM", file: "utf16be.html", bytes: () => utf16be("<p>Talks in Kiev “ended”.</p>\r\n<p>Odessa port.</p>") },
  {
    name: "Windows-1252 with --encoding",
    file: "cp1252.txt",
    bytes: () => windows1252("Headline\r\n\r\nTalks in Kiev “ended” today, he said.\r\n"),
    options: { encoding: "windows-1252" },
  },
  { name: "Windows-1252 with meta charset", file: "cp1252-meta.html", bytes: () => windows1252('<html><head><meta charset="windows-1252"></head><body>\r\n<p>Talks in Kiev “ended”.</p></body></html>') },
  { name: "meta charset windows-1252 on UTF-8 bytes", file: "meta-says-1252.html", bytes: () => utf8('<meta charset="windows-1252">\n<p>Talks in Kiev “ended” in Odesa.</p>') },
  { name: "meta charset utf-8 on Windows-1252 bytes", file: "meta-says-utf8.html", bytes: () => windows1252('<meta charset="utf-8">\n<p>Talks in Kiev “ended”.</p>') },
  { name: "CRLF line ends", file: "crlf.txt", bytes: () => utf8("Headline\r\n\r\nFirst line.\r\nTalks in Kiev ended.\r\n") },
  { name: "lone CR line ends", file: "cr.md", bytes: () => utf8("Headline\r\rFirst line.\rTalks in Kiev ended.\r") },
  { name: "50 MB HTML page", file: "huge.html", bytes: () => hugeHtml(50 * MB) },
  // Measured by the bench only: it completes, but takes about a minute and 2.7 GB.
  { name: "50 MB HTML page, limit raised", file: "huge-allowed.html", bytes: () => hugeHtml(50 * MB), options: { maxFileSize: 64 * MB }, benchOnly: true },
  { name: "10,000 nested elements", file: "nested.html", bytes: () => utf8(`${"<div>".repeat(10000)}<p>Talks in Kiev ended.</p>${"</div>".repeat(10000)}`) },
  { name: "1 MB single line", file: "long-line.txt", bytes: () => utf8(`${"talks went on ".repeat(Math.ceil(MB / 14))}in Kiev.`) },
  { name: "100,000 quotation marks", file: "quotes.txt", bytes: () => utf8(`Talks in Kiev ${'"'.repeat(100000)}`) },
  { name: "100,000 curly quotation marks", file: "curly-quotes.html", bytes: () => utf8(`<p>Talks in Kiev ${"“”".repeat(50000)}</p>`) },
  { name: "unclosed quotes", file: "unclosed.txt", bytes: () => utf8("Headline\n\nHe said “we will not stop.\n\nTalks in Kiev ended.\n\n“Another ‘one\n") },
  { name: "50,000 spaces then a letter", file: "spaces.txt", bytes: () => utf8(`${" ".repeat(50000)}a`) },
  { name: "'a' x 50,000 then '!'", file: "letters.txt", bytes: () => utf8(`${"a".repeat(50000)}!`) },
  { name: "deeply nested parentheses", file: "parens.md", bytes: () => utf8(`Talks in Kiev [link](${"(".repeat(50000)}${")".repeat(50000)})`) },
  { name: "'\" ' repeated", file: "quote-space.txt", bytes: () => utf8(`Talks in Kiev ${'" '.repeat(50000)}`) },
  { name: "'Kyiv ' x 10,000", file: "kyiv-run.txt", bytes: () => utf8(`${"Kyiv ".repeat(10000)}Kiev`) },
  { name: "'said ' x 10,000", file: "said.txt", bytes: () => utf8(`${"said ".repeat(10000)}Kiev`) },
  { name: "100,000 dots", file: "dots.txt", bytes: () => utf8(`Talks in Kiev${".".repeat(100000)}`) },
  { name: "100,000 dashes", file: "dashes.md", bytes: () => utf8(`Talks in Kiev\n\n${"-".repeat(100000)}\n`) },
  { name: "100,000 asterisks", file: "stars.md", bytes: () => utf8(`Talks in Kiev ${"*".repeat(100000)} and ${"*a".repeat(50000)}\n`) },
];

/** Writes `input` (and the control article) into `dir`; returns the file names to check. */
export function writeHostileInput(dir, input) {
  writeFileSync(join(dir, input.file), input.bytes());
  writeFileSync(join(dir, CONTROL.file), CONTROL.text);
  return [input.file, CONTROL.file];
}
