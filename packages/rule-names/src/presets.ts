/** The house styles the names rules know. The config's top-level `preset` picks one; `ap` is the default. */
export const PRESETS = ["ap", "reuters", "bbc", "guardian"] as const;
export type Preset = (typeof PRESETS)[number];

export const DEFAULT_PRESET: Preset = "ap";

/** How a message names the style: `"Kiev" is "Kyiv" in AP style.` */
export const PRESET_LABELS: Readonly<Record<Preset, string>> = {
  ap: "AP",
  reuters: "Reuters",
  bbc: "BBC",
  guardian: "Guardian",
};

export const isPreset = (value: unknown): value is Preset =>
  typeof value === "string" && (PRESETS as ReadonlyArray<string>).includes(value);

/** The rule option wins over the shared setting; anything unknown falls back to AP. */
export function resolvePreset(option: string | undefined, setting: string | undefined): Preset {
  if (isPreset(option)) return option;
  if (isPreset(setting)) return setting;
  return DEFAULT_PRESET;
}
