// Vitest global set-up: every test run gets a temporary directory of its own (TMPDIR, which
// os.tmpdir() and the copydesk processes a test starts read), removed when the run ends, so
// scratch files of tests that stop half-way or forget to clean up do not pile up in /tmp.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup() {
  const outer = process.env["TMPDIR"];
  const dir = mkdtempSync(join(tmpdir(), "copydesk-tests-"));
  process.env["TMPDIR"] = dir;
  return () => {
    if (outer === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = outer;
    rmSync(dir, { recursive: true, force: true });
  };
}
