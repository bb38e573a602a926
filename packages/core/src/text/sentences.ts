import { memoizeByText } from "./memo.js";
import { isWhitespaceCode } from "./normalize.js";
import { hasTabledClasses, tabledSentenceEnds } from "./sentence-boundaries.js";
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

// Abbreviations after which ICU's sentence rules break but an English reader does not.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
  "sen", "rep", "gov", "pres", "rev", "hon", "no", "vs", "inc", "corp", "ltd", "co",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Whether `text[start, end)`, trailing white space aside, ends with an abbreviation and its full stop. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && isWhitespaceCode(text.charCodeAt(last - 1))) last--;
  if (last === start || text.charCodeAt(last - 1) !== 46) return false;
  let i = last - 1;
  while (i > start && isAsciiLetterOrDot(text.charCodeAt(i - 1))) i--;
  if (last - 1 - i > LONGEST_ABBREVIATION) return false;
  const word = text.slice(i, last - 1).toLowerCase();
  // A single capital initial ("John F. Kennedy") is an abbreviation too.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

const isAsciiLetterOrDot = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;

/** “ " ‘ ': a quotation opening after an abbreviation's full stop starts a new sentence. */
const isOpeningQuoteCode = (code: number): boolean => code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x27;

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

function segmentSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let pendingStart = -1;
  const close = (start: number, end: number) => {
    let trimmedEnd = end;
    while (trimmedEnd > start && isWhitespaceCode(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    if (trimmedEnd > start) ranges.push({ start, end: trimmedEnd });
  };
  const segment = (segmentStart: number, end: number) => {
    const start = pendingStart >= 0 ? pendingStart : segmentStart;
    if (end < text.length && endsWithAbbreviation(text, segmentStart, end) && !isOpeningQuoteCode(text.charCodeAt(end))) {
      pendingStart = start;
      return;
    }
    pendingStart = -1;
    close(start, end);
  };
  const ends: number[] = [];
  for (let chunkStart = 0; chunkStart < text.length; ) {
    const chunkStop = chunkEnd(text, chunkStart);
    if (hasTabledClasses(text, chunkStart, chunkStop)) {
      ends.length = 0;
      tabledSentenceEnds(text, chunkStart, chunkStop, ends);
      let segmentStart = chunkStart;
      for (const end of ends) {
        segment(segmentStart, end);
        segmentStart = end;
      }
    } else {
      for (const { segment: written, index } of segmenter.segment(text.slice(chunkStart, chunkStop))) {
        segment(chunkStart + index, chunkStart + index + written.length);
      }
    }
    chunkStart = chunkStop;
  }
  if (pendingStart >= 0) close(pendingStart, text.length);
  return ranges;
}

/**
 * Sentence ranges of `text` (trailing white space excluded), by Intl.Segmenter with
 * abbreviations like "Mr." and "U.S." kept inside their sentence. Shared and frozen: computed once per text.
 */
export const splitSentences: (text: string) => ReadonlyArray<TextRange> = memoizeByText(segmentSentences);
