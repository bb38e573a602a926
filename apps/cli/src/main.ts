import { TOOL_VERSION } from "@copydesk/node";
import { UsageError, encodingName, parseCommandLine, singleFormat, toCheckArgs } from "./args.js";
import { runCheck } from "./commands/check.js";
import { runInit } from "./commands/init.js";
import { runInspect } from "./commands/inspect.js";
import { runRules } from "./commands/rules.js";
import { EXIT } from "./exit-codes.js";
import { processIo, type Io } from "./io.js";
import { USAGE } from "./usage.js";

const COMMANDS = new Set(["check", "inspect", "rules", "init"]);

/** Runs the copydesk command line and returns the exit code. Never throws. */
export async function main(argv: ReadonlyArray<string>, io: Io = processIo()): Promise<number> {
  try {
    const { values, positionals, tokens } = parseCommandLine(argv);
    if (values.version) {
      io.stdout(`copydesk ${TOOL_VERSION}\n`);
      return EXIT.ok;
    }
    const [first, ...rest] = positionals;
    if (values.help || first === undefined || first === "help") {
      (first === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
      return values.help || first === "help" ? EXIT.ok : EXIT.failure;
    }
    // `copydesk file.html` is `copydesk check file.html`.
    const command = COMMANDS.has(first) ? first : "check";
    const args = COMMANDS.has(first) ? rest : positionals;
    switch (command) {
      case "inspect":
        return await runInspect(args, singleFormat(values, "inspect", "text"), io, encodingName(values.encoding));
      case "rules":
        return runRules(singleFormat(values, "rules", "text"), io);
      case "init":
        return runInit(io);
      default:
        return await runCheck(toCheckArgs(values, args, tokens), io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`copydesk: ${error.message}\nRun "copydesk --help" for usage.\n`);
      return EXIT.failure;
    }
    io.stderr(`copydesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failure;
  }
}
