// What the sources rules derive from an article is kept while it is checked and let go after,
// and computing it again gives the same answer.
import { releaseArticle } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { attributionsIn, provenanceOf, storySentences, type StorySentence } from "../src/index.js";
import { readFixtureArticle } from "./helpers/fixtures.js";

describe("per-article caches", () => {
  it("answer from memory until the article is released, then compute the same again", () => {
    const article = readFixtureArticle("quotes/syndicated.html");
    const sentences = storySentences(article);
    const attributions = sentences.map((s) => attributionsIn(s));
    const record = provenanceOf(article);
    expect(storySentences(article)).toBe(sentences);
    expect(provenanceOf(article)).toBe(record);
    expect(attributionsIn(sentences[0] as StorySentence)).toBe(attributions[0]);

    releaseArticle(article);
    const again = storySentences(article);
    expect(again).not.toBe(sentences);
    expect(again).toEqual(sentences);
    expect(again.map((s) => attributionsIn(s))).toEqual(attributions);
    expect(attributionsIn(sentences[0] as StorySentence)).not.toBe(attributions[0]);
    expect(attributionsIn(sentences[0] as StorySentence)).toEqual(attributions[0]);
    expect(provenanceOf(article)).not.toBe(record);
    expect(provenanceOf(article)).toEqual(record);
  });
});
