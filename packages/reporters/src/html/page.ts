import { createHash } from "node:crypto";
import { copydeskReportPage } from "./client.js";
import { STYLES } from "./styles.js";

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The page's script: the client function, called once every data block above it is parsed. */
export const SCRIPT = `"use strict";\n(${copydeskReportPage.toString()})();\n`;

/**
 * Nothing loads from anywhere: no default source, only this script and this style sheet by hash,
 * no images, fonts, frames, forms, plugins or base URL. Links (rule docs) are navigations, not loads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLES)}`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Everything before the data: head, style and the element the script fills. */
export const pageStart = (): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="copydesk">
<title>copydesk report</title>
<style>${STYLES}</style>
</head>
<body>
<main id="app"><noscript><p>This report is drawn by the script inside this file (it makes no request to any server). Allow JavaScript for this file to read it.</p></noscript><p class="loading">Loading the report…</p></main>
`;

/** The script and the end of the page. */
export const pageEnd = (): string => `<script>${SCRIPT}</script>
</body>
</html>
`;
