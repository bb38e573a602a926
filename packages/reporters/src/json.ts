import { Schema } from "effect";
import { FileResult, Summary } from "@copydesk/core";
import { defineReporter } from "./reporter.js";

const encodeFile = Schema.encodeSync(FileResult);
const encodeSummary = Schema.encodeSync(Summary);

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels down (strings never hold a raw newline). */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));

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
