#!/usr/bin/env node
// The bundle (one file, see scripts/bundle.mjs) starts about three times faster than the modules it is built from.
import { main } from "../dist/bundle/copydesk.mjs";

// Ctrl-C or a CI runner's stop: exit with the signal's conventional code, so that exit handlers
// remove the temporary report files and the corpus spill directory of a run stopped half-way.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) process.once(signal, () => process.exit(code));

process.exitCode = await main(process.argv.slice(2));
