import { Either, ParseResult, Schema } from "effect";
import { ConfigError } from "../engine/errors.js";
import type { Rule, SharedSettings } from "../model/rule.js";
import type { Severity } from "../model/severity.js";
import { SeverityLevel } from "../model/severity.js";
import { closest } from "./closest.js";

const RuleSetting = Schema.Union(SeverityLevel, Schema.Tuple([SeverityLevel], Schema.Unknown));

/** `copydesk.config.json`, as written by a user. */
export const ConfigFile = Schema.Struct({
  $schema: Schema.optional(Schema.String),
  /** House style: ap (default), reuters, bbc, guardian. */
  preset: Schema.optional(Schema.String),
  /** Rule id to "off" | "info" | "warning" | "error", or [level, options]. */
  rules: Schema.optional(Schema.Record({ key: Schema.String, value: RuleSetting })),
  /** Originals to verify quotations against: files, directories or globs, relative to the config file. */
  sources: Schema.optional(Schema.Array(Schema.String)),
  /** Globs of files never to check, relative to the config file. */
  ignore: Schema.optional(Schema.Array(Schema.String)),
});
export type ConfigFile = typeof ConfigFile.Type;

export interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: unknown;
}

export interface ResolvedConfig {
  readonly rules: ReadonlyArray<EnabledRule>;
  readonly settings: SharedSettings;
  readonly sources: ReadonlyArray<string>;
  readonly ignore: ReadonlyArray<string>;
}

export const DEFAULT_PRESET = "ap";

const formatIssue = (error: ParseResult.ParseError): string =>
  ParseResult.TreeFormatter.formatErrorSync(error).replace(/\s*\n\s*/g, " ");

/** Decodes a parsed config file; `path` names it in every error. */
export function decodeConfigFile(path: string, json: unknown): Either.Either<ConfigFile, ConfigError> {
  return Schema.decodeUnknownEither(ConfigFile, { onExcessProperty: "error", errors: "first" })(json).pipe(
    Either.mapLeft((error) => new ConfigError({ path, reason: formatIssue(error) })),
  );
}

export interface ResolveOptions {
  /** Where the config came from, for error messages ("<defaults>" when none). */
  readonly path: string;
  readonly file: ConfigFile;
  readonly rules: ReadonlyArray<Rule>;
  /** Command-line overrides, applied after the file: rule id to level. */
  readonly ruleOverrides?: Readonly<Record<string, SeverityLevel>>;
  readonly preset?: string;
}

/**
 * Every known rule with its severity and decoded options. Unknown rule ids,
 * bad levels and bad options are errors naming the key (and, for a misspelt
 * id, the closest real one).
 */
export function resolveConfig(options: ResolveOptions): Either.Either<ResolvedConfig, ConfigError> {
  const byId = new Map(options.rules.map((rule) => [rule.meta.id, rule]));
  const fail = (reason: string) => Either.left(new ConfigError({ path: options.path, reason }));
  const unknownRule = (key: string, id: string) => {
    const suggestion = closest(id, byId.keys());
    return fail(`${key}: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
  };

  const presets = new Set(options.rules.flatMap((rule) => rule.meta.presets ?? []));
  const preset = options.preset ?? options.file.preset ?? DEFAULT_PRESET;
  if (presets.size > 0 && !presets.has(preset)) {
    const suggestion = closest(preset, presets);
    return fail(`preset: unknown house style "${preset}" (known: ${[...presets].join(", ")})${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
  }

  const settings = new Map<string, { level: SeverityLevel; options: unknown }>();
  for (const [id, setting] of Object.entries(options.file.rules ?? {})) {
    if (!byId.has(id)) return unknownRule(`rules["${id}"]`, id);
    settings.set(id, typeof setting === "string" ? { level: setting, options: undefined } : { level: setting[0], options: setting[1] });
  }
  for (const [id, level] of Object.entries(options.ruleOverrides ?? {})) {
    if (!byId.has(id)) return unknownRule(`--rule ${id}`, id);
    settings.set(id, { level, options: settings.get(id)?.options });
  }

  const enabled: EnabledRule[] = [];
  for (const rule of options.rules) {
    const setting = settings.get(rule.meta.id);
    const level = setting?.level ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    const decoded = Schema.decodeUnknownEither(rule.meta.options, { onExcessProperty: "error", errors: "first" })(
      setting?.options ?? {},
    );
    if (Either.isLeft(decoded)) return fail(`rules["${rule.meta.id}"] options: ${formatIssue(decoded.left)}`);
    enabled.push({ rule, severity: level, options: decoded.right });
  }
  return Either.right({
    rules: enabled,
    settings: { preset },
    sources: options.file.sources ?? [],
    ignore: options.file.ignore ?? [],
  });
}

