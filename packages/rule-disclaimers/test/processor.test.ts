// The boilerplate processor: which blocks it marks, as what, naming which provider; and which
// story paragraphs it must leave alone (other packages' rules skip what it marks).
import { articleFromText, type BlockKind } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { classifyArticle, createBoilerplateProcessor } from "../src/index.js";
import { article, EIN_DISCLAIMER, marks, MENAFN_DISCLAIMER, STORY } from "./helpers/articles.js";

interface Case {
  readonly name: string;
  /** Blocks after the shared story opening. */
  readonly tail: ReadonlyArray<string>;
  /** The mark of each of those blocks ("-" for none). */
  readonly marks: ReadonlyArray<string>;
  /** Block kinds of those blocks (paragraphs unless given). */
  readonly kinds?: ReadonlyArray<BlockKind>;
}

/** Marks of the blocks after the story opening (whose own blocks must stay unmarked). */
function tailMarks(tail: ReadonlyArray<string>, kinds?: ReadonlyArray<BlockKind>): string[] {
  const storyKinds: BlockKind[] = ["headline", ...STORY.slice(1).map((): BlockKind => "paragraph")];
  const all = marks(article([...STORY, ...tail], { kinds: [...storyKinds, ...(kinds ?? tail.map((): BlockKind => "paragraph"))] }));
  expect(all.slice(0, STORY.length)).toEqual(STORY.map(() => "-"));
  return all.slice(STORY.length);
}

const recognised: Case[] = [
  {
    name: "the MENAFN disclaimer with its label on a line of its own",
    tail: ["Legal Disclaimer:", MENAFN_DISCLAIMER],
    marks: ["disclaimer(MENAFN)", "disclaimer(MENAFN)"],
  },
  {
    name: "MENAFN then EIN Presswire, each naming its provider",
    tail: ["Legal Disclaimer:", MENAFN_DISCLAIMER, "Legal Disclaimer:", EIN_DISCLAIMER],
    marks: ["disclaimer(MENAFN)", "disclaimer(MENAFN)", "disclaimer(EIN Presswire)", "disclaimer(EIN Presswire)"],
  },
  {
    name: "label and text in one paragraph",
    tail: [`Legal Disclaimer: ${MENAFN_DISCLAIMER}`],
    marks: ["disclaimer(MENAFN)"],
  },
  {
    name: "the aggregator disclaimer from a provider the library does not know names it",
    tail: ["Legal Disclaimer:", MENAFN_DISCLAIMER.replace("MENAFN", "NewsHub Daily")],
    marks: ["disclaimer(NewsHub Daily)", "disclaimer(NewsHub Daily)"],
  },
  {
    name: "a disclaimer in words no library lists (recognised by its shape)",
    tail: [
      "The information in this post is supplied without any guarantee. The publisher accepts no liability for errors or omissions, and readers should seek independent advice before acting on it.",
    ],
    marks: ["disclaimer"],
  },
  {
    name: "an opinion disclaimer",
    tail: ["The views and opinions expressed herein are those of the author and do not necessarily reflect the views of Nasdaq, Inc."],
    marks: ["disclaimer"],
  },
  {
    name: "an investment disclaimer",
    tail: ["Disclosure: This content is for informational purposes only and is not investment advice. The author holds no position in the shares mentioned."],
    marks: ["disclaimer"],
  },
  {
    name: "EIN Presswire's editorial note",
    tail: [
      "EIN Presswire's priority is source transparency. We do not allow opaque clients, and our editors try to be careful about weeding out false and misleading content. As a user, if you see something we have missed, please do bring it to our attention.",
    ],
    marks: ["disclaimer(EIN Presswire)"],
  },
  {
    name: "a forward-looking-statements notice under its heading",
    tail: [
      "Forward-Looking Statements",
      "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those projected, and readers are cautioned not to place undue reliance on these forward-looking statements. Greyhaven undertakes no obligation to update them.",
    ],
    marks: ["safe-harbour", "safe-harbour"],
  },
  {
    name: "an About section: heading, description, second paragraph",
    tail: [
      "About Greyhaven Logistics",
      "Greyhaven Logistics (NASDAQ: GRYH) is a leading operator of container terminals in North America. Founded in 1998 and headquartered in Port Elwyn, the company handles 4 million containers a year.",
      "For more information, visit www.greyhaven.example.",
    ],
    marks: ["about", "about", "about"],
  },
  {
    name: "a company description without its label, at the end, with its web address",
    tail: ["Greyhaven Logistics is a leading operator of container terminals, founded in 1998 and headquartered in Port Elwyn. For more information, visit www.greyhaven.example."],
    marks: ["about"],
  },
  {
    name: "an About section with the label inline",
    tail: ["About MENAFN: MENAFN is a leading publisher of financial news in the Middle East, founded in 1996 and headquartered in Amman."],
    marks: ["about(MENAFN)"],
  },
  {
    name: "a media contact block",
    tail: ["Media Contact:", "Dana Reyes, Greyhaven Logistics, press@greyhaven.example, +1 555 010 0199"],
    marks: ["contact", "contact"],
  },
  {
    name: "a media contact line with its details",
    tail: ["Media contact: Dana Reyes, press@greyhaven.example"],
    marks: ["contact"],
  },
  {
    name: "an 'originally published' credit names the outlet",
    tail: ["This article was originally published on The Northline Review. Read the original article."],
    marks: ["credit(The Northline Review)"],
  },
  {
    name: "The Conversation's republication line",
    tail: ["This article is republished from The Conversation under a Creative Commons license. Read the original article."],
    marks: ["credit(The Conversation)"],
  },
  {
    name: "a wire's view-source credit names the wire by its domain",
    tail: ["View source version on businesswire.com: https://www.businesswire.com/news/home/20250603005123/en/"],
    marks: ["credit(Business Wire)"],
  },
  {
    name: "a source line",
    tail: ["Source: MENAFN"],
    marks: ["credit(MENAFN)"],
  },
  {
    name: "a copyright notice",
    tail: ["© 2025 Northline News Agency. All rights reserved."],
    marks: ["copyright"],
  },
  {
    name: "newsletter and social calls to action",
    tail: ["Sign up for our newsletter to get the latest news delivered to your inbox.", "Follow us on X, Facebook and LinkedIn."],
    marks: ["call-to-action", "call-to-action"],
  },
  {
    name: "a label heading a list of links carries over the list",
    tail: ["Related:", "Ceasefire talks stall", "Energy prices climb"],
    kinds: ["paragraph", "list-item", "list-item"],
    marks: ["call-to-action", "call-to-action", "call-to-action"],
  },
];

const story: Case[] = [
  {
    name: "a court story about a warranty dispute",
    tail: [
      "A judge ruled on Tuesday that the dealer had sold the car as is, without warranty of any kind, and rejected the buyer's claim for damages.",
      "The dealer does not accept any responsibility for the defects, its lawyer told the court.",
    ],
    marks: ["-", "-"],
  },
  {
    name: "a quoted warranty clause",
    tail: [
      "The contract read: “The vehicle is sold as is, without warranty of any kind, and the seller accepts no responsibility or liability for any defect.”",
    ],
    marks: ["-"],
  },
  {
    name: "a company described in the story",
    tail: ["Greyhaven, which was founded in 1998 and is headquartered in Port Elwyn, is a leading operator of terminals on the coast, analysts said."],
    marks: ["-"],
  },
  {
    name: "a story that names MENAFN",
    tail: ["MENAFN, an aggregator based in Amman, republished the statement without warranty of any kind, critics said."],
    marks: ["-"],
  },
  {
    name: "a book 'originally published by' a publisher",
    tail: ["The novel was originally published by Penguin in 1962 and is being reissued this autumn."],
    marks: ["-"],
  },
  {
    name: "'Source code' and 'Follow-up' are not labels",
    tail: ["Source code for the app was leaked on Monday.", "Follow-up talks are planned for June."],
    marks: ["-", "-"],
  },
  {
    name: "one mention of forward-looking statements in a story",
    tail: ["The company's forward-looking statements proved far too optimistic."],
    marks: ["-"],
  },
  {
    name: "a union that does not endorse anyone",
    tail: ["The union does not endorse either candidate."],
    marks: ["-"],
  },
  {
    name: "media contacts who declined to comment",
    tail: ["The company's media contacts declined to comment on the outage."],
    marks: ["-"],
  },
  {
    name: "'About' a story subject is not a company section",
    tail: ["About the deal", "The deal, worth $3 billion, still needs the approval of regulators in two countries."],
    marks: ["-", "-"],
  },
  {
    name: "a label with nothing after it is not marked",
    tail: ["The board will meet again in June.", "Legal Disclaimer:"],
    marks: ["-", "-"],
  },
  {
    name: "background on a company at the end of a story",
    tail: ["The company, which is listed on the Nasdaq and headquartered in Austin, was founded in 2004."],
    marks: ["-"],
  },
  {
    name: "an editor's note, a wire's reporting credit, a reporter's address",
    tail: [
      "This story has been updated to include comment from the ministry.",
      "(Reporting by Dana Okafor; Editing by Hal Brenner)",
      "Contact the reporter at dokafor@northline.example.",
    ],
    marks: ["-", "-", "-"],
  },
  {
    name: "similar market paragraphs",
    tail: ["The index rose 1.2% on Monday.", "The index fell 1.4% on Tuesday."],
    marks: ["-", "-"],
  },
];

describe("boilerplate processor: recognised", () => {
  it.each(recognised.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    expect(tailMarks(testCase.tail, testCase.kinds)).toEqual(testCase.marks);
  });
});

describe("boilerplate processor: story text left alone", () => {
  it.each(story.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    expect(tailMarks(testCase.tail, testCase.kinds)).toEqual(testCase.marks);
  });
});

describe("boilerplate processor: behaviour", () => {
  it("explains each judgement (cues, label, position) and the penalty that kept a story paragraph out", () => {
    const a = articleFromText([...STORY, "Legal Disclaimer:", MENAFN_DISCLAIMER, "A judge ruled that the car was sold without warranty of any kind."], { headline: true });
    const judgements = classifyArticle(a);
    expect(judgements[4]?.label?.text).toBe("Legal Disclaimer");
    const disclaimer = judgements[5]?.verdict;
    expect(disclaimer?.boilerplate).toBe(true);
    expect(disclaimer?.reasons).toEqual(
      expect.arrayContaining(["known pattern: syndication-legal-disclaimer", "label: Legal Disclaimer", "names MENAFN", "strong cue: without warranty of any kind"]),
    );
    const court = judgements[6]?.verdict;
    expect(court?.boilerplate).toBe(false);
    expect(court?.reasons).toEqual(expect.arrayContaining(["reporting: ruled (-3)", "court story: judge (-2)"]));
  });

  it("returns a new article and leaves the one it was given untouched", () => {
    const input = articleFromText([...STORY, MENAFN_DISCLAIMER], { headline: true });
    const output = createBoilerplateProcessor().process(input);
    expect(output).not.toBe(input);
    expect(input.blocks.every((b) => b.boilerplate === undefined)).toBe(true);
    expect(output.blocks[4]?.boilerplate).toEqual({ category: "disclaimer", provider: "MENAFN" });
    expect(output.blocks[1]).toBe(input.blocks[1]);
    const plain = articleFromText(STORY, { headline: true });
    expect(createBoilerplateProcessor().process(plain)).toBe(plain);
  });

  it("keeps a mark the parser set", () => {
    const input = articleFromText([...STORY, MENAFN_DISCLAIMER], { headline: true });
    (input.blocks[3] as { boilerplate?: object }).boilerplate = { category: "navigation" };
    const output = createBoilerplateProcessor().process(input);
    expect(output.blocks[3]?.boilerplate).toEqual({ category: "navigation" });
  });

  it("never marks the headline, a byline or a blockquote", () => {
    const a = article([MENAFN_DISCLAIMER, EIN_DISCLAIMER, "Follow us on X."], { kinds: ["headline", "blockquote", "byline"] });
    expect(marks(a)).toEqual(["-", "-", "-"]);
  });

  it("copes with hostile input: a 1 MB paragraph, 100,000 quote marks, thousands of disclaimers", () => {
    const huge = "without warranty of any kind ".repeat(35_000);
    const quotes = '"'.repeat(100_000);
    const many = Array.from({ length: 3000 }, () => MENAFN_DISCLAIMER);
    const a = article([...STORY, huge, quotes, ...many]);
    expect(a.blocks[4]?.boilerplate).toBeUndefined();
    expect(a.blocks[5]?.boilerplate).toBeUndefined();
    expect(a.blocks[6]?.boilerplate).toEqual({ category: "disclaimer", provider: "MENAFN" });
  });
});
