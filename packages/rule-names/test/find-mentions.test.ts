// The matcher under the two rules: what it finds, what it skips, and what it says about context.
import { describe, expect, it } from "vitest";
import { findNameMentions } from "../src/index.js";
import { windowAround } from "../src/match/context.js";
import { addressRanges } from "../src/text/protected.js";
import { RangeSet } from "../src/text/ranges.js";

const found = (text: string) =>
  findNameMentions(text).map((m) => ({
    text: m.text,
    start: m.start,
    entry: m.entry.id,
    ...(m.given ? { given: `${m.given.text}${m.given.wrong ? " (wrong)" : ""}` } : {}),
    ...(m.exception ? { exception: m.exception } : {}),
    ...(m.organisation ? { organisation: m.organisation } : {}),
    ...(m.inQuotation ? { quoted: true } : {}),
    ...(m.historical ? { historical: true } : {}),
    ...(m.misnaming ? { misnaming: true } : {}),
  }));

describe("findNameMentions", () => {
  it("finds whole words only, with possessives and hyphens", () => {
    expect(found("Kiev's port, the Kiev-Odessa road, Kievan Rus' and Kieve.")).toEqual([
      { text: "Kiev", start: 0, entry: "kyiv" },
      { text: "Kiev", start: 17, entry: "kyiv" },
      { text: "Odessa", start: 22, entry: "odesa" },
    ]);
  });

  it("matches multi-word forms with curly or straight apostrophes, longest first", () => {
    expect(found("Côte d’Ivoire, Cote d'Ivoire and North Macedonia.")).toEqual([
      { text: "Côte d’Ivoire", start: 0, entry: "cote-divoire" },
      { text: "Cote d'Ivoire", start: 15, entry: "cote-divoire" },
      { text: "North Macedonia", start: 33, entry: "north-macedonia" },
    ]);
  });

  it("reads capitals only where capitals are the style: a dateline or a run of capitals", () => {
    expect(found("KIEV, March 4 — done.").map((m) => m.text)).toEqual(["KIEV"]);
    expect(found("KIEV (AP) — done.").map((m) => m.text)).toEqual(["KIEV"]);
    expect(found("TALKS IN KIEV RESUME").map((m) => m.text)).toEqual(["KIEV"]);
    expect(found("HUST researchers and the KIEV team.")).toEqual([]);
  });

  it("records the first name before a person's surname, and skips other people's surnames", () => {
    expect(found("Volodymyr Zelenskyy, Vladimir Zelensky, President Zelensky, Andriy Zelensky, Kevin Zelensky.")).toEqual([
      { text: "Zelenskyy", start: 10, entry: "volodymyr-zelenskyy", given: "Volodymyr" },
      { text: "Zelensky", start: 30, entry: "volodymyr-zelenskyy", given: "Vladimir (wrong)" },
      { text: "Zelensky", start: 50, entry: "volodymyr-zelenskyy" },
    ]);
  });

  it("matches a surname that others share only with the person's own or a known wrong first name", () => {
    expect(found("Klitschko won. Vitali Klitschko and Wladimir Klitschko boxed.")).toEqual([
      { text: "Klitschko", start: 22, entry: "vitali-klitschko", given: "Vitali" },
    ]);
  });

  it("says why a mention is no use of the name", () => {
    expect(found("chicken Kiev; Mr Lvov; Odessa, Texas; the Texas city of Odessa; Bombay duck.")).toEqual([
      { text: "Kiev", start: 8, entry: "kyiv", exception: 'the fixed expression "chicken Kiev"' },
      { text: "Lvov", start: 17, entry: "lviv", exception: 'a surname after "Mr"' },
      { text: "Odessa", start: 23, entry: "odesa", exception: 'another place: "Odessa, Texas"' },
      { text: "Odessa", start: 56, entry: "odesa", exception: 'another place: "Texas city of Odessa"' },
      { text: "Bombay", start: 64, entry: "mumbai", exception: 'the fixed expression "Bombay duck"' },
    ]);
  });

  it("marks organisation names, quotations, history and reported misnaming", () => {
    expect(found("The Kharkov University choir sang “Kiev”. Kyiv, formerly Kiev, agreed. They called him Vladimir Zelensky.")).toEqual([
      { text: "Kharkov", start: 4, entry: "kharkiv", organisation: "Kharkov University" },
      { text: "Kiev", start: 35, entry: "kyiv", quoted: true },
      { text: "Kyiv", start: 42, entry: "kyiv", historical: true },
      { text: "Kiev", start: 57, entry: "kyiv", historical: true },
      { text: "Zelensky", start: 96, entry: "volodymyr-zelenskyy", given: "Vladimir (wrong)", misnaming: true },
    ]);
  });

  it("skips names inside URLs, e-mail addresses, handles and hashtags", () => {
    expect(found("See www.Kiev.example, https://x.example/Kiev, Kiev.desk@example.com, #Kiev, @Kiev and example.com/Kiev.")).toEqual([]);
  });
});

describe("the context window", () => {
  const size = { before: 48, after: 32 };
  const around = (text: string, word: string) => {
    const start = text.indexOf(word);
    return windowAround(text, start, start + word.length, size);
  };

  it("stops at the sentence's ends", () => {
    expect(around("Kyiv was once known as a hub. Kiev is where talks resumed. Next.", "Kiev")).toEqual({
      before: " ",
      after: " is where talks resumed",
    });
  });

  it("does not stop at Mr., an initial or U.S.", () => {
    expect(around("Older maps in the U.S. still label it Nikolaev.", "Nikolaev").before).toBe("older maps in the u.s. still label it ");
    expect(around("Mr. Lavrov, who misnamed him as Vladimir Zelensky, left.", "Vladimir").before).toBe("mr. lavrov, who misnamed him as ");
  });

  it("is bounded on each side, however long the sentence", () => {
    const long = `${"word ".repeat(1000)}Kiev${" word".repeat(1000)}`;
    const window = around(long, "Kiev");
    expect(window.before).toHaveLength(48);
    expect(window.after).toHaveLength(32);
  });

  it("a history phrase in the previous sentence does not make a name historical", () => {
    expect(found("Kyiv was once known as a trading hub. Kiev is where talks resumed.")).toEqual([
      { text: "Kyiv", start: 0, entry: "kyiv", historical: true },
      { text: "Kiev", start: 38, entry: "kyiv" },
    ]);
  });
});

describe("ranges", () => {
  it("answers containment for nested and disjoint ranges", () => {
    const set = new RangeSet([
      { start: 10, end: 50 },
      { start: 20, end: 30 },
      { start: 60, end: 70 },
    ]);
    expect([set.contains(12, 48), set.contains(25, 29), set.contains(31, 49), set.contains(45, 55), set.contains(61, 70), set.contains(0, 5)]).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it("finds addresses as whole white-space separated chunks", () => {
    const text = "mail news@kiev.ua or see kiev.example.com/a and https://x.example, not Kiev.";
    expect(addressRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(["news@kiev.ua", "kiev.example.com/a", "https://x.example,"]);
  });
});
