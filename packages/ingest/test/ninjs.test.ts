import { describe, expect, it } from "vitest";
import { decoders, expectFaithfulMap, kinds, outerOf, parse, parseNinjs, readLocal, sourceOf, sourceOfPhrase, startOf, summary, texts } from "./helpers/positions.js";

interface Example {
  readonly file: string;
  readonly headline: string;
  readonly authors: string[];
  readonly dateline?: string;
  readonly copyrightHolder?: string;
  readonly language?: string;
  readonly published: string;
  readonly kinds: string[];
  /** The start of the first body paragraph. */
  readonly opening?: string;
  /** Text that is in the body only when the right one of several bodies was read. */
  readonly proof?: string;
  /** The decoder for the body: plain-text bodies need only JSON escapes. */
  readonly body: "html" | "text" | "none";
}

const CRUISE = "Captain of wrecked cruise ship on trial in Italy";
const GROSSETO = "GROSSETO, Italy (AP) -- The trial of the captain of the shipwrecked Costa Concordia cruise liner";
const P = "paragraph";

const EXAMPLES: Example[] = [
  {
    file: "1.4/businesswire-newsml-20130515006361.json",
    headline: "Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations",
    authors: [],
    language: "en",
    published: "2013-05-16T04:01:00Z",
    kinds: ["headline", P],
    opening: "Dell today announced an expanded and stronger Dell Precision workstation portfolio",
    body: "html",
  },
  {
    file: "1.4/ninjsExComplex1.json",
    headline: CRUISE,
    authors: ["Paulo Santalucia", "Frances d'Emilio"],
    dateline: "Grossetto, Italy",
    language: "en",
    published: "2013-07-09T10:37:00Z",
    kinds: ["headline", "byline", P, P, P, P],
    opening: GROSSETO,
    body: "html",
  },
  {
    file: "1.4/ninjsExMediumText1.json",
    headline: CRUISE,
    authors: ["Paulo Santalucia", "Frances d'Emilio"],
    dateline: "Grossetto, Italy",
    language: "en",
    published: "2013-07-09T10:37:00Z",
    kinds: ["headline", "byline", P, P, P, P],
    opening: GROSSETO,
    body: "html",
  },
  {
    file: "1.4/ninjsExSimpleText1.json",
    headline: CRUISE,
    authors: ["Paulo Santalucia", "Frances d'Emilio"],
    dateline: "GROSSETO",
    published: "2013-07-09T10:37:00Z",
    kinds: ["headline", "byline", P, P, P, P],
    opening: GROSSETO,
    body: "html",
  },
  {
    file: "2.1/businesswire-newsml-20130731006140.json",
    headline: "Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In",
    authors: [],
    language: "en",
    published: "2013-07-31T15:32:00Z",
    kinds: ["headline", P],
    opening: "With more Applebee’s® Lunch Combos than ever – enough to try a new combination every workday",
    body: "html",
  },
  {
    file: "2.1/dpa_text.json",
    headline: "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?",
    authors: ["Christian Hollmann"],
    copyrightHolder: "dpa",
    language: "de",
    published: "2019-05-10T16:02:28+02:00",
    kinds: ["headline", "byline", P, P, P, P, P, P, P, P, P],
    opening: "Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».",
    body: "html",
  },
  {
    file: "2.1/ntb_text.json",
    headline: "Google har kjøpt giganttomt i Skien",
    authors: ["NTB"],
    copyrightHolder: "NTB",
    language: "nb-NO",
    published: "2019-08-09T09:30:04Z",
    kinds: ["headline", "byline"],
    body: "none",
  },
  {
    file: "2.1/tt_text_image_2.json",
    headline: "Militärövning i jätteformat hålls 2023",
    authors: [],
    copyrightHolder: "TT",
    language: "sv",
    published: "2021-05-26T13:40:18+02:00",
    kinds: ["headline", P, P, "blockquote", P, "blockquote", "credit", "caption"],
    opening: "Pandemin satte stopp för den stora internationella militärövningen Aurora 2020 förra våren.",
    body: "html",
  },
  {
    file: "3.0/20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json",
    headline: "Anti-doping measures at the 'Tour Down Under' will be the toughest ever",
    authors: ["Trond Husø", "DopingWatch"],
    dateline: "Oslo, Norway",
    language: "en",
    published: "2023-10-08T02:34:03+02:00",
    kinds: ["headline", "byline", "credit", ...Array(18).fill(P)],
    opening: "The Australian Sports Anti-Doping Authority (ASADA) today announced a range of anti-doping initiatives",
    // Only the NITF body has the lead paragraph; the plain-text body starts at the second.
    proof: "today announced a range of anti-doping initiatives",
    body: "html",
  },
  {
    file: "3.0/dpa_text.json",
    headline: "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?",
    authors: ["Christian Hollmann"],
    copyrightHolder: "dpa",
    language: "de",
    published: "2019-05-10T16:02:28+02:00",
    kinds: ["headline", "byline", P, P, P, P, P, P, P, P, P],
    opening: "Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».",
    body: "html",
  },
  {
    file: "3.0/ninjsExSimpleText_3.json",
    headline: CRUISE,
    authors: ["Paulo Santalucia", "Frances d'Emilio"],
    dateline: "GROSSETO",
    published: "2013-07-09T10:37:00Z",
    kinds: ["headline", "byline", P, P, P, P],
    opening: GROSSETO,
    body: "html",
  },
  {
    file: "3.0/tt_text_image_3.json",
    headline: "Militärövning i jätteformat hålls 2023",
    authors: [],
    copyrightHolder: "TT",
    language: "sv",
    published: "2021-05-26T13:40:18+02:00",
    kinds: ["headline", P, P, "blockquote", P, "blockquote", "credit", "caption"],
    opening: "Pandemin satte stopp för den stora internationella militärövningen Aurora 2020 förra våren.",
    body: "html",
  },
];

describe("ninjs: the IPTC examples", () => {
  for (const example of EXAMPLES) {
    describe(example.file, () => {
      const article = parse(readLocal(`ninjs/${example.file}`), example.file);

      it("reads headline, authors, dateline, rights holder, language and date", () => {
        expect(article.format).toBe("ninjs");
        expect(article.metadata.headline).toBe(example.headline);
        expect(article.metadata.authors).toEqual(example.authors);
        expect(article.metadata.dateline).toBe(example.dateline);
        expect(article.metadata.copyrightHolder).toBe(example.copyrightHolder);
        expect(article.metadata.language).toBe(example.language);
        expect(article.metadata.published).toBe(example.published);
      });

      it("reads the blocks of the richest body", () => {
        expect(kinds(article)).toEqual(example.kinds);
        expect(article.blocks[0]?.text).toBe(example.headline);
        if (example.opening !== undefined) {
          const opening = article.blocks.find((block) => block.kind === "paragraph" && block.text.length > 40);
          expect(opening?.text.startsWith(example.opening)).toBe(true);
        }
        if (example.proof !== undefined) expect(texts(article).join(" ")).toContain(example.proof);
      });

      it("maps every block into its JSON string literal, through JSON escapes and HTML references", () => {
        expectFaithfulMap(article, example.body === "text" ? decoders.json : decoders.jsonHtml, { orderedOuter: false });
        const source = article.source.text;
        for (const block of article.blocks) {
          const range = block.map.toSource(0, block.text.length);
          // Inside one string literal: no unescaped quote between the first and last character.
          const inside = source.slice(range.start, range.end).replace(/\\\\/g, "").replace(/\\"/g, "");
          expect(inside.includes('"'), `block ${block.index} crosses a JSON string boundary`).toBe(false);
        }
      });
    });
  }

  it("maps \\u2019 escapes to their six characters and the decoded text to the right line", () => {
    const article = parse(readLocal("ninjs/2.1/businesswire-newsml-20130731006140.json"), "bw.json");
    expect(sourceOfPhrase(article, 0, "’")).toBe("\\u2019");
    expect(sourceOfPhrase(article, 0, "Applebee’s®")).toBe("Applebee\\u2019s®");
    expect(sourceOfPhrase(article, 1, "Applebee’s® Lunch")).toBe("Applebee\\u2019s<sup >®</sup> Lunch");
    expect(sourceOfPhrase(article, 1, "try a new")).toBe("try \\n      a new");
    const headline = article.source.lines.positionAt(article.blocks[0]!.map.sourceStartOf(0));
    expect(article.source.text.split("\n")[headline.line - 1]).toContain('"value": "Lunch Taking a Toll?');
  });

  it("maps escaped quotes in HTML attributes without letting them into the text", () => {
    const article = parse(readLocal("ninjs/1.4/businesswire-newsml-20130515006361.json"), "dell.json");
    expect(sourceOfPhrase(article, 1, "Dell today")).toBe('Dell</a> today');
    expect(article.blocks[1]?.text).not.toContain("nofollow");
  });

  it("reads the NITF body: hl1 headline, byline, distributor credit, and the lead paragraph", () => {
    const article = parse(readLocal(`ninjs/${EXAMPLES[8]!.file}`), "nitf.json");
    expect(summary(article).slice(0, 4)).toEqual([
      ["headline", "Anti-doping measures at the 'Tour Down Under' will be the toughest ever"],
      ["byline", "By DopingWatch"],
      ["credit", "DopingWatch"],
      ["paragraph", "The Australian Sports Anti-Doping Authority (ASADA) today announced a range of anti-doping initiatives to protect the integrity of the 2008 ‘Tour Down Under’ to be held in South Australia from January 22-27."],
    ]);
    expect(sourceOfPhrase(article, 3, "‘Tour Down Under’")).toBe("\\u2018Tour Down Under\\u2019");
    expect(outerOf(article, 0).startsWith("<hedline>")).toBe(true);
    // The NITF <head> (title, docdata, self-closing tobject.subject tags) is not story.
    expect(texts(article).join(" ")).not.toContain("drug abuse in sport");
  });

  it("reads the 1.x body_text when there is no HTML body, one paragraph per string", () => {
    const json = JSON.stringify({ uri: "urn:x", headline: "Text body", body_text: "First paragraph here.\n\nSecond one\nwrapped across a line.", byline: "By Ann Lee" });
    const article = parseNinjs(json);
    expect(summary(article)).toEqual([
      ["headline", "Text body"],
      ["byline", "By Ann Lee"],
      ["paragraph", "First paragraph here."],
      ["paragraph", "Second one wrapped across a line."],
    ]);
    expect(sourceOfPhrase(article, 3, "one wrapped")).toBe("one\\nwrapped");
    expect(outerOf(article, 2)).toBe("First paragraph here.\\n\\n");
    expectFaithfulMap(article, decoders.json, { orderedOuter: false });
  });
});

describe("ninjs: fields across versions", () => {
  const base = { uri: "urn:newsml:example.com:1", headline: "H", body_html: "<p>Body text of the item.</p>" };

  it("reads a credit from 1.x infosource, 2.x infosources and 3.x infoSources", () => {
    expect(parseNinjs(JSON.stringify({ ...base, infosource: [{ name: "Wire Agency", rel: "originator" }] })).metadata.credit).toBe("Wire Agency");
    expect(parseNinjs(JSON.stringify({ ...base, infosources: [{ name: "Agence Deux", role: "source" }] })).metadata.credit).toBe("Agence Deux");
    expect(parseNinjs(JSON.stringify({ ...base, infoSources: [{ literal: "agence-trois", role: "source" }] })).metadata.credit).toBe("agence-trois");
    expect(parseNinjs(JSON.stringify({ ...base, infosource: "Plain String Agency" })).metadata.credit).toBe("Plain String Agency");
  });

  it("reads copyrightholder (1.x/2.x) and copyrightHolder (3.x), located, by and byline", () => {
    const two = parseNinjs(JSON.stringify({ ...base, copyrightholder: "Agency A", located: "Oslo, Norway", byline: "Kari Nordmann" }));
    expect([two.metadata.copyrightHolder, two.metadata.dateline, two.metadata.authors]).toEqual(["Agency A", "Oslo, Norway", ["Kari Nordmann"]]);
    const three = parseNinjs(JSON.stringify({ ...base, copyrightHolder: "Agency B", located: "Bergen", by: "Von Ola Nordmann, dpa" }));
    expect([three.metadata.copyrightHolder, three.metadata.dateline, three.metadata.authors]).toEqual(["Agency B", "Bergen", ["Ola Nordmann"]]);
  });

  it("prefers 'located' to a dateline guessed from the first paragraph", () => {
    const article = parseNinjs(JSON.stringify({ ...base, located: "Grossetto, Italy", body_html: "<p>GROSSETO, Italy (AP) -- The trial began.</p>" }));
    expect(article.metadata.dateline).toBe("Grossetto, Italy");
    expect(article.metadata.origins.filter((origin) => origin.field === "dateline").map((origin) => origin.from)).toEqual(["ninjs:located", "text"]);
  });

  it("reads the main headline of 'headlines', else the first", () => {
    const main = parseNinjs(JSON.stringify({ uri: "u", headlines: [{ role: "sub", value: "Sub" }, { role: "main", value: "Main" }], bodies: [{ contentType: "text/plain", value: "Text." }] }));
    expect(texts(main)).toEqual(["Main", "Text."]);
    const first = parseNinjs(JSON.stringify({ uri: "u", headlines: [{ value: "Only" }] }));
    expect(texts(first)).toEqual(["Only"]);
  });

  it("reads dates, descriptions and an http uri as the canonical link", () => {
    const article = parseNinjs(
      JSON.stringify({ ...base, uri: "https://wire.example/item/7", firstcreated: "2024-01-01T00:00:00Z", versioncreated: "2024-01-02T00:00:00Z", descriptions: [{ role: "summary", value: "Short." }] }),
    );
    expect(article.metadata.published).toBe("2024-01-01T00:00:00Z");
    expect(article.metadata.modified).toBe("2024-01-02T00:00:00Z");
    expect(article.metadata.description).toBe("Short.");
    expect(article.metadata.canonicalUrl).toBe("https://wire.example/item/7");
    expect(parseNinjs(JSON.stringify(base)).metadata.canonicalUrl).toBeUndefined();
  });

  it("maps body HTML through both JSON escapes and HTML references", () => {
    const json = '{"uri": "u", "headline": "Caf\\u00e9 &amp; bar", "body_html": "<p>Smith &amp; Sons\\u2019 \\"sale\\" &#8212; in Kyiv</p>\\n<p>Second\\tpara.</p>"}';
    const article = parseNinjs(json);
    expect(texts(article)).toEqual(["Café &amp; bar", 'Smith & Sons’ "sale" — in Kyiv', "Second para."]);
    expect(sourceOfPhrase(article, 0, "é")).toBe("\\u00e9");
    expect(sourceOfPhrase(article, 1, "&")).toBe("&amp;");
    expect(sourceOfPhrase(article, 1, "’")).toBe("\\u2019");
    expect(sourceOfPhrase(article, 1, '"sale"')).toBe('\\"sale\\"');
    expect(sourceOfPhrase(article, 1, "—")).toBe("&#8212;");
    expect(sourceOfPhrase(article, 2, "Second para.")).toBe("Second\\tpara.");
    expect(outerOf(article, 1)).toBe("<p>Smith &amp; Sons\\u2019 \\\"sale\\\" &#8212; in Kyiv</p>");
    // A headline field is plain text: deleting it empties the string, quotes kept.
    expect(outerOf(article, 0)).toBe("Caf\\u00e9 &amp; bar");
    expect(startOf(article, 2)).toEqual({ line: 1, column: json.indexOf("Second") + 1 });
    expectFaithfulMap(article, decoders.jsonHtml, { orderedOuter: false });
  });

  it("keeps comments of an HTML body with offsets into the JSON file", () => {
    const json = '{"uri": "u", "headline": "H", "body_html": "<p>One.</p><!-- copydesk-disable --><p>Two.</p>"}';
    const article = parseNinjs(json);
    expect(article.comments).toEqual([{ text: "copydesk-disable", start: json.indexOf("<!--"), end: json.indexOf("<p>Two") }]);
  });

  it("reads the byline field as a block only when the body has none", () => {
    const article = parseNinjs(JSON.stringify({ uri: "u", headline: "H", by: "Field Byline", body_html: '<p class="byline">By Body Byline</p><p>Text.</p>' }));
    expect(summary(article)).toEqual([
      ["headline", "H"],
      ["byline", "By Body Byline"],
      ["paragraph", "Text."],
    ]);
    expect(article.metadata.authors).toEqual(["Field Byline", "Body Byline"]);
  });

  it("reads the field names it looks for from the IPTC schemas of each version", () => {
    const names = (file: string): Set<string> => {
      const schema = JSON.parse(readLocal(`ninjs/schemas/${file}`)) as { properties?: Record<string, unknown>; $defs?: { ninjsType?: { properties: Record<string, unknown> } } };
      return new Set(Object.keys(schema.$defs?.ninjsType?.properties ?? schema.properties ?? {}));
    };
    const v1 = names("ninjs-schema_1.6.json");
    const v2 = names("ninjs-schema_2.1.json");
    const v3 = names("ninjs-schema_3.0.json");
    for (const field of ["headline", "byline", "located", "copyrightholder", "infosource", "firstcreated", "versioncreated", "language", "uri"]) expect(v1.has(field), `1.6 ${field}`).toBe(true);
    for (const field of ["headlines", "bodies", "by", "located", "copyrightholder", "infosources", "descriptions", "firstcreated", "versioncreated"]) expect(v2.has(field), `2.1 ${field}`).toBe(true);
    for (const field of ["headlines", "bodies", "by", "located", "copyrightHolder", "infoSources", "descriptions", "firstCreated", "versionCreated"]) expect(v3.has(field), `3.0 ${field}`).toBe(true);
  });
});

describe("ninjs: bad input", () => {
  const cases: Array<{ name: string; json: string; message: string }> = [
    { name: "a trailing comma", json: '{\n  "uri": "u",\n  "headline": "H",\n}', message: "invalid JSON at line 4, column 1: expected a property name in double quotes, found '}'" },
    { name: "a missing comma", json: '{\n  "uri": "u"\n  "headline": "H"\n}', message: `invalid JSON at line 3, column 3: expected ',' or '}' after the value of "uri", found '"'` },
    { name: "an unterminated string", json: '{"uri": "u", "headline": "no end', message: "invalid JSON at line 1, column 26: unterminated string" },
    { name: "a raw line break in a string", json: '{"uri": "u", "headline": "two\nlines"}', message: "invalid JSON at line 1, column 30: control character U+000A in a string (write it as an escape such as \\n)" },
    { name: "a bad escape", json: '{"uri": "u", "headline": "bad \\x escape"}', message: "invalid JSON at line 1, column 31: bad escape \\x in a string" },
    { name: "a short \\u escape", json: '{"uri": "u", "headline": "\\u12"}', message: "invalid JSON at line 1, column 27: bad \\u escape: it needs four hex digits" },
    { name: "single quotes", json: "{'uri': 'u'}", message: "invalid JSON at line 1, column 2: expected a property name in double quotes, found '''" },
    { name: "text after the value", json: '{"uri": "u", "headline": "H"} extra', message: "invalid JSON at line 1, column 31: unexpected 'e' after the JSON value" },
    { name: "a cut-off file", json: '{"uri": "u", "headline": ', message: "invalid JSON at line 1, column 26: unexpected end of the file, expected a value" },
    { name: "nesting 600 deep", json: `{"uri": "u", "x": ${"[".repeat(600)}`, message: "invalid JSON at line 1, column 531: nesting deeper than 512 levels" },
    { name: "a top-level array", json: '[{"uri": "u", "headline": "H"}]', message: "not a ninjs document: the top level is an array, not an object" },
    { name: "a top-level string", json: '"just a string"', message: "not a ninjs document: the top level is a string, not an object" },
    { name: "an object without headline or body", json: '{"uri": "u", "type": "text"}', message: 'not a ninjs document: no headline or body (expected "headline", "headlines", "body_text", "body_html" or "bodies")' },
  ];
  for (const { name, json, message } of cases) {
    it(`fails on ${name} with the line and column`, () => {
      expect(() => parseNinjs(json)).toThrowError(message);
    });
  }

  it("counts columns after CRLF lines and in UTF-16 units", () => {
    expect(() => parseNinjs('{\r\n"uri": "u",\r\n"headline": "😀", x}')).toThrowError("invalid JSON at line 3, column 19: expected a property name in double quotes, found 'x'");
  });

  it("accepts a JSON file whose strings are all empty as no blocks", () => {
    const article = parseNinjs('{"uri": "u", "headline": "  ", "body_text": ""}');
    expect(article.blocks).toEqual([]);
  });

  it("reads an escaped solidus and surrogate pairs", () => {
    const article = parseNinjs('{"uri": "u", "headline": "A\\/B \\ud83d\\udcf0 news"}');
    expect(texts(article)).toEqual(["A/B 📰 news"]);
    expect(sourceOf(article, 0)).toBe("A\\/B \\ud83d\\udcf0 news");
    expect(sourceOfPhrase(article, 0, "📰")).toBe("\\ud83d\\udcf0");
  });
});
