import { Schema } from "effect";
import { FileResult, Summary } from "@copydesk/core";
import { defineReporter } from "./reporter.js";

const encodeFile = Schema.encodeSync(FileResult);
const encodeSummary = Schema.encodeSync(Summary);

/**
 * `JSON.stringify(value, null, 2)` as it reads nested `depth` levels down: `value` stringified
 * inside `depth` arrays, which indent it, with the arrays' own brackets cut off (one pass over
 * the text instead of a second one to indent every line).
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // "[\n  " + "[\n    " + ... before, "\n  ]" + "\n]" after.
  return text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
}

/**
 * The stable JSON contract (`version: 1`): byte for byte `JSON.stringify(encode(report), null, 2)`,
 * written file by file so a run never holds every file's findings. Each file and the summary are
 * encoded with core's Schemas, so what is written always decodes as a `Report`.
 */
export const json = defineReporter({
  name: "json",
  description: "the JSON report (version 1 contract), for programs",
  wantsArticles: false,
  begin(sink, { tool }) {
    sink.write(`{\n  "version": 1,\n  "tool": ${nested({ name: tool.name, version: tool.version }, 1)},\n  "files": [`);
    let files = 0;
    return {
      file(result) {
        sink.write(`${files++ === 0 ? "\n" : ",\n"}    ${nested(encodeFile(result), 2)}`);
      },
      end(summary) {
        sink.write(`${files === 0 ? "]" : "\n  ]"},\n  "summary": ${nested(encodeSummary(summary), 1)}\n}\n`);
      },
    };
  },
});
