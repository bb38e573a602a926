import { describe, expect, it } from "vitest";
import { bylineParts, creditStatements, isBylineLine, parseDateline } from "../src/index.js";

describe("parseDateline", () => {
  it.each([
    ["KYIV, March 4 (Reuters) — Talks resumed.", { text: "KYIV, March 4 (Reuters)", place: "KYIV", date: "March 4", agency: "Reuters" }],
    ["PORT ELWYN, June 3 (Northline) — The board voted.", { text: "PORT ELWYN, June 3 (Northline)", place: "PORT ELWYN", date: "June 3", agency: "Northline" }],
    ["WASHINGTON (AP) — The Senate voted.", { text: "WASHINGTON (AP)", place: "WASHINGTON", agency: "AP" }],
    ["NEW YORK, May 3, 2025 /PRNewswire/ -- Acme Corp today announced a merger.", { place: "NEW YORK", date: "May 3, 2025", agency: "PRNewswire" }],
    ["KYIV, March 4 — Ukraine's grain corridor reopened.", { text: "KYIV, March 4", place: "KYIV", date: "March 4" }],
    ["ODESSA, Texas (AP) — Oil prices rose.", { place: "ODESSA" }],
    ["ST. LOUIS, Jan. 5 (Reuters) - Prices fell.", { place: "ST. LOUIS", agency: "Reuters" }],
    ["LONDON: The Bank of England held rates.", { text: "LONDON", place: "LONDON" }],
    ["(Reuters) - Apple said on Tuesday it would cut prices.", { text: "(Reuters)", agency: "Reuters" }],
  ])("%s", (paragraph, expected) => {
    const parsed = parseDateline(paragraph);
    expect(parsed).toMatchObject({ ...expected, ...(expected.agency ? { agency: { name: expected.agency } } : {}) });
    // The story starts right after the separator.
    expect(paragraph.slice(parsed?.bodyStart ?? 0)).toMatch(/^[A-Z]/);
  });

  it("reads a distributor's tag before the dateline", () => {
    const parsed = parseDateline("(MENAFN- Newsfile Corp) VANCOUVER, May 3, 2025 -- Acme Mining reported results.");
    expect(parsed).toMatchObject({ place: "VANCOUVER", tag: { distributor: "MENAFN", provider: "Newsfile Corp" } });
  });

  it.each([
    "The talks, scheduled to resume Thursday, mark the first direct contact.",
    "By March, officials said, the corridor had reopened.",
    "NATO allies met in Brussels on Tuesday.",
    "I think — and I said so — that it will work.",
    "U.S. officials said the talks would resume.",
    "LEGAL DISCLAIMER:",
    "BREAKING",
  ])("no dateline in %s", (paragraph) => {
    expect(parseDateline(paragraph)).toBeUndefined();
  });
});

describe("bylines", () => {
  it.each([
    ["By Lena Marsh", ["Lena Marsh"], []],
    ["By Dana Okafor, Northline News Agency", ["Dana Okafor"], ["Northline News Agency"]],
    ["BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"], []],
    ["By Reuters Staff", [], ["Reuters Staff"]],
    ["By AP", [], ["AP"]],
    ["Reporting by Ann Lee in Kyiv and Bo Park; Editing by Tom Hale", ["Ann Lee", "Bo Park"], []],
    ["(Reporting by Ann Lee; Additional reporting by Olena Bondar; Writing by Tom Hale)", ["Ann Lee", "Olena Bondar"], []],
    ["Written by Priya Raman", ["Priya Raman"], []],
  ])("%s", (line, people, outlets) => {
    expect(isBylineLine(line)).toBe(true);
    expect(bylineParts(line)).toEqual({ people, outlets });
  });

  it.each([
    "By March, officials said, the corridor had reopened.",
    "By the end of the year the port will have six new berths and a rail link to the city.",
    "Bypass works began.",
    "By",
  ])("not a byline: %s", (line) => {
    expect(isBylineLine(line)).toBe(false);
  });
});

describe("creditStatements", () => {
  it.each([
    ["Source: Northline News Agency", "source line", "Northline News Agency"],
    ["SOURCE: Northline", "source line", "Northline"],
    ["(Source: The Kyiv Independent)", "source line", "The Kyiv Independent"],
    ["Credit: Agence France-Presse", "credit line", "Agence France-Presse"],
    ["Courtesy of Northline News", "credit line", "Northline News"],
    ["This article originally appeared on Eastern Wire.", "originally published", "Eastern Wire"],
    ["This story was originally published by The Conversation on June 3, 2025.", "originally published", "The Conversation"],
    ["Originally published by Northline News Agency", "originally published", "Northline News Agency"],
    ["This article first appeared in The Kyiv Independent and is republished with permission.", "originally published", "The Kyiv Independent"],
    ["This article is republished from The Conversation under a Creative Commons license.", "republished", "The Conversation"],
    ["Reprinted with permission from Northline News.", "republished", "Northline News"],
    ["SOURCE Acme Corp", "press-release source", "Acme Corp"],
  ])("%s", (text, kind, value) => {
    const [statement, ...rest] = creditStatements(text);
    expect(rest).toEqual([]);
    expect(statement).toMatchObject({ kind, value });
  });

  it("keeps the address of an original", () => {
    const [statement] = creditStatements("This article originally appeared on https://northline.example/2025/06/03/story.");
    expect(statement).toMatchObject({ value: "https://northline.example/2025/06/03/story", url: "https://northline.example/2025/06/03/story" });
  });

  it("finds a credit at the end of a story paragraph, with its span", () => {
    const text = "The board voted on Tuesday. This story originally appeared on Northline News.";
    const [statement] = creditStatements(text);
    expect(text.slice(statement?.start, statement?.end)).toBe("This story originally appeared on Northline News");
  });

  it.each([
    "The report, originally published in 2019, found rising costs.",
    "The plan originally published by the ministry was longer.",
    "Sources: officials said the talks would resume, but the source of the delay was unclear.",
    "The river is the source of the city's water.",
  ])("no credit in %s", (text) => {
    expect(creditStatements(text)).toEqual([]);
  });
});
