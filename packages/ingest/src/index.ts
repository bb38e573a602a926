export { htmlParser } from "./html/parser.js";
export { markdownParser } from "./markdown/parser.js";
export { ninjsParser } from "./ninjs/parser.js";
export { textParser } from "./text/parser.js";
export { defaultParsers, parseArticle } from "./parse-article.js";
