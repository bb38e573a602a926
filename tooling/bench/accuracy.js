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
