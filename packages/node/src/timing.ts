import { setTimingCollector } from "@copydesk/core";

/** Milliseconds spent per parser, processor, corpus builder and rule (COPYDESK_TIMING=1). */
export type TimingTotals = Record<string, number>;

/** True when the environment asks for timing, as ESLint's TIMING does. */
export const timingRequested = (env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  (env["COPYDESK_TIMING"] ?? "") !== "" && env["COPYDESK_TIMING"] !== "0";

/** Starts collecting in this thread; the returned function stops and hands over the totals. */
export function collectTiming(): () => TimingTotals {
  const totals: TimingTotals = {};
  setTimingCollector((label, ms) => {
    totals[label] = (totals[label] ?? 0) + ms;
  });
  return () => {
    setTimingCollector(undefined);
    return totals;
  };
}

export function mergeTiming(into: TimingTotals, from: TimingTotals): TimingTotals {
  for (const [label, ms] of Object.entries(from)) into[label] = (into[label] ?? 0) + ms;
  return into;
}

/** A table of the costliest steps, for stderr. */
export function formatTiming(totals: TimingTotals, limit = 25): string {
  const rows = Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, limit);
  const all = Object.values(totals).reduce((sum, ms) => sum + ms, 0);
  const width = Math.max(4, ...rows.map(([label]) => label.length));
  const lines = [`${"step".padEnd(width)}  ${"ms".padStart(9)}  share`];
  for (const [label, ms] of rows) lines.push(`${label.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${((100 * ms) / all).toFixed(1).padStart(5)}%`);
  return lines.join("\n") + "\n";
}
