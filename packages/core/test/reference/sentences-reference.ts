// Sentence splitting as it was before the table-driven boundaries (commit 9b42fe0), kept to check
// that splitSentences gives exactly the same ranges. Not used by the library.
import type { TextRange } from "../../src/index.js";
// Abbreviations after which ICU's sentence rules break but an English reader does not.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
  "sen", "rep", "gov", "pres", "rev", "hon", "no", "vs", "inc", "corp", "ltd", "co",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function endsWithAbbreviation(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  let i = trimmed.length - 1;
  while (i > 0 && /[A-Za-z.]/.test(trimmed[i - 1] as string)) i--;
  const word = trimmed.slice(i, -1).toLowerCase();
  // A single capital initial ("John F. Kennedy") is an abbreviation too.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

// Intl.Segmenter slows down with the length of the string it walks (quadratic in V8 on a long
// paragraph), so long text is segmented in chunks cut after a sentence stop.
const CHUNK = 2000;

const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63; // . ! ?
const isSpaceCode = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;

/** Where the chunk that starts at `start` should end: after a stop and its space, near CHUNK units on. */
function chunkEnd(text: string, start: number): number {
  if (text.length - start <= CHUNK) return text.length;
  const stopAfter = (i: number) => i > start && isStop(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i));
  for (let i = start + CHUNK; i > start + CHUNK / 2; i--) if (stopAfter(i)) return i + 1;
  for (let i = start + CHUNK + 1; i < text.length; i++) if (stopAfter(i)) return i + 1;
  return text.length;
}

export function segmentSentencesReference(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let pendingStart = -1;
  const close = (start: number, end: number) => {
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1] as string)) trimmedEnd--;
    if (trimmedEnd > start) ranges.push({ start, end: trimmedEnd });
  };
  for (let chunkStart = 0; chunkStart < text.length; ) {
    const chunkStop = chunkEnd(text, chunkStart);
    for (const { segment, index } of segmenter.segment(text.slice(chunkStart, chunkStop))) {
      const segmentStart = chunkStart + index;
      const start = pendingStart >= 0 ? pendingStart : segmentStart;
      const end = segmentStart + segment.length;
      const nextChar = text[end] ?? "";
      if (end < text.length && endsWithAbbreviation(segment) && !/[“"‘']/.test(nextChar)) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      close(start, end);
    }
    chunkStart = chunkStop;
  }
  if (pendingStart >= 0) close(pendingStart, text.length);
  return ranges;
}
