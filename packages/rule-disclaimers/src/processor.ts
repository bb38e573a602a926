import type { Article, Block, Processor } from "@copydesk/core";
import { classifyArticle } from "./classify/classify-article.js";
import { shippedLibrary, type BoilerplateLibrary } from "./data/library.js";

export const BOILERPLATE_PROCESSOR_ID = "disclaimers/boilerplate";

/**
 * Marks the blocks of an article that are boilerplate rather than reporting
 * (`block.boilerplate = { category, provider? }`), so other rules skip them and reports show them
 * apart. Returns a new article; the blocks it marks are new objects, the others are shared.
 */
export function createBoilerplateProcessor(library: BoilerplateLibrary = shippedLibrary()): Processor {
  return {
    id: BOILERPLATE_PROCESSOR_ID,
    process(article: Article): Article {
      const judgements = classifyArticle(article, library);
      let changed = false;
      const blocks = article.blocks.map((block): Block => {
        const boilerplate = judgements[block.index]?.boilerplate;
        if (boilerplate === undefined || block.boilerplate !== undefined) return block;
        changed = true;
        return { ...block, boilerplate };
      });
      return changed ? { ...article, blocks } : article;
    },
  };
}

/** The processor with the shipped library (what the CLI runs). */
let shipped: Processor | undefined;

/** The processor with the shipped library (what the CLI runs); the library is read on first use. */
export const boilerplateProcessor: Processor = {
  id: BOILERPLATE_PROCESSOR_ID,
  process: (article) => (shipped ??= createBoilerplateProcessor()).process(article),
};
