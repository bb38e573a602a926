/**
 * JSON that may carry // and /* *\/ comments (as `copydesk init` writes it).
 * Comments are blanked out with spaces, keeping line and column numbers, so
 * JSON.parse errors still point at the right place. Strings are left alone.
 */
export function stripJsonComments(text: string): string {
  const out: string[] = [];
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const char = text[i] as string;
    if (inString) {
      out.push(char);
      if (char === "\\" && i + 1 < text.length) {
        out.push(text[i + 1] as string);
        i += 2;
        continue;
      }
      if (char === '"') inString = false;
      i++;
      continue;
    }
    if (char === '"') {
      inString = true;
      out.push(char);
      i++;
      continue;
    }
    if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") {
        out.push(" ");
        i++;
      }
      continue;
    }
    if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) out.push(text[i] === "\n" ? "\n" : " ");
      continue;
    }
    out.push(char);
    i++;
  }
  return out.join("");
}
