#!/usr/bin/env node
// `pnpm bench`: copydesk against textlint + prh and against the cost of just parsing, on the same
// generated corpus, in one run so the ratios are fair. Whole-process wall time and peak RSS,
// medians of several runs, names accuracy against the planted truth. Writes .bench/results.json.
//
//   pnpm bench                       1,000 and 10,000 articles, 3 runs each
//   pnpm bench --sizes 1000 --runs 5
//   pnpm bench --huge                adds 100,000 articles (copydesk and the htmlparser2 floor only)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GENERATOR_VERSION, generateCorpus } from "../corpus/generate.js";
import { reportFiles } from "./report-files.js";
import { namesAccuracy, quotesAccuracy } from "./accuracy.js";
import { measure, median } from "./measure.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const benchDir = join(root, ".bench");
const copydeskBin = join(root, "apps", "cli", "bin", "copydesk.js");
const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    huge: { type: "boolean", default: false },
    "skip-textlint": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number).filter((n) => n > 0);
if (values.huge && !sizes.includes(100000)) sizes.push(100000);
const runs = Math.max(1, Number(values.runs));

function ensureCorpus(size) {
  const dir = join(benchDir, `corpus-${size}`);
  const manifest = join(dir, "manifest.json");
  const cached = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : undefined;
  if (cached?.count === size && cached.generatedBy === `tooling/corpus/generate.js v${GENERATOR_VERSION}`) return dir;
  console.error(`generating ${size} articles in ${relative(root, dir)} ...`);
  generateCorpus(size, dir, { formats: ["html"] });
  return dir;
}

function writeConfigs() {
  mkdirSync(benchDir, { recursive: true });
  const listed = measure(process.execPath, [copydeskBin, "rules", "--format", "json"]);
  const ids = JSON.parse(listed.stdout).map((rule) => rule.id);
  const allRules = join(benchDir, "config-all.json");
  const namesOnly = join(benchDir, "config-names.json");
  writeFileSync(allRules, JSON.stringify({ preset: "ap" }, null, 2));
  writeFileSync(namesOnly, JSON.stringify({ preset: "ap", rules: Object.fromEntries(ids.filter((id) => !id.startsWith("names/")).map((id) => [id, "off"])) }, null, 2));
  return { allRules, namesOnly, ruleCount: ids.length };
}

/** Positions of every names/house-style finding at warning or error, by file path relative to the corpus. */
function copydeskNames(reportPath) {
  const flagged = new Map();
  for (const file of reportFiles(reportPath)) {
    const positions = file.findings
      .filter((f) => f.ruleId === "names/house-style" && f.severity !== "info")
      .map((f) => ({ line: f.line, column: f.column }));
    flagged.set(file.path, positions);
  }
  return flagged;
}

/** Every quotes/* finding, by file path relative to the corpus. */
function copydeskQuotes(reportPath) {
  const quotes = new Map();
  for (const file of reportFiles(reportPath)) quotes.set(file.path, file.findings.filter((f) => f.ruleId.startsWith("quotes/")));
  return quotes;
}

function textlintNames(reportPath, corpus) {
  const results = JSON.parse(readFileSync(reportPath, "utf8"));
  const flagged = new Map();
  for (const result of results) {
    flagged.set(relative(corpus, result.filePath), result.messages.map((m) => ({ line: m.line, column: m.column })));
  }
  return flagged;
}

function textlintBin() {
  try {
    return require.resolve("textlint/bin/textlint.js");
  } catch {
    return undefined;
  }
}

function tools(corpus, configs, size) {
  const out = (name) => join(benchDir, `out-${size}-${name}.json`);
  const node = process.execPath;
  const list = [
    { name: "read + split lines (text floor)", command: node, args: [join(here, "floors", "text.js"), join(corpus, "articles")] },
    { name: "read + htmlparser2 (parse floor)", command: node, args: [join(here, "floors", "htmlparser2.js"), join(corpus, "articles")], floor: true },
    { name: "read + cheerio.load (parse5)", command: node, args: [join(here, "floors", "cheerio.js"), join(corpus, "articles")], small: true },
    {
      name: "copydesk, all rules",
      command: node,
      args: [copydeskBin, "check", "articles", "--config", configs.allRules, "--format", "json", "--output", out("all")],
      output: out("all"),
      accuracy: "copydesk",
      main: true,
    },
    {
      name: "copydesk, all rules + --sources originals",
      command: node,
      args: [copydeskBin, "check", "articles", "--sources", "originals", "--config", configs.allRules, "--format", "json", "--output", out("sources")],
      output: out("sources"),
      accuracy: "copydesk-quotes",
    },
    {
      name: "copydesk, names rules only",
      command: node,
      args: [copydeskBin, "check", "articles", "--config", configs.namesOnly, "--format", "json", "--output", out("names")],
      output: out("names"),
      accuracy: "copydesk",
    },
  ];
  const textlint = textlintBin();
  if (textlint !== undefined && !values["skip-textlint"]) {
    list.push({
      name: "textlint 15 + prh + html plugin",
      command: node,
      args: [textlint, "--config", join(here, "textlint", "textlintrc.json"), "--format", "json", "--output-file", out("textlint"), join(corpus, "articles")],
      cwd: here,
      output: out("textlint"),
      accuracy: "textlint",
      small: true,
    });
  }
  // At 100,000 articles only copydesk and the parse floor run: the others take minutes per run.
  return size >= 100000 ? list.filter((tool) => tool.floor || tool.main) : list;
}

function runTool(tool, corpus, truth) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = measure(tool.command, tool.args, { cwd: tool.cwd ?? corpus });
    if (last.status !== 0 && last.status !== 1) {
      throw new Error(`${tool.name} failed (exit ${last.status}): ${last.stderr.slice(0, 2000)}`);
    }
    samples.push(last);
  }
  const row = {
    tool: tool.name,
    seconds: median(samples.map((s) => s.seconds)),
    peakRssMb: samples[0]?.peakRssMb === undefined ? undefined : median(samples.map((s) => s.peakRssMb)),
    samples: samples.map((s) => Number(s.seconds.toFixed(3))),
  };
  if (tool.accuracy === "copydesk") row.names = namesAccuracy(truth, copydeskNames(tool.output));
  if (tool.accuracy === "copydesk-quotes") row.quotes = quotesAccuracy(truth, copydeskQuotes(tool.output));
  if (tool.accuracy === "textlint") row.names = namesAccuracy(truth, textlintNames(tool.output, corpus));
  return row;
}

const fmt = (n, digits = 2) => (n === undefined ? "-" : n.toFixed(digits));

function printTable(size, rows) {
  const floor = rows.find((r) => r.tool.startsWith("read + htmlparser2"));
  console.log(`\n${size.toLocaleString("en")} HTML articles`);
  console.log("| tool | wall s (median) | peak RSS MB | × parse floor | names precision | names recall |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const ratio = floor ? row.seconds / floor.seconds : undefined;
    console.log(`| ${row.tool} | ${fmt(row.seconds)} | ${fmt(row.peakRssMb, 0)} | ${fmt(ratio, 1)} | ${row.names ? fmt(row.names.precision, 3) : ""} | ${row.names ? fmt(row.names.recall, 3) : ""} |`);
  }
  const all = rows.find((r) => r.tool === "copydesk, all rules");
  const textlint = rows.find((r) => r.tool.startsWith("textlint"));
  if (all && textlint) {
    const speedup = textlint.seconds / all.seconds;
    // "0.8× faster" reads as faster: say which way it goes.
    const verdict = speedup >= 1 ? `${speedup.toFixed(1)}× faster than` : `${(1 / speedup).toFixed(1)}× slower than`;
    console.log(`copydesk (all rules) is ${verdict} textlint + prh (${speedup.toFixed(2)}× its speed)`);
  }
  const withSources = rows.find((r) => r.quotes !== undefined);
  if (withSources) {
    const scores = Object.entries(withSources.quotes).map(([verdict, s]) => `${verdict} ${fmt(s.precision, 3)}/${fmt(s.recall, 3)} (${s.expected} planted)`);
    console.log(`quotes precision/recall with --sources: ${scores.join(", ")}`);
  }
  if (all && floor) console.log(`copydesk (all rules) costs ${(all.seconds / floor.seconds).toFixed(2)}× the htmlparser2 parse floor`);
}

function smallFile() {
  const seed = join(root, "tooling", "fixtures", "seed", "article.txt");
  const samples = [];
  for (let i = 0; i < 7; i++) samples.push(measure(process.execPath, [copydeskBin, "check", seed, "--format", "json"]).seconds);
  return median(samples);
}

const configs = writeConfigs();
const results = { date: new Date().toISOString(), node: process.version, runs, rules: configs.ruleCount, sizes: {} };
for (const size of sizes) {
  const corpus = ensureCorpus(size);
  const truth = readFileSync(join(corpus, "truth.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
  const rows = [];
  for (const tool of tools(corpus, configs, size)) {
    if (tool.small && size > 10000) continue;
    console.error(`${size}: ${tool.name} ...`);
    rows.push(runTool(tool, corpus, truth));
  }
  results.sizes[size] = rows;
  printTable(size, rows);
}
const byTool = (size) => Object.fromEntries((results.sizes[size] ?? []).map((r) => [r.tool, r.seconds]));
if (results.sizes[1000] && results.sizes[10000]) {
  const small = byTool(1000);
  const large = byTool(10000);
  console.log("\nScaling, 10,000 vs 1,000 articles (linear is 10×):");
  for (const tool of Object.keys(large)) if (small[tool]) console.log(`  ${tool}: ${(large[tool] / small[tool]).toFixed(1)}×`);
}
results.smallFileSeconds = smallFile();
console.log(`\nOne small file (seed/article.txt), start to exit: ${(results.smallFileSeconds * 1000).toFixed(0)} ms (median of 7)`);
writeFileSync(join(benchDir, "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`Results written to ${relative(root, join(benchDir, "results.json"))}`);
