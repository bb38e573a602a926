import { Schema } from "effect";
import { Report } from "@copydesk/core";
import type { Reporter } from "./reporter.js";

const encode = Schema.encodeSync(Report);

/** The stable JSON contract (`version: 1`), encoded with the Report Schema so what is written always decodes. */
export const json: Reporter = {
  name: "json",
  render: (report) => JSON.stringify(encode(report), null, 2) + "\n",
};
