// How two copies of boilerplate are compared: the key (what is folded away) and the candidate search.
import { describe, expect, it } from "vitest";
import { comparisonKey, findDuplicates, PROVIDER_MASK, shippedLibrary } from "../src/index.js";
import { EIN_DISCLAIMER, MENAFN_DISCLAIMER } from "./helpers/articles.js";

const library = shippedLibrary();
const key = (text: string, category = "disclaimer", mask = true) => comparisonKey(library, text, category, mask);

describe("comparison key", () => {
  it("folds case, quote marks, dashes, punctuation, white space and hard wraps", () => {
    const a = key("MENAFN provides the information “as is” — without warranty of any kind.");
    const b = key('menafn PROVIDES the\ninformation "as is" -\twithout   warranty of ANY kind');
    expect(a.text).toBe(b.text);
    expect(a.words).toEqual([PROVIDER_MASK, "provides", "the", "information", "as", "is", "without", "warranty", "of", "any", "kind"]);
  });

  it("masks the provider's name in disclaimers, so MENAFN's and EIN Presswire's texts differ only where their wording does", () => {
    const menafn = key(MENAFN_DISCLAIMER);
    const ein = key(EIN_DISCLAIMER);
    expect(menafn.masked && ein.masked).toBe(true);
    expect(menafn.words[0]).toBe(PROVIDER_MASK);
    expect(ein.words[0]).toBe(PROVIDER_MASK);
    expect(menafn.words.filter((w, i) => w !== ein.words[i]).length).toBeGreaterThan(0);
    expect(key(MENAFN_DISCLAIMER, "disclaimer", false).words[0]).toBe("menafn");
  });

  it("drops an inline label, so a labelled copy matches an unlabelled one", () => {
    expect(key(`Legal Disclaimer: ${MENAFN_DISCLAIMER}`).text).toBe(key(MENAFN_DISCLAIMER).text);
  });

  it("never masks a credit line or a text that is little more than the provider's name", () => {
    expect(key("Source: MENAFN", "credit").text).toBe("menafn");
    expect(key("MENAFN. All rights reserved.", "disclaimer")).toMatchObject({ masked: false, text: "menafn all rights reserved" });
  });
});

describe("candidate search", () => {
  const item = (text: string, category = "disclaimer") => ({ category, key: key(text, category) });

  it("pairs exact keys through a map and near keys through MinHash buckets, each later copy with the first", () => {
    const items = [item(MENAFN_DISCLAIMER), item("Follow us on X."), item(EIN_DISCLAIMER), item(MENAFN_DISCLAIMER.toUpperCase())];
    const found = findDuplicates(items, { threshold: 0.85, minWords: 8 });
    expect(found.map((d) => [d.first, d.later, d.exact])).toEqual([
      [0, 2, false],
      [0, 3, true],
    ]);
    expect(found[0]?.score).toBeGreaterThan(0.9);
  });

  it("compares only items of one category", () => {
    expect(findDuplicates([item(MENAFN_DISCLAIMER), item(MENAFN_DISCLAIMER, "credit")], { threshold: 0.85, minWords: 8 })).toEqual([]);
  });

  it("leaves short texts to exact matching", () => {
    const items = [item("Follow us on X, Facebook and LinkedIn.", "call-to-action"), item("Follow us on X, Facebook and Threads.", "call-to-action")];
    expect(findDuplicates(items, { threshold: 0.5, minWords: 8 })).toEqual([]);
    expect(findDuplicates(items, { threshold: 0.5, minWords: 3 }).map((d) => d.later)).toEqual([1]);
  });
});
