import { Schema } from "effect";

export const Severity = Schema.Literal("error", "warning", "info");
export type Severity = typeof Severity.Type;

/** What a user may set a rule to: a severity, or off. */
export const SeverityLevel = Schema.Literal("off", "info", "warning", "error");
export type SeverityLevel = typeof SeverityLevel.Type;

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const compareSeverity = (a: Severity, b: Severity): number => rank[a] - rank[b];

/** The lower of two severities: a rule can lower its own finding (a quotation) but never raise it past the configured level. */
export const minSeverity = (a: Severity, b: Severity): Severity => (rank[a] <= rank[b] ? a : b);
