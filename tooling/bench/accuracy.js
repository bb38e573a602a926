// Scores a tool's names findings against what the corpus planted: a planted variant in body text
// must be flagged at its line and column; a trap (chicken Kiev, Peking University, Odessa, Texas)
// and a variant inside a quotation must not be flagged as an error or warning.

/** @param {object[]} truth lines of truth.jsonl @param {Map<string, {line:number,column:number}[]>} flagged path -> positions */
export function namesAccuracy(truth, flagged) {
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  let expected = 0;
  for (const article of truth) {
    const found = new Set((flagged.get(article.path) ?? []).map((p) => `${p.line}:${p.column}`));
    const wanted = new Set();
    for (const plant of article.plants) {
      if (plant.kind === "name" && plant.expected === "warning") {
        expected++;
        const key = `${plant.line}:${plant.column}`;
        wanted.add(key);
        if (found.has(key)) truePositives++;
        else falseNegatives++;
      }
    }
    // Anything flagged that was not planted as an error is a false alarm (traps, quoted names, and
    // correct spellings alike).
    for (const key of found) if (!wanted.has(key)) falsePositives++;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = expected === 0 ? 1 : truePositives / expected;
  return { expected, truePositives, falsePositives, falseNegatives, precision, recall };
}

const QUOTE_VERDICTS = ["misattributed", "altered", "unverified"];

/**
 * Scores the quotes findings of a run with --sources against the planted quotation changes: a
 * misattributed, altered or invented (unverified) quotation must be flagged by its rule on the
 * quotation's line; a finding of that rule anywhere else is a false alarm, since every other
 * sentence stands in the original as it stands in the rewrite.
 * @param {object[]} truth lines of truth.jsonl @param {Map<string, {ruleId:string,line:number}[]>} findings path -> quotes findings
 */
export function quotesAccuracy(truth, findings) {
  const scores = Object.fromEntries(QUOTE_VERDICTS.map((verdict) => [verdict, { expected: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  for (const article of truth) {
    const found = findings.get(article.path) ?? [];
    for (const verdict of QUOTE_VERDICTS) {
      const score = scores[verdict];
      const flaggedLines = new Set(found.filter((f) => f.ruleId === `quotes/${verdict}`).map((f) => f.line));
      const plantedLines = new Set(article.plants.filter((p) => p.kind === "quote" && p.verdict === verdict).map((p) => p.line));
      score.expected += plantedLines.size;
      for (const line of plantedLines) flaggedLines.has(line) ? score.truePositives++ : score.falseNegatives++;
      for (const line of flaggedLines) if (!plantedLines.has(line)) score.falsePositives++;
    }
  }
  for (const score of Object.values(scores)) {
    const flagged = score.truePositives + score.falsePositives;
    score.precision = flagged === 0 ? 1 : score.truePositives / flagged;
    score.recall = score.expected === 0 ? 1 : score.truePositives / score.expected;
  }
  return scores;
}
