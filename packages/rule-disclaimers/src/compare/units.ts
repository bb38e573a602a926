import type { Article, Boilerplate } from "@copydesk/core";
import { labelBlock } from "../classify/labels.js";
import type { BoilerplateLibrary } from "../data/library.js";

/**
 * One piece of boilerplate as an editor sees it: its text block, with the label blocks that head
 * it ("Legal Disclaimer:" on a line of its own). Deleting the unit deletes both.
 */
export interface BoilerplateUnit {
  /** The block holding the boilerplate's text. */
  readonly block: number;
  /** Label blocks just before it, marked with the same boilerplate. */
  readonly labels: ReadonlyArray<number>;
  readonly boilerplate: Boilerplate;
}

const sameBoilerplate = (a: Boilerplate | undefined, b: Boilerplate): boolean =>
  a !== undefined && a.category === b.category && a.provider === b.provider;

/** The boilerplate units of an article, in order. */
export function boilerplateUnits(article: Article, library: BoilerplateLibrary): BoilerplateUnit[] {
  const units: BoilerplateUnit[] = [];
  let labels: number[] = [];
  for (const block of article.blocks) {
    const boilerplate = block.boilerplate;
    if (boilerplate === undefined) {
      labels = [];
      continue;
    }
    if (labelBlock(library, block.text, block.kind) !== undefined) {
      labels.push(block.index);
      continue;
    }
    const heading = labels.filter((index) => sameBoilerplate(article.blocks[index]?.boilerplate, boilerplate));
    units.push({ block: block.index, labels: heading, boilerplate });
    labels = [];
  }
  return units;
}
