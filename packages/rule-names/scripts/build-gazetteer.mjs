#!/usr/bin/env node
// Builds data/gazetteer.json from the copy of the SpellingUkraine vocabulary in
// data/sources/spelling-ukraine/. Run by hand after updating that copy:
//
//   node scripts/build-gazetteer.mjs          (writes data/gazetteer.json and data/given-names.json, prints the audit)
//   node scripts/build-gazetteer.mjs --check  (fails if data/gazetteer.json is out of date)
//
// What it keeps, and why (see README.md, "Data"):
// - only the `places` group. `personal_names` are transliteration pairs for Ukrainian people and
//   must not be applied to every text (Andrei, Anastasia, Maria are right for many other people);
//   `people` are curated by hand in data/people.json (they need given-name rules and per-style
//   spellings); phrases and the one company are out of this package's scope.
// - every entry is neutral for all house styles (`preferred` all null): the vocabulary records the
//   Ukrainian-based spelling, not what AP, Reuters, BBC or the Guardian print. `suggest` carries
//   the Ukrainian-based spelling, which names/house-style mentions at info level only.
//   Places whose style is known are curated in data/renamings.json, which overrides these by id.
// - variants are audited: dropped when they are another well-known place, a common word or
//   surname, a former or historical name, not Latin script, or claimed by two entries.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "data", "sources", "spelling-ukraine");
const outFile = join(root, "data", "gazetteer.json");
const givenNamesFile = join(root, "data", "given-names.json");

/**
 * Given names that are not in the vocabulary's personal_names but often stand before a surname
 * that is also a place form (Georgy Lvov, Andriyan Nikolayev). Only used to tell a person from a
 * place, never to correct anyone's name.
 */
const EXTRA_GIVEN_NAMES = [
  "Vladimir", "Wladimir", "Sergei", "Sergey", "Yuri", "Yury", "Georgy", "Georgi", "George", "Andriyan", "Ivan", "Pyotr",
  "Nikolai", "Alexei", "Aleksei", "Konstantin", "Vasily", "Vasyl", "Mikhail", "Leonid", "Boris", "Grigory", "Fyodor",
  "Anatoly", "Gennady", "Valery", "Valentina", "Yelena", "Elena", "Tatiana", "Natalia", "Olga", "Anna", "Vera", "Lyudmila",
];

/** Whole entries left out, with the reason. */
const DROP_ENTRIES = {
  artemivsk: "canonical is the 1924-2016 name of Bakhmut; its variants are Russian names of Bakhmut, not misspellings of Artemivsk",
  dnipro: "every variant is ambiguous: Dnieper/Dnepr/Dniepr name the river, Dnipropetrovsk is still the region's name",
  ukraine: '"The Ukraine" would catch "The Ukraine war" at the start of a sentence; "Ukrajina" alone is not worth an entry',
  volodymyr: '"Vladimir" is a common given name (Vladimir Putin) and a Russian city, not a misspelling of this town',
};

/** Single variants left out, by entry id, with the reason. */
const DROP_VARIANTS = {
  bilohirsk: { Belogorsk: "a city in Russia's Amur region" },
  bohdanivka: { Bogdanovka: "common village name in Russia" },
  baranivka: { Baranovka: "common village name in Russia" },
  berezivka: { Berezovka: "common place name in Russia and Kazakhstan" },
  chudniv: { Chudnov: "surname" },
  dolyna: { Dolina: "common word and surname" },
  halych: { Galich: "a town in Russia's Kostroma region" },
  hirnyk: { Gorniak: "Russian word (miner); sports club names", Gornyak: "Russian word (miner); sports club names" },
  hlukhiv: { Glukhov: "surname" },
  horodok: { Gorodok: "common place name in Russia and Belarus" },
  horokhiv: { Gorokhov: "surname" },
  ivanivka: { Ivanovka: "common place name in Russia, Kazakhstan and elsewhere" },
  ivankiv: { Ivankov: "surname" },
  iziaslav: { Zaslav: "older name; also places in Belarus and Poland" },
  kalynivka: { Kalinovka: "common place name in Russia" },
  kaniv: { Kanev: "surname" },
  khoroshiv: { Khoroshev: "surname" },
  korosten: { Iskorosten: "the medieval name" },
  kosiv: { Kosov: "surname" },
  khmelnytskyi: { Khmelnitsky: "surname of the hetman Bohdan Khmelnitsky" },
  khmilnyk: { Khmelnik: "surname; Chmielnik in Poland" },
  krasnopillia: { Krasnopolie: "places in Russia and Belarus", Krasnopolye: "places in Russia and Belarus" },
  masandra: { Massandra: "the winery brand" },
  obukhiv: { Obukhov: "surname" },
  ozerne: { Ozernoe: "common place name in Russia" },
  dubove: { Dubovoe: "common place name in Russia" },
  prypyat: { Pripyat: "the river, and the spelling AP prints for the abandoned town", Pripiat: "the river" },
  pryvillia: { Privolie: "common place name in Russia", Privolye: "common place name in Russia" },
  tarutyne: { Tarutino: "a village in Russia's Kaluga region (battle of 1812)" },
  yavoriv: { Yavorov: "surname (the poet Peyo Yavorov)" },
  znamianka: { Znamenka: "common place name in Russia" },
  lutsk: { Luck: "common English word" },
  lyman: { Liman: "common noun (estuary) and surname" },
  makariv: { Makarov: "surname; a pistol" },
  malyn: { Malin: "surname; places in other countries" },
  manhush: {
    Pershotravneve: "former name (until 2016); several other places bear it",
    Pershotravnevoe: "former name (until 2016); several other places bear it",
    Pershotravnevy: "former name (until 2016); several other places bear it",
  },
  mykhailivka: { Mikhailovka: "common place name in Russia", Mikhaylovka: "common place name in Russia" },
  nemyriv: { Nemiroff: "a vodka brand", Nemirov: "surname; a vodka brand" },
  oleksandrivsk: { Aleksandrovsk: "towns in Russia (Sakhalin, Perm)" },
  orikhiv: { Orekhov: "surname" },
  petropavlivka: { Petropavlovka: "common place name in Russia" },
  pishchanka: { Peschanka: "common place name in Russia" },
  podilsk: { Podolsk: "a city in Moscow region" },
  pokrovske: { Pokrovskoe: "common place name in Russia" },
  prymorsk: { Primorsk: "towns in Russia (Leningrad region oil port)" },
  rakhiv: { Rakhov: "surname" },
  romaniv: { Romanov: "the dynasty; surname", Romanof: "surname" },
  saky: { Saki: "given name; the writer Saki" },
  sambir: { Sambor: "given name and surname" },
  semenivka: { Semenovka: "common place name in Russia" },
  shyroke: { Shirokoe: "common place name in Russia" },
  sosnivka: { Sosnovka: "common place name in Russia" },
  stepanivka: { Stepanovka: "common place name in Russia" },
  sumy: { Sumi: "given name; Japanese word", Symi: "a Greek island" },
  ternivka: { Ternovka: "common place name in Russia" },
  tlumach: { Tovmach: "historical name" },
  vasylkiv: { Vasilkov: "surname" },
  vesele: { Veseloye: "common place name in Russia", Veseloe: "common place name in Russia" },
  vilshany: { Olshany: "places in Belarus" },
  vynohradiv: { Vinogradov: "common surname" },
  yevpatoriia: { Yevpatoria: "the spelling AP and Reuters print" },
  yuzhne: {
    Yuzhny: "towns in Russia; the port's name is changing",
    Yuzhniy: "towns in Russia",
    Yuzhnoe: "towns in Russia",
    Yuzhnoye: "towns in Russia; the Yuzhnoye design bureau",
  },
  zinkiv: { Zenkov: "surname" },
  zoria: { Zorya: "Zorya Luhansk football club; common word", Zarya: "Russian word (dawn); the ISS Zarya module" },
};

/** Variants added to an entry, with the reason. */
const ADD_VARIANTS = {
  siverskodonetsk: { Sievierodonetsk: "the spelling the wires used in 2022; kept as a form so consistency sees it" },
};

/** Entries that get no `suggest` (info note), with the reason: the house styles keep the older form. */
const NO_SUGGEST = {
  chornobyl: 'AP and the BBC keep "Chernobyl" for the plant and the disaster; only consistency applies',
  siverskodonetsk: "the city's English spelling is in flux (Sievierodonetsk, Siverskodonetsk); only consistency applies",
};

/**
 * Fixed expressions added to an entry, with the reason: the older spelling is the established
 * name of an event or a thing, so an article may rightly use both spellings.
 */
const ADD_EXCEPTIONS = {
  chornobyl: {
    phrases: [
      "Chernobyl disaster",
      "Chernobyl accident",
      "Chernobyl catastrophe",
      "Chernobyl nuclear disaster",
      "Chernobyl nuclear accident",
      "Chernobyl explosion",
      "Chernobyl meltdown",
    ],
    reason: "the 1986 disaster keeps its established English name where the town or plant may be spelt Chornobyl",
  },
};

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’.-]+$/u;

function build() {
  const vocabulary = JSON.parse(readFileSync(join(sourceDir, "vocabulary.json"), "utf8"));
  const audit = { droppedEntries: [], droppedVariants: [], noVariants: [] };
  const places = vocabulary.entries.filter((entry) => entry.group === "places");

  // A form claimed by two entries (or equal to another's canonical) cannot say which place it is.
  const claims = new Map();
  const claim = (form, id) => claims.set(form, new Set([...(claims.get(form) ?? []), id]));
  for (const entry of places) {
    claim(entry.correctSpelling, entry.id);
    for (const variant of entry.incorrectSpellings) claim(variant, entry.id);
  }

  const entries = [];
  for (const entry of places) {
    if (DROP_ENTRIES[entry.id]) {
      audit.droppedEntries.push(`${entry.id}: ${DROP_ENTRIES[entry.id]}`);
      continue;
    }
    const variants = [];
    const candidates = [...entry.incorrectSpellings, ...Object.keys(ADD_VARIANTS[entry.id] ?? {})];
    for (const variant of candidates) {
      const reason =
        DROP_VARIANTS[entry.id]?.[variant] ??
        (variant === entry.correctSpelling ? "same as the canonical spelling" : undefined) ??
        (!LATIN.test(variant) ? "not Latin script" : undefined) ??
        ((claims.get(variant)?.size ?? 0) > 1 ? `claimed by ${[...claims.get(variant)].join(", ")}` : undefined) ??
        (variants.includes(variant) ? "listed twice" : undefined);
      if (reason) audit.droppedVariants.push(`${entry.id}: ${variant} (${reason})`);
      else variants.push(variant);
    }
    if (variants.length === 0) {
      audit.noVariants.push(entry.id);
      continue;
    }
    entries.push({
      id: entry.id,
      kind: "place",
      canonical: entry.correctSpelling,
      variants,
      preferred: { ap: null, reuters: null, bbc: null, guardian: null },
      ...(ADD_EXCEPTIONS[entry.id] ? { exceptions: ADD_EXCEPTIONS[entry.id].phrases } : {}),
      ...(NO_SUGGEST[entry.id] ? { note: NO_SUGGEST[entry.id] } : { suggest: entry.correctSpelling }),
      country: "Ukraine",
      source: `spelling-ukraine:${entry.id}`,
    });
  }
  for (const id of [...Object.keys(DROP_VARIANTS), ...Object.keys(ADD_EXCEPTIONS), ...Object.keys(ADD_VARIANTS), ...Object.keys(NO_SUGGEST)]) {
    if (!places.some((entry) => entry.id === id)) throw new Error(`the build tables name an unknown entry: ${id}`);
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  const gazetteer = {
    description:
      "Ukrainian places and their Russian-based or garbled spellings, derived from the SpellingUkraine vocabulary by scripts/build-gazetteer.mjs. Neutral for every house style; data/renamings.json overrides entries by id.",
    source: vocabulary.source,
    commit: vocabulary.commit,
    license: "MIT, Copyright (c) 2022-2026 Oleksii Holub; see data/sources/spelling-ukraine/LICENSE.txt",
    entries,
  };
  const givenNames = new Set(EXTRA_GIVEN_NAMES);
  for (const entry of vocabulary.entries.filter((e) => e.group === "personal_names")) {
    for (const name of [entry.correctSpelling, ...entry.incorrectSpellings, ...entry.relatedSpellings]) {
      if (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(name) && LATIN.test(name)) givenNames.add(name);
    }
  }
  const givenNamesJson = {
    description:
      "Given names used to tell a person from a place (Mikhail Nikolaev is a man, not the city): a place form right after one of these is not checked, and a surname after one that is not the person's own is another person. Derived from the personal_names of the SpellingUkraine vocabulary (MIT, see data/sources/spelling-ukraine/LICENSE.txt) plus EXTRA_GIVEN_NAMES in scripts/build-gazetteer.mjs. Never used to correct a name.",
    names: [...givenNames].sort(),
  };
  return {
    json: `${JSON.stringify(gazetteer, null, 1)}\n`,
    givenNames: `${JSON.stringify(givenNamesJson, null, 1)}\n`,
    audit,
    count: entries.length,
  };
}

const { json, givenNames, audit, count } = build();
if (process.argv.includes("--check")) {
  if (readFileSync(outFile, "utf8") !== json || readFileSync(givenNamesFile, "utf8") !== givenNames) {
    console.error("data/gazetteer.json or data/given-names.json is out of date: run node scripts/build-gazetteer.mjs");
    process.exit(1);
  }
  console.log(`data/gazetteer.json is up to date (${count} entries)`);
} else {
  writeFileSync(outFile, json);
  writeFileSync(givenNamesFile, givenNames);
  console.log(`wrote data/gazetteer.json: ${count} entries`);
  console.log(`dropped entries (${audit.droppedEntries.length}):\n  ${audit.droppedEntries.join("\n  ")}`);
  console.log(`dropped variants (${audit.droppedVariants.length}):\n  ${audit.droppedVariants.join("\n  ")}`);
  console.log(`entries with no variant left (${audit.noVariants.length}): ${audit.noVariants.join(", ")}`);
}
