import type { EntryOption } from "../options.js";
import type { GazetteerEntry } from "./types.js";

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The shipped entries with the user's additions and overrides applied, in a stable order. */
export function mergeEntries(
  base: ReadonlyArray<GazetteerEntry>,
  options: ReadonlyArray<EntryOption>,
): ReadonlyArray<GazetteerEntry> {
  if (options.length === 0) return base;
  const byId = new Map(base.map((entry) => [entry.id, entry]));
  for (const option of options) {
    const { disabled, ...fields } = option;
    if (disabled) {
      byId.delete(option.id);
      continue;
    }
    const existing = byId.get(option.id);
    const given = defined(fields);
    if (existing !== undefined) {
      byId.set(option.id, { ...existing, ...given, preferred: { ...existing.preferred, ...given.preferred } });
      continue;
    }
    const canonical = option.canonical ?? option.variants?.[0] ?? option.id;
    byId.set(option.id, {
      ...given,
      id: option.id,
      kind: option.kind ?? "place",
      canonical,
      variants: option.variants ?? [],
      preferred: option.preferred ?? {},
      source: option.source ?? "copydesk config",
    });
  }
  return [...byId.values()];
}
