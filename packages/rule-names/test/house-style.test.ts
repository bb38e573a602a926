import { describe, expect, it } from "vitest";
import { houseStyleRule } from "../src/index.js";
import { ruleDocsUrl } from "@copydesk/core";
import { ruleTests, runRule } from "./helpers/rule-tester.js";

describe("names/house-style meta", () => {
  it("is fixable, warns by default and links its docs page", () => {
    expect(houseStyleRule.meta).toMatchObject({ id: "names/house-style", defaultSeverity: "warning", fixable: true });
    expect(houseStyleRule.meta.docsUrl).toBe(ruleDocsUrl("names/house-style"));
    expect(houseStyleRule.meta.docsUrl).toMatch(/\/rule-names\/docs\/house-style\.md$/);
  });
});

ruleTests(houseStyleRule, {
  valid: [
    { paragraphs: "Talks in Kyiv resumed on Tuesday." },
    { paragraphs: "President Volodymyr Zelenskyy thanked partners in Odesa, Kharkiv and Mykolaiv." },
    { name: "KYIV dateline in house style", paragraphs: "KYIV, March 4 — Talks resumed." },

    // Fixed expressions, history and organisations
    { paragraphs: "He ordered chicken Kiev and a salad." },
    { name: "chicken Kiev at the start of a sentence", paragraphs: "Chicken Kiev is still on the menu." },
    { paragraphs: "Historians trace the city's role as a trading hub back to Kievan Rus'." },
    { paragraphs: "Fans of Dynamo Kiev, later Dynamo Kyiv, sang outside the stadium." },
    { paragraphs: "Arsenal Kiev and CSKA Kiev were clubs; so were Metalist Kharkov, Karpaty Lvov and Zorya Lugansk." },
    { paragraphs: "The Kyiv Independent and the Kyiv Post both reported it." },
    { paragraphs: "Eisenstein filmed the Odessa Steps; Forsyth wrote The Odessa File." },
    { paragraphs: "The Battle of Kharkov was fought in 1942." },
    { paragraphs: "The Bombay High Court ruled; the Bombay Stock Exchange fell." },
    { paragraphs: "Peking duck, Peking opera and Peking University." },
    { paragraphs: "Veterans of the Burma Railway won the Calcutta Cup? No: England won the Calcutta Cup." },
    { paragraphs: "A Madras curry at the Madras High Court canteen." },
    { paragraphs: "Alexander the Great was born in ancient Macedonia; Greek Macedonia is a region." },
    { paragraphs: "The Times of Swaziland and Swaziland News reported it." },
    { name: "a form before a capitalised word is part of a longer name", paragraphs: "The Türkiye Wealth Fund and Turkiye Petroleum invested." },
    { name: "user exception", paragraphs: "The Kiev Ballet toured Britain.", options: { exceptions: ["Kiev Ballet"] } },

    // Addresses, handles
    { paragraphs: "Visit kiev.example.com or https://news.example.com/Kiev/talks for more." },
    { paragraphs: "Write to news@kiev.ua or Kiev.Desk@example.com with tips." },
    { paragraphs: "Posts tagged #Kiev and replies to @Kiev trended." },

    // Places of the same name elsewhere
    { paragraphs: "She grew up in Odessa, Texas, and moved to Odessa, Mo., in 2010." },
    { paragraphs: "The Texas city of Odessa is an oil town." },
    { name: "US dateline", paragraphs: "ODESSA, Texas (AP) — Oil prices rose." },
    { paragraphs: "Moscow, Idaho, is a college town." },

    // Surnames
    { paragraphs: "Mr Lvov and Prince Lvov attended; so did Gen. Nikolayev, A. Nikolayev and Mikhail Nikolaev." },
    { name: "another Vladimir is never the president", paragraphs: "Vladimir Putin spoke to reporters in Moscow." },
    { name: "Zelensky after another first name is another person", paragraphs: "Oleksandr Zelensky, a plumber, and Kevin Zelensky, his cousin, testified." },
    { name: "an initial that is not his", paragraphs: "The paper was written by O. Zelensky." },
    { name: "a surname the president shares is matched only alone or with his first name", paragraphs: "Klichko spoke; Yermak and Tymoshenko did not." },

    // Neutral rulings and other switches
    { paragraphs: "The Chernobyl disaster happened in 1986." },
    { name: "no ruling and transliteration notes off", paragraphs: "Rovno is in the west.", options: { suggestTransliterations: false } },
    { name: "Reuters spells Zelenskiy", preset: "reuters", paragraphs: "Zelenskiy spoke in Kyiv." },
    { name: "BBC spells Zelensky", preset: "bbc", paragraphs: "Zelensky spoke in Kyiv." },
    { name: "the rule's own preset wins over the shared one", preset: "ap", options: { preset: "reuters" }, paragraphs: "Zelenskiy spoke." },
    { name: "Czechia has no ruling outside AP", preset: "bbc", paragraphs: "Czechia and the Czech Republic." },
    { name: "boilerplate is not checked", paragraphs: ["MENAFN: Kiev desk.", "Talks in Kyiv."], boilerplate: [0] },

    // Config entries
    { name: "a disabled entry", paragraphs: "Türkiye hosted the talks.", options: { entries: [{ id: "turkiye", disabled: true }] } },
    {
      name: "an overridden preferred spelling",
      preset: "guardian",
      paragraphs: "Zelenskyy spoke.",
      options: { entries: [{ id: "volodymyr-zelenskyy", preferred: { guardian: "Zelenskyy" } }] },
    },
  ],
  invalid: [
    {
      paragraphs: "Talks in Kiev resumed.",
      reports: [
        {
          text: "Kiev",
          start: 9,
          end: 13,
          messageIs: '"Kiev" is "Kyiv" in AP style.',
          severity: "warning",
          evidence: { variant: "Kiev", preferred: "Kyiv", preset: "ap", entryId: "kyiv" },
          fixed: "Talks in Kyiv resumed.",
        },
      ],
      output: "Talks in Kyiv resumed.",
    },
    {
      name: "possessives keep their apostrophe",
      paragraphs: "Kiev's mayor and Kiev’s council met.",
      reports: [
        { text: "Kiev", start: 0, end: 4, fixed: "Kyiv's mayor and Kiev’s council met." },
        { text: "Kiev", start: 17, end: 21, fixed: "Kiev's mayor and Kyiv’s council met." },
      ],
      output: "Kyiv's mayor and Kyiv’s council met.",
    },
    {
      name: "an all-caps dateline keeps its capitals",
      paragraphs: ["KIEV, Ukraine (AP) — Talks resumed in Kiev."],
      reports: [
        { text: "KIEV", start: 0, end: 4, messageIs: '"KIEV" is "Kyiv" in AP style.', fixed: "KYIV, Ukraine (AP) — Talks resumed in Kiev." },
        { text: "Kiev", start: 38, end: 42 },
      ],
      output: "KYIV, Ukraine (AP) — Talks resumed in Kyiv.",
    },
    {
      name: "an all-caps headline",
      headline: true,
      paragraphs: ["VLADIMIR ZELENSKY VISITS KHARKOV", "He arrived by train."],
      reports: [
        { block: 0, text: "VLADIMIR", message: '"Volodymyr"', fixed: "VOLODYMYR ZELENSKY VISITS KHARKOV" },
        { block: 0, text: "ZELENSKY", messageIs: '"ZELENSKY" is "Zelenskyy" in AP style.' },
        { block: 0, text: "KHARKOV", fixed: "VLADIMIR ZELENSKY VISITS KHARKIV" },
      ],
      output: ["VOLODYMYR ZELENSKYY VISITS KHARKIV", "He arrived by train."],
    },
    {
      name: "Odessa, Odesa's own country, is still Odesa",
      paragraphs: "Odessa, Ukraine, is a port; Kiev, Washington and London agreed.",
      reports: [
        { text: "Odessa", fixed: "Odesa, Ukraine, is a port; Kiev, Washington and London agreed." },
        { text: "Kiev", start: 28, end: 32 },
      ],
    },
    {
      name: "a quotation is pointed at, never fixed",
      paragraphs: "“Kiev will not accept a corridor that depends on Moscow's goodwill,” an adviser said.",
      reports: [
        {
          text: "Kiev",
          start: 1,
          end: 5,
          severity: "info",
          messageIs: '"Kiev" is "Kyiv" in AP style, but it is inside a quotation, so leave it as quoted.',
          fixed: null,
        },
      ],
      output: "“Kiev will not accept a corridor that depends on Moscow's goodwill,” an adviser said.",
    },
    {
      name: "an error-level configuration still leaves a quotation at info",
      configured: "error",
      paragraphs: "He said: \"We flew to Odessa.\" Then he flew to Odessa.",
      reports: [
        { text: "Odessa", start: 21, end: 27, severity: "info", fixed: null },
        { text: "Odessa", start: 46, end: 52, severity: "error", fixed: "He said: \"We flew to Odessa.\" Then he flew to Odesa." },
      ],
    },
    {
      name: "history told by the text: then known as",
      paragraphs: "Kyiv, then known as Kiev, was the capital of Kievan Rus'.",
      reports: [
        {
          text: "Kiev",
          start: 20,
          end: 24,
          severity: "info",
          messageIs: '"Kiev" is presented as a former name here; AP style spells it "Kyiv", so keep it only if the history needs it.',
          fixed: null,
        },
      ],
    },
    {
      name: "history told by the text: older maps",
      paragraphs: "Exports through Mykolaiv, which some older maps still label Nikolaev, remain suspended.",
      reports: [{ text: "Nikolaev", start: 60, end: 68, severity: "info", message: "former name", fixed: null }],
    },
    {
      name: "an organisation's name is pointed at, never fixed",
      paragraphs: "The Kiev Ballet toured Britain.",
      reports: [
        {
          text: "Kiev",
          start: 4,
          end: 8,
          severity: "info",
          messageIs: '"Kiev" is part of the name "Kiev Ballet"; AP style spells the place "Kyiv", so use the spelling the organisation uses now.',
          evidence: { organisation: "Kiev Ballet" },
          fixed: null,
        },
      ],
    },
    {
      name: "Vladimir Zelensky: the first name and the surname",
      paragraphs: "Ukrainian President Vladimir Zelensky spoke.",
      reports: [
        {
          text: "Vladimir",
          start: 20,
          end: 28,
          messageIs: '"Vladimir" is not the first name of Volodymyr Zelenskyy, the president of Ukraine: it is "Volodymyr".',
          evidence: { variant: "Vladimir", preferred: "Volodymyr", part: "given name", entryId: "volodymyr-zelenskyy" },
          fixed: "Ukrainian President Volodymyr Zelensky spoke.",
        },
        { text: "Zelensky", start: 29, end: 37, messageIs: '"Zelensky" is "Zelenskyy" in AP style.' },
      ],
      output: "Ukrainian President Volodymyr Zelenskyy spoke.",
    },
    {
      name: "one Vladimir is Putin, the other a misnamed president",
      paragraphs: "Vladimir Putin met Vladimir Zelensky.",
      reports: [
        { text: "Vladimir", start: 19, end: 27, fixed: "Vladimir Putin met Volodymyr Zelensky." },
        { text: "Zelensky", start: 28, end: 36 },
      ],
      output: "Vladimir Putin met Volodymyr Zelenskyy.",
    },
    {
      name: "a reported misnaming is pointed at as a warning, never rewritten",
      paragraphs: "Earlier, a regional outlet had misnamed him as Vladimir Zelensky.",
      reports: [
        {
          text: "Vladimir",
          start: 47,
          end: 55,
          severity: "warning",
          message: ["the text reports it as a misnaming", '"Volodymyr"'],
          fixed: null,
        },
        { text: "Zelensky", start: 56, end: 64, severity: "info", message: "reported misnaming", fixed: null },
      ],
      output: "Earlier, a regional outlet had misnamed him as Vladimir Zelensky.",
    },
    {
      name: "a misnamed president in a quotation: info only",
      paragraphs: "“Vladimir Zelensky must go,” the blogger wrote.",
      reports: [
        { text: "Vladimir", severity: "info", message: "inside a quotation", fixed: null },
        { text: "Zelensky", severity: "info", message: "inside a quotation", fixed: null },
      ],
    },
    {
      name: "first lady",
      paragraphs: "Elena Zelenskaya visited the school.",
      reports: [
        { text: "Elena", message: "Olena Zelenska, the first lady of Ukraine", fixed: "Olena Zelenskaya visited the school." },
        { text: "Zelenskaya", messageIs: '"Zelenskaya" is "Zelenska" in AP style.' },
      ],
      output: "Olena Zelenska visited the school.",
    },
    {
      name: "Russian first names of other officials",
      paragraphs: "Dmitry Kuleba met Vitaly Klichko and Pyotr Poroshenko.",
      reports: [
        { text: "Dmitry", fixed: "Dmytro Kuleba met Vitaly Klichko and Pyotr Poroshenko." },
        { text: "Vitaly", message: '"Vitali"' },
        { text: "Klichko", messageIs: '"Klichko" is "Klitschko" in AP style.' },
        { text: "Pyotr", message: '"Petro"' },
      ],
      output: "Dmytro Kuleba met Vitali Klitschko and Petro Poroshenko.",
    },
    {
      name: "the president's initial",
      paragraphs: "The decree was signed by V. Zelensky.",
      reports: [{ text: "Zelensky", fixed: "The decree was signed by V. Zelenskyy." }],
    },
    {
      name: "the person is named as the style spells him",
      preset: "bbc",
      paragraphs: "Vladimir Zelensky spoke.",
      reports: [{ text: "Vladimir", messageIs: '"Vladimir" is not the first name of Volodymyr Zelensky, the president of Ukraine: it is "Volodymyr".' }],
      output: "Volodymyr Zelensky spoke.",
    },
    {
      name: "a transliteration note when the style has no ruling, once per spelling",
      paragraphs: "Rovno is in the west; Rovno has an airport.",
      reports: [
        {
          text: "Rovno",
          start: 0,
          end: 5,
          severity: "info",
          messageIs: '"Rovno" is spelt "Rivne" in the Ukrainian-based transliteration; AP style has no ruling on it, so check before changing.',
          evidence: { ruling: "none", preferred: "Rivne" },
          fixed: null,
        },
      ],
    },
    {
      name: "Czechia in AP: no automatic fix (the long form needs 'the')",
      paragraphs: "Czechia voted.",
      reports: [{ text: "Czechia", messageIs: '"Czechia" is "Czech Republic" in AP style.', fixed: null }],
    },
    {
      name: "Republic of Macedonia becomes the official Republic of North Macedonia",
      paragraphs: "The Republic of Macedonia joined NATO in 2020.",
      reports: [{ text: "Macedonia", fixed: "The Republic of North Macedonia joined NATO in 2020." }],
    },
    {
      name: "a curly apostrophe in a multi-word name",
      paragraphs: "Talks in Côte d’Ivoire resumed.",
      reports: [{ text: "Côte d’Ivoire", start: 9, end: 22, messageIs: '"Côte d’Ivoire" is "Ivory Coast" in AP style.', fixed: "Talks in Ivory Coast resumed." }],
    },
    {
      name: "a history phrase in the sentence before does not excuse this one",
      paragraphs: "Kyiv was once known as a trading hub. Kiev is where talks resumed.",
      reports: [{ text: "Kiev", start: 38, end: 42, severity: "warning", fixed: "Kyiv was once known as a trading hub. Kyiv is where talks resumed." }],
    },
    {
      name: "an abbreviation does not end the sentence that explains the history",
      paragraphs: "Older maps in the U.S. still label it Nikolaev.",
      reports: [{ text: "Nikolaev", severity: "info", fixed: null }],
    },
    {
      name: "the place of the same name elsewhere, for an entry added in config",
      paragraphs: ["The Moskva talks ended.", "She studied in Moscow, Idaho, and in Moscow."],
      options: { entries: [{ id: "moscow", canonical: "Moscow", variants: ["Moskva"], preferred: { ap: "Moscow" }, country: "Russia" }] },
      reports: [{ block: 0, text: "Moskva", fixed: "The Moscow talks ended." }],
    },
    {
      name: "a place added in config",
      paragraphs: "Talks in Kishinev resumed.",
      options: { entries: [{ id: "chisinau", canonical: "Chișinău", variants: ["Kishinev"], preferred: { ap: "Chisinau" } }] },
      reports: [{ text: "Kishinev", messageIs: '"Kishinev" is "Chisinau" in AP style.', evidence: { entryId: "chisinau" }, fixed: "Talks in Chisinau resumed." }],
    },
    {
      name: "a preferred spelling overridden in config",
      preset: "reuters",
      paragraphs: "Zelenskiy spoke.",
      options: { entries: [{ id: "volodymyr-zelenskyy", preferred: { reuters: "Zelenskyy" } }] },
      reports: [{ text: "Zelenskiy", messageIs: '"Zelenskiy" is "Zelenskyy" in Reuters style.', fixed: "Zelenskyy spoke." }],
    },
    {
      name: "a variant added to a shipped entry in config",
      paragraphs: "Talks in Kyjiw resumed.",
      options: { entries: [{ id: "kyiv", variants: ["Kiev", "Kyjiw"] }] },
      reports: [{ text: "Kyjiw", fixed: "Talks in Kyiv resumed." }],
    },
  ],
});

describe("names/house-style options", () => {
  it("rejects an unknown key in an entry, naming it", () => {
    expect(() => runRule(houseStyleRule, { paragraphs: "x", options: { entries: [{ id: "kyiv", prefered: {} }] } })).toThrow(/prefered/);
  });
  it("rejects a preferred spelling for a style copydesk does not know", () => {
    expect(() => runRule(houseStyleRule, { paragraphs: "x", options: { entries: [{ id: "kyiv", preferred: { nyt: "Kyiv" } }] } })).toThrow(/nyt/);
  });
  it("rejects an unknown preset", () => {
    expect(() => runRule(houseStyleRule, { paragraphs: "x", options: { preset: "times" } })).toThrow(/times/);
  });
});
