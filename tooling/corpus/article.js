// One generated story: an original (the wire copy, every quotation attributed correctly) and the
// syndicated rewrite that is checked (planted names variants, quotation changes, sourcing gaps,
// disclaimers), with the ground truth of what was planted where.
import { makeInventedQuote, makeQuote } from "./quotes.js";
import { Random } from "./random.js";
import {
  AGGREGATORS, DAYS, DISCLAIMER, FIRST_NAMES, MONTHS, NAME_TRAPS, NAME_VARIANTS, ORGANISATIONS, OUTLETS, PLACES,
  PLACES_ABROAD, PLANTED_FOOTER, RARE_FOOTER, ROLES, SURNAMES, TOPICS,
} from "./vocabulary.js";

/**
 * A paragraph under construction: text plus the planted items, each with its offset in the text.
 * @typedef {{ kind: string, start: number, end: number, [key: string]: unknown }} Plant
 */
class ParagraphBuilder {
  constructor() {
    /** @type {string[]} */ this.parts = [];
    this.length = 0;
    /** @type {Plant[]} */ this.plants = [];
  }
  add(text) {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }
  plant(text, fields) {
    this.plants.push({ ...fields, start: this.length, end: this.length + text.length });
    return this.add(text);
  }
  build(kind = "paragraph") {
    return { kind, text: this.parts.join(""), plants: this.plants };
  }
}

const VARIANT_BY_PREFERRED = new Map();
for (const { variant, preferred } of NAME_VARIANTS) {
  if (!VARIANT_BY_PREFERRED.has(preferred)) VARIANT_BY_PREFERRED.set(preferred, []);
  VARIANT_BY_PREFERRED.get(preferred).push(variant);
}

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** A story's cast: named people with roles, used for quotations and attributions. */
function makeCast(random) {
  const cast = [];
  const used = new Set();
  while (cast.length < 4) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(SURNAMES);
    if (used.has(last)) continue;
    used.add(last);
    cast.push({ first, last, name: `${first} ${last}`, role: random.pick(ROLES) });
  }
  return cast;
}

/** Writes a place: usually as house style wants it, sometimes a planted variant (recorded). */
function writePlace(builder, random, options, pool = PLACES) {
  // Draw the same numbers whether or not variants are planted, so the original and the
  // rewrite of a sentence differ only in the spelling.
  const place = random.pick(pool);
  const variants = VARIANT_BY_PREFERRED.get(place) ?? [place];
  const planted = random.chance(options.variantRate);
  const variant = random.pick(variants);
  if (variant !== place && options.plantNames && planted) {
    builder.plant(variant, { kind: "name", variant, preferred: place, expected: "warning" });
  } else {
    builder.add(place);
  }
}

const number = (random) => random.int(2, 980);
const percent = (random) => `${random.int(1, 29)}.${random.int(0, 9)}%`;

/** The sentence kinds a body paragraph is made of; each varies its numbers, places and people. */
const SENTENCES = [
  (b, r, o) => {
    const topic = r.pick(TOPICS);
    b.add(`${cap(topic.noun)} through `);
    writePlace(b, r, o);
    b.add(` ${r.chance(0.5) ? topic.verbUp : topic.verbDown} ${percent(r)} in ${r.pick(MONTHS)} from a year earlier, to ${number(r)},${r.int(100, 999)} ${topic.unit}, according to ${r.pick(ORGANISATIONS)}.`);
  },
  (b, r, o) => {
    b.add(`${cap(r.pick(ORGANISATIONS))} said on ${r.pick(DAYS)} that ${number(r)} vessels were waiting at the ports around `);
    writePlace(b, r, o);
    b.add(".");
  },
  (b, r, o) => {
    b.add("Officials in ");
    writePlace(b, r, o);
    b.add(` reported power cuts after overnight strikes, and repair crews were sent to ${r.int(2, 40)} districts.`);
  },
  (b, r) => {
    const topic = r.pick(TOPICS);
    b.add(`The ${topic.noun} figures for ${r.pick(MONTHS)} will be published in ${r.int(2, 6)} weeks, ${r.pick(ORGANISATIONS)} said.`);
  },
  (b, r, o) => {
    b.add("Traders in ");
    writePlace(b, r, o);
    b.add(` expect ${r.pick(TOPICS).noun} to recover before the end of the season, when ${r.int(2, 12)} new berths open.`);
  },
  (b, r, o) => {
    const person = r.pick(o.cast);
    b.add(`${person.name}, ${person.role}, said the plan would cost about ${number(r)} million hryvnias and take ${r.int(3, 30)} months.`);
  },
  (b, r, o) => {
    b.add("Insurers have raised premiums for ships calling at ");
    writePlace(b, r, o);
    b.add(` by ${percent(r)} since ${r.pick(MONTHS)}, brokers said.`);
  },
  (b, r, o) => {
    b.add("The ");
    writePlace(b, r, o);
    b.add(` city council approved ${number(r)} million hryvnias for road and bridge repairs on ${r.pick(DAYS)}.`);
  },
  (b, r, o) => {
    const person = r.pick(o.cast);
    b.add(`${person.last} told reporters the ${r.pick(TOPICS).noun} forecast had been revised ${r.chance(0.5) ? "up" : "down"} twice since ${r.pick(MONTHS)}.`);
  },
  (b, r, o) => {
    b.add("Buyers in ");
    writePlace(b, r, o, PLACES_ABROAD);
    b.add(" and ");
    writePlace(b, r, o, PLACES_ABROAD);
    b.add(` booked ${number(r)},${r.int(100, 999)} tonnes of Ukrainian ${r.pick(["wheat", "corn", "barley", "sunflower oil", "steel"])} for delivery in ${r.pick(MONTHS)}.`);
  },
  (b, r, o) => {
    b.add("Exporters shipping to ");
    writePlace(b, r, o, PLACES_ABROAD);
    b.add(` said freight rates had ${r.chance(0.5) ? "doubled" : "eased"} since ${r.pick(MONTHS)}, when ${r.int(2, 40)} carriers suspended calls at Black Sea ports.`);
  },
  (b, r, o) => {
    b.add(`Rail links between `);
    writePlace(b, r, o);
    b.add(" and ");
    writePlace(b, r, o);
    b.add(` carried ${number(r)} trains last week, ${r.int(2, 30)} more than planned.`);
  },
];

/** A trap: a variant spelling that is not an error (a dish, a club, another place of the name). */
function trapSentence(builder, random) {
  const trap = random.pick(NAME_TRAPS);
  const before = {
    "chicken Kiev": "A restaurant near the station still lists ",
    "Dynamo Kiev": "Supporters of ",
    "the Bombay Stock Exchange": "Shares of shipping firms on ",
    "Peking University": "Researchers at ",
    "the Burma Road": "Historians compared the convoy route to ",
    "Odessa, Texas": "A sister-city delegation from ",
    "the Madras High Court": "A similar dispute went before ",
  }[trap.text];
  const after = {
    "chicken Kiev": " on its menu.",
    "Dynamo Kiev": " gathered outside the stadium before the match.",
    "the Bombay Stock Exchange": " rose on the news.",
    "Peking University": " published a study of the shipping data.",
    "the Burma Road": " in a lecture on wartime logistics.",
    "Odessa, Texas": " visited the harbour in the spring.",
    "the Madras High Court": " in 2019.",
  }[trap.text];
  builder.add(before);
  builder.plant(trap.text, { kind: "trap", variant: trap.variant, variantOffset: trap.offset, expected: "none" });
  builder.add(after);
}

const ADVISER_QUOTE = " “The view from Kiev has not changed,” an adviser added.";

function alterQuote(quote, random) {
  if (quote.negation && random.chance(0.6)) {
    const dropped = quote.text.replace(/\b(not|cannot|Nobody|do not) /, (word) => ({ "not ": "", "cannot ": "can ", "Nobody ": "Everybody ", "do not ": "" })[word] ?? word);
    if (dropped !== quote.text) return { text: dropped, how: "negation" };
  }
  const changed = quote.text.replace(/\d+/, (digits) => String(Number(digits) + random.int(1, 9) * 10));
  return { text: changed, how: "number" };
}

/**
 * One story. `options`: { plantNames, variantRate, disclaimers, footerRate, rareFooterRate }.
 * Returns { original, syndicated, truth } where original/syndicated are
 * { headline, byline?, dateline?, credit?, blocks: [{ kind, text, plants }], canonical? }.
 */
export function generateStory(random, index, options) {
  const cast = makeCast(random);
  const outlet = random.pick(OUTLETS);
  const place = random.pick(PLACES);
  const month = random.pick(MONTHS);
  const topic = random.pick(TOPICS);
  const story = { place, topic: topic.noun, unit: topic.unit };
  const headline = `${cap(topic.noun)} through ${place} ${random.chance(0.5) ? topic.verbUp : topic.verbDown} as ${random.pick(["ports reopen", "insurers return", "repairs continue", "talks resume", "the grid recovers"])}`;
  const context = { cast, plantNames: options.plantNames, variantRate: options.variantRate };
  const wireContext = { cast, plantNames: false, variantRate: 0 };

  const paragraphCount = random.int(9, 16);
  const originalBlocks = [];
  const syndicatedBlocks = [];
  const quotes = [];
  const truthQuotes = [];
  for (let p = 0; p < paragraphCount; p++) {
    const sentences = random.int(3, 5);
    const fork = random.fork(`p${index}.${p}`);
    const original = new ParagraphBuilder();
    const syndicated = new ParagraphBuilder();
    for (let s = 0; s < sentences; s++) {
      const sentence = fork.pick(SENTENCES);
      const state = fork.state;
      // The same sentence twice: once clean for the wire original, once with planted variants.
      original.add(s > 0 ? " " : "");
      sentence(original, new Random(state), wireContext);
      syndicated.add(s > 0 ? " " : "");
      sentence(syndicated, new Random(state), context);
      fork.next();
    }
    if (options.plantNames && fork.chance(0.12)) {
      syndicated.add(" ");
      trapSentence(syndicated, fork);
    }
    originalBlocks.push(original.build());
    syndicatedBlocks.push(syndicated.build());

    if (p % 3 === 1 && quotes.length < 5) {
      const speaker = cast[quotes.length % cast.length];
      const quote = makeQuote(random, story);
      quotes.push({ speaker, quote });
      // A variant spelling inside someone's words, in the wire copy as in the rewrite: quoted words are not
      // the house's to respell, so this is an info at most, and the quotation itself checks out.
      const adviser = options.plantNames && random.chance(0.2);
      const wire = new ParagraphBuilder().add(`“${quote.text},” said ${speaker.name}, ${speaker.role}.`);
      if (adviser) wire.add(ADVISER_QUOTE);
      originalBlocks.push(wire.build());
      const verdict = random.pick(["verified", "verified", "misattributed", "altered", "unverified"]);
      const rewrite = new ParagraphBuilder();
      if (verdict === "verified") rewrite.add(`“`).plant(quote.text, { kind: "quote", verdict }).add(`,” ${speaker.last} said.`);
      else if (verdict === "misattributed") {
        const other = cast.find((person) => person !== speaker);
        rewrite.add(`“`).plant(quote.text, { kind: "quote", verdict, said: speaker.name, given: other.name }).add(`,” said ${other.name}, ${other.role}.`);
      } else if (verdict === "altered") {
        const altered = alterQuote(quote, random);
        rewrite.add(`“`).plant(altered.text, { kind: "quote", verdict, how: altered.how, original: quote.text }).add(`,” ${speaker.last} said.`);
      } else {
        const invented = makeInventedQuote(random, story);
        rewrite.add(`“`).plant(invented, { kind: "quote", verdict }).add(`,” a spokesperson said.`);
      }
      if (adviser) rewrite.add(ADVISER_QUOTE.slice(0, 16)).plant("Kiev", { kind: "name", variant: "Kiev", preferred: "Kyiv", expected: "info" }).add(ADVISER_QUOTE.slice(20));
      const built = rewrite.build();
      syndicatedBlocks.push(built);
      truthQuotes.push(...built.plants.filter((plant) => plant.kind === "quote"));
    }
  }

  const hasByline = random.chance(0.6);
  const hasDateline = random.chance(0.7);
  const hasCredit = random.chance(0.5);
  const vague = random.chance(0.4);
  if (vague) syndicatedBlocks.splice(2, 0, new ParagraphBuilder().plant("Critics say", { kind: "vague" }).add(` the ${topic.noun} plan will hurt smaller ports for years.`).build());

  const endings = [];
  let providers = [];
  if (random.chance(options.disclaimers)) {
    providers = random.chance(0.5) ? ["MENAFN", "MENAFN"] : ["MENAFN", random.pick(AGGREGATORS.filter((a) => a !== "MENAFN"))];
    for (const provider of providers) {
      endings.push({ kind: "label", text: "Legal Disclaimer:", plants: [] });
      endings.push({ kind: "disclaimer", text: DISCLAIMER(provider, random.chance(0.5)), plants: [] });
    }
  }
  const footer = random.chance(options.footerRate) ? "planted" : random.chance(options.rareFooterRate) ? "rare" : undefined;
  if (footer !== undefined) endings.push({ kind: "footer", text: footer === "planted" ? PLANTED_FOOTER : RARE_FOOTER, plants: [] });

  const byline = `By ${cast[3].first} ${cast[3].last}`;
  const dateline = `${place.toUpperCase()}, ${month} ${random.int(1, 28)} (${outlet}) — `;
  const original = { headline, byline, dateline, outlet, blocks: originalBlocks, canonical: `https://wire.example/${index}` };
  const syndicated = {
    headline,
    ...(hasByline ? { byline } : {}),
    ...(hasDateline ? { dateline } : {}),
    ...(hasCredit ? { credit: `This article originally appeared on ${outlet}.` } : {}),
    outlet,
    blocks: [...syndicatedBlocks, ...endings],
  };
  return {
    original,
    syndicated,
    truth: { byline: hasByline, dateline: hasDateline, credit: hasCredit, vague, providers, footer: footer ?? null, quotes: truthQuotes },
  };
}
