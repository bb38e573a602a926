// XML 1.0 allows tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF. Everything else
// (other C0 controls, U+FFFE/U+FFFF, surrogates that are not part of a pair) makes the document
// ill-formed, so it never reaches the output. Controls are shown as visible \uXXXX escapes (a path or
// message still says what was there); lone surrogates and U+FFFE/U+FFFF become U+FFFD.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

const visible = (char: string): string => {
  const code = char.charCodeAt(0);
  return code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : "\uFFFD";
};

/** Text that XML 1.0 accepts: forbidden characters replaced (see above). */
export const xmlSafe = (text: string): string => text.replace(FORBIDDEN, visible);

/** Character data: `&`, `<` and `>` escaped (`>` for `]]>`). */
export const xmlText = (text: string): string => xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An attribute value for double quotes. Tab, LF and CR are written as character references, since
 * a parser would otherwise turn them into spaces (attribute-value normalisation).
 */
export const xmlAttribute = (text: string): string =>
  xmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
