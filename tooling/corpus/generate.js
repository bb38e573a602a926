#!/usr/bin/env node
// Writes a seeded, deterministic corpus of syndicated articles with their ground truth:
//   node tooling/corpus/generate.js --count 1000 --out .bench/corpus-1000 [--seed 42] [--formats html,md,txt]
// Layout: <out>/articles/<bucket>/<id>.<ext> (checked), <out>/originals/<bucket>/<id>.html (the wire
// copies, for --sources), <out>/truth.jsonl (one line per article: what was planted, with line and
// column in the rendered file), <out>/manifest.json.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateStory } from "./article.js";
import { Random } from "./random.js";
import { RENDERERS, renderHtml } from "./render.js";

/** Raised whenever the same options would write a different corpus, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 2;

export const DEFAULT_OPTIONS = {
  seed: 42,
  formats: ["html"],
  plantNames: true,
  /** Share of place mentions written as a variant the house style replaces. */
  variantRate: 0.15,
  /** Share of articles that end with two stacked or duplicated disclaimers. */
  disclaimers: 0.5,
  /** Share of articles carrying the aggregator footer a feed-wide pass must learn. */
  footerRate: 0.3,
  /** Share carrying a footer too rare to count as boilerplate. */
  rareFooterRate: 0.02,
  originals: true,
};

const bucketOf = (index) => String(Math.floor(index / 1000)).padStart(3, "0");

/**
 * Generates `count` articles into `out`. Formats rotate (html, md, txt, ...) when several are
 * given. Returns the manifest.
 */
export function generateCorpus(count, out, options = {}) {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  rmSync(out, { recursive: true, force: true });
  const random = new Random(settings.seed);
  const truth = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const story = generateStory(random.fork(`story${i}`), i, settings);
    const format = settings.formats[i % settings.formats.length];
    const { ext, render } = RENDERERS[format];
    const id = `article-${String(i).padStart(6, "0")}`;
    const dir = join(out, "articles", bucketOf(i));
    mkdirSync(dir, { recursive: true });
    const rendered = render(story.syndicated, i);
    const path = join("articles", bucketOf(i), id + ext);
    writeFileSync(join(out, path), rendered.text);
    bytes += Buffer.byteLength(rendered.text);
    let original;
    if (settings.originals) {
      const originalDir = join(out, "originals", bucketOf(i));
      mkdirSync(originalDir, { recursive: true });
      original = join("originals", bucketOf(i), `${id}.html`);
      writeFileSync(join(out, original), renderHtml(story.original, i).text);
    }
    truth.push({ id, path, format, original, ...story.truth, plants: rendered.plants });
  }
  writeFileSync(join(out, "truth.jsonl"), truth.map((line) => JSON.stringify(line)).join("\n") + "\n");
  const manifest = { count, seed: settings.seed, formats: settings.formats, bytes, generatedBy: `tooling/corpus/generate.js v${GENERATOR_VERSION}` };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000" },
      out: { type: "string" },
      seed: { type: "string", default: "42" },
      formats: { type: "string", default: "html" },
      "no-originals": { type: "boolean", default: false },
    },
  });
  const count = Number(values.count);
  const out = values.out ?? `.bench/corpus-${count}`;
  const manifest = generateCorpus(count, out, {
    seed: Number(values.seed),
    formats: values.formats.split(",").filter((f) => f in RENDERERS),
    originals: !values["no-originals"],
  });
  console.log(`${manifest.count} articles, ${(manifest.bytes / 1048576).toFixed(1)} MB, in ${out}`);
}
