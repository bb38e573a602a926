const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON that can sit inside `<script type="application/json">`: no `<` (so no `</script>` or `<!--`
 * can end or change the element), no `>` or `&`, and U+2028/U+2029 escaped. JSON.parse reads it back unchanged.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(UNSAFE, (char) => ESCAPES[char] as string);

/** Escapes text for HTML element content or a double-quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
