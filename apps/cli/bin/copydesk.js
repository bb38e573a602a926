#!/usr/bin/env node
// The bundle (one file, see scripts/bundle.mjs) starts about three times faster than the modules it is built from.
import { main } from "../dist/bundle/copydesk.mjs";

process.exitCode = await main(process.argv.slice(2));
