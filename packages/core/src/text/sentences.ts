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

/**
 * Sentence ranges of `text` (trailing white space excluded), by Intl.Segmenter
 * with abbreviations like "Mr." and "U.S." kept inside their sentence.
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let pendingStart = -1;
  for (const { segment, index } of segmenter.segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const end = index + segment.length;
    const nextChar = text[end] ?? "";
    if (end < text.length && endsWithAbbreviation(segment) && !/[“"‘']/.test(nextChar)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1] as string)) trimmedEnd--;
    if (trimmedEnd > start) ranges.push({ start, end: trimmedEnd });
  }
  if (pendingStart >= 0) {
    let trimmedEnd = text.length;
    while (trimmedEnd > pendingStart && /\s/.test(text[trimmedEnd - 1] as string)) trimmedEnd--;
    if (trimmedEnd > pendingStart) ranges.push({ start: pendingStart, end: trimmedEnd });
  }
  return ranges;
}
