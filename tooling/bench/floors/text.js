// Read floor: read every file and split it into lines (the least any checker must do).
import { readFileSync } from "node:fs";
import { listFiles } from "./list-files.js";

let lines = 0;
for (const file of listFiles(process.argv[2])) lines += readFileSync(file, "utf8").split("\n").length;
console.log(lines);
