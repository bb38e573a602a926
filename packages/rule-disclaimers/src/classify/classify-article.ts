import type { Article, Boilerplate, BlockKind } from "@copydesk/core";
import { shippedLibrary, type BoilerplateLibrary } from "../data/library.js";
import { blockFeatures } from "./features.js";
import { judgeBlock, type Verdict } from "./judge.js";
import { labelBlock, type Label } from "./labels.js";
import { providerOf } from "./provider.js";

/** What the classifier decided about one block. */
export interface BlockJudgement {
  readonly index: number;
  /** Set when the block is a label ("Legal Disclaimer:") rather than text. */
  readonly label?: Label;
  /** The judgement of a text block (undefined for labels and blocks never judged). */
  readonly verdict?: Verdict;
  /** What the block is marked as: its own verdict, or, for a label, the boilerplate it heads. */
  readonly boilerplate?: Boilerplate;
}

/** Blocks that are never boilerplate of this kind: the headline, bylines, datelines, captions and quotations. */
const NEVER: ReadonlySet<BlockKind> = new Set(["headline", "byline", "dateline", "caption", "credit", "blockquote"]);
/** The last blocks of an article, where footers sit: the last four, or the last 30%. */
const TAIL_BLOCKS = 4;
const TAIL_SHARE = 0.7;

/**
 * Classifies every block of an article in order. A label block is marked with the boilerplate it
 * heads; a label that heads a list ("Related:", "Follow us") carries over the list's items.
 */
export function classifyArticle(article: Article, library: BoilerplateLibrary = shippedLibrary()): BlockJudgement[] {
  const blocks = article.blocks;
  const n = blocks.length;
  const judgements: BlockJudgement[] = blocks.map((block) => ({ index: block.index, ...(block.boilerplate ? { boilerplate: block.boilerplate } : {}) }));
  let pending: { index: number; label: Label } | undefined;
  let listLabel: Label | undefined;
  let previous: Boilerplate | undefined;

  blocks.forEach((block, i) => {
    if (block.boilerplate !== undefined || NEVER.has(block.kind)) {
      // Marked already (by the parser), or not a kind this package judges.
      previous = block.boilerplate;
      if (pending !== undefined && block.boilerplate !== undefined) judgements[pending.index] = { ...judgements[pending.index], index: pending.index, boilerplate: block.boilerplate };
      pending = undefined;
      listLabel = undefined;
      return;
    }
    const label = labelBlock(library, block.text, block.kind);
    if (label !== undefined) {
      judgements[i] = { index: i, label };
      pending = { index: i, label };
      listLabel = undefined;
      return;
    }
    const heading = pending?.label ?? (block.kind === "list-item" ? listLabel : undefined);
    const tail = i >= n - TAIL_BLOCKS || i >= TAIL_SHARE * n;
    const features = blockFeatures(library, block.text, { force: heading !== undefined || previous !== undefined, tail });
    const verdict =
      features === undefined
        ? undefined
        : judgeBlock(features, { ...(heading ? { label: heading } : {}), tail, ...(previous ? { previous } : {}) });
    let marked: Boilerplate | undefined;
    if (features !== undefined && verdict?.boilerplate) {
      const provider = providerOf(block.text, features, verdict.category);
      marked = { category: verdict.category, ...(provider !== undefined ? { provider } : {}) };
      if (pending !== undefined) judgements[pending.index] = { index: pending.index, label: pending.label, boilerplate: marked };
    }
    judgements[i] = { index: i, ...(verdict ? { verdict } : {}), ...(marked ? { boilerplate: marked } : {}) };
    listLabel = block.kind === "list-item" && heading !== undefined ? heading : undefined;
    previous = marked;
    pending = undefined;
  });
  return judgements;
}
