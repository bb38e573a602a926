/** A path as CI systems want it: forward slashes, no leading "./". */
export const forwardSlashes = (path: string): string => path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");

const isAbsolute = (path: string): boolean => path.startsWith("/") || /^[A-Za-z]:\//.test(path);

// encodeURIComponent throws on a UTF-16 surrogate that is not half of a pair; such a path (from a
// program calling copydesk, or a report read back) gets U+FFFD there instead of crashing the report.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A file path as a URI reference (RFC 3986): relative paths stay relative, absolute ones become
 * `file://` URIs; every segment is percent-encoded, so spaces, `#`, `?` and `%` survive.
 */
export function pathToUri(path: string): string {
  const slashed = forwardSlashes(path).replace(LONE_SURROGATE, "\uFFFD");
  const encoded = slashed
    .split("/")
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join("/");
  if (!isAbsolute(slashed)) return encoded;
  return slashed.startsWith("/") ? `file://${encoded}` : `file:///${encoded}`;
}

/** A directory as an absolute `file://` URI ending in "/" (SARIF's originalUriBaseIds). */
export const directoryUri = (directory: string): string => {
  const uri = pathToUri(directory.startsWith("/") || /^[A-Za-z]:/.test(directory) ? directory : `/${directory}`);
  return uri.endsWith("/") ? uri : `${uri}/`;
};
