import { Effect, Either } from "effect";
import { resolveConfig, type Rule, type SeverityLevel } from "@copydesk/core";
import { defaultRules } from "./defaults.js";
import { loadConfig } from "./load-config.js";

export interface ConfigOptions {
  /** A config file; otherwise the nearest copydesk.config.json above cwd. */
  readonly configPath?: string;
  readonly rules?: ReadonlyArray<Rule>;
  readonly ruleOverrides?: Readonly<Record<string, SeverityLevel>>;
  /** House style preset (overrides the config's). */
  readonly preset?: string;
}

/** The config file (given or found from `cwd`) resolved against the rules, with command-line overrides. */
export const resolveRunConfig = (options: ConfigOptions, cwd: string) =>
  Effect.gen(function* () {
    const loaded = yield* Either.match(loadConfig(options.configPath, cwd), { onLeft: Effect.fail, onRight: Effect.succeed });
    const config = yield* Either.match(
      resolveConfig({
        path: loaded.path ?? "<defaults>",
        file: loaded.file,
        rules: options.rules ?? defaultRules,
        ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
        ...(options.preset ? { preset: options.preset } : {}),
      }),
      { onLeft: Effect.fail, onRight: Effect.succeed },
    );
    return { loaded, config };
  });
