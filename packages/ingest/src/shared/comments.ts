import type { SourceComment } from "@copydesk/core";

/** Every `<!-- ... -->` in `text[start, end)`, with offsets into `text`. An unclosed one runs to `end`. */
export function scanComments(text: string, start: number, end: number): SourceComment[] {
  const comments: SourceComment[] = [];
  let at = text.indexOf("<!--", start);
  while (at !== -1 && at < end) {
    const close = text.indexOf("-->", at + 4);
    const stop = close === -1 || close + 3 > end ? end : close + 3;
    const innerEnd = close === -1 || close + 3 > end ? end : close;
    comments.push({ text: text.slice(at + 4, innerEnd).trim(), start: at, end: stop });
    at = text.indexOf("<!--", stop);
  }
  return comments;
}
