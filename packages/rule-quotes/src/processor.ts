import type { Article, Processor } from "@copydesk/core";
import { extractQuotations } from "./extract/extract.js";

/**
 * Sets `article.quotations` (quotations and reported speech with their speakers) for every rule,
 * for `copydesk inspect` and for the reports. Runs after the boilerplate and provenance
 * processors, so quotations inside marked boilerplate are never extracted.
 */
export const quotationsProcessor: Processor = {
  id: "quotes/extract",
  usedBy: ["quotes/"],
  process: (article: Article): Article => ({ ...article, quotations: extractQuotations(article) }),
};
