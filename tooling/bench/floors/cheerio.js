// Parse floor: read every file and `cheerio.load` it (cheerio's default parse5 path).
import { readFileSync } from "node:fs";
import { load } from "cheerio";
import { listFiles } from "./list-files.js";

let paragraphs = 0;
for (const file of listFiles(process.argv[2])) paragraphs += load(readFileSync(file, "utf8"))("p").length;
console.log(paragraphs);
