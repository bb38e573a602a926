import { resolve } from "node:path";
import { Effect, Either } from "effect";
import { readArticle, viewArticle, type DecodedBy } from "@copydesk/core";
import { defaultReader, readSource } from "@copydesk/node";
import { terminalSafe } from "@copydesk/reporters";
import { UsageError } from "../args.js";
import { EXIT } from "../exit-codes.js";
import type { Io } from "../io.js";

/** Why copydesk read the bytes in the encoding it did, for the header of the text view. */
const DECODED_BY: Record<DecodedBy, string> = {
  bom: "by its byte order mark",
  "utf-8": "as valid UTF-8",
  declared: "by its charset declaration",
  fallback: "by --encoding",
};

/** What copydesk read from one file: the first thing to run when a finding surprises you. */
export async function runInspect(paths: string[], format: string, io: Io, encoding?: string): Promise<number> {
  if (paths.length !== 1) throw new UsageError("inspect: name exactly one file");
  const path = paths[0] as string;
  const read = await Effect.runPromise(Effect.either(Effect.flatMap(readSource(resolve(io.cwd, path), path, undefined, encoding), (s) => readArticle(s, defaultReader))));
  if (Either.isLeft(read)) {
    // The message names the file, and a feed's file names are as untrusted as its text.
    io.stderr(terminalSafe(`copydesk: ${read.left.message}`) + "\n");
    return EXIT.failure;
  }
  const view = viewArticle(read.right);
  if (format === "json") {
    io.stdout(JSON.stringify(view, null, 2) + "\n");
    return EXIT.ok;
  }
  const out: string[] = [`${view.path}  (${view.format}, ${view.encoding} ${DECODED_BY[view.decodedBy]})`, "", "Metadata"];
  const { origins, ...fields } = view.metadata;
  for (const [key, value] of Object.entries(fields)) {
    const shown = Array.isArray(value) ? value.join("; ") : String(value ?? "");
    out.push(`  ${key.padEnd(16)}${shown === "" ? "(none)" : shown}`);
  }
  if (origins.length > 0) {
    out.push("", "Found in");
    for (const origin of origins) out.push(`  ${origin.field.padEnd(16)}${origin.value}  [${origin.from}]`);
  }
  out.push("", "Blocks");
  for (const block of view.blocks) {
    const tag = block.boilerplate ? ` boilerplate:${block.boilerplate.category}${block.boilerplate.provider ? `(${block.boilerplate.provider})` : ""}` : "";
    out.push(`  ${String(block.index).padStart(3)}  ${`${block.line}:${block.column}`.padEnd(8)} ${block.kind}${tag}`);
    out.push(`       ${block.text}`);
  }
  if (view.quotations !== undefined && view.quotations.length > 0) {
    out.push("", "Quotations");
    for (const quotation of view.quotations) {
      const first = quotation.spans[0];
      const speaker = quotation.speaker
        ? `${quotation.speaker.name} (${quotation.speaker.kind}${quotation.speaker.resolvedBy ? `, by ${quotation.speaker.resolvedBy}` : ""})`
        : "no speaker";
      out.push(`  ${quotation.kind.padEnd(9)} block ${first?.block ?? "?"}  ${speaker}${quotation.cue ? `  cue: ${quotation.cue.text}` : ""}`);
      out.push(`       ${quotation.text}`);
    }
  }
  io.stdout(terminalSafe(out.join("\n")) + "\n");
  return EXIT.ok;
}
