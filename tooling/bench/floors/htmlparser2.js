// Parse floor: read every file and parse it with htmlparser2 (what copydesk's HTML reader is built on).
import { readFileSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { listFiles } from "./list-files.js";

let nodes = 0;
for (const file of listFiles(process.argv[2])) {
  const doc = parseDocument(readFileSync(file, "utf8"), { withStartIndices: true, withEndIndices: true });
  nodes += doc.children.length;
}
console.log(nodes);
