// The files of a copydesk JSON report, one at a time: a 100,000-article report is over 1 GB,
// longer than a string V8 can hold, so it is read in chunks and each file's object parsed alone.
import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

const CHUNK = 1 << 20;

/** Lines of a UTF-8 file, without their line ends. */
function* lines(path) {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(CHUNK);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (let read = readSync(fd, buffer, 0, CHUNK, null); read > 0; read = readSync(fd, buffer, 0, CHUNK, null)) {
      const parts = (rest + decoder.write(buffer.subarray(0, read))).split("\n");
      rest = parts.pop() ?? "";
      yield* parts;
    }
    rest += decoder.end();
    if (rest !== "") yield rest;
  } finally {
    closeSync(fd);
  }
}

/**
 * Each entry of the report's `files`, parsed. Relies on the layout the json reporter writes
 * (`JSON.stringify(report, null, 2)`): a file's object opens with a line of four spaces and `{`
 * and closes with one of four spaces and `}`.
 */
export function* reportFiles(path) {
  let open;
  for (const line of lines(path)) {
    if (open === undefined) {
      if (line === "    {") open = [line];
    } else {
      open.push(line);
      if (line === "    }" || line === "    },") {
        yield JSON.parse(open.join("\n").replace(/,$/, ""));
        open = undefined;
      }
    }
  }
}
