// What a person says in one story. Built from a claim and a reason, each with its own slots (and a
// number in every claim, for alterations to change), so two
// stories almost never share a quotation: a corpus where a few templates recur across thousands of
// articles would make every cross-article quote check fire on generator artefacts, not on planted errors.

const FACILITIES = ["terminal", "grain berth", "rail yard", "substation", "river bridge", "fuel depot", "ferry dock", "silo complex", "container quay", "pumping station"];
const CHECKS = ["inspections", "safety audits", "repairs", "load tests", "insurance reviews", "mine surveys"];
const PEOPLE = ["drivers", "farmers", "crews", "shippers", "engineers", "traders", "residents", "dock workers"];
const HORIZONS = ["by the end of the season", "before the winter", "within a month", "this year", "before the harvest", "in the spring"];

const OPENERS = ["", "Frankly, ", "Let me be clear: ", "For now ", "In our view ", "After this week ", "Whatever happens, ", "As things stand ", "I can tell you that ", "Honestly, "];
const SUBJECTS = ["the terminal", "our crews", "the new rail link", "the ministry", "the harbour board", "the insurers", "the night shift", "the old bridge", "this budget", "the second pipeline", "the council", "the grain buyers"];
/** Verb phrases; `negation` marks the ones an alteration can flip by dropping the "not". */
const PREDICATES = [
  { text: "will not reopen", negation: true }, { text: "cannot carry", negation: true }, { text: "has already doubled", negation: false },
  { text: "does not control", negation: true }, { text: "is not ready for", negation: true }, { text: "expects to move", negation: false },
  { text: "has promised", negation: false }, { text: "will not pay for", negation: true }, { text: "must protect", negation: false },
  { text: "lost", negation: false }, { text: "cannot replace", negation: true }, { text: "quietly approved", negation: false },
];

/** Claims: the first half of a quotation, with the story's place or topic in it. */
const CLAIMS = [
  (r, s) => `${r.pick(OPENERS)}${r.pick(SUBJECTS)} ${PREDICATE} ${r.int(2, 90)} thousand ${s.unit} ${r.pick(["in", "around", "outside", "north of"])} ${s.place}`,
  (r, s) => `${r.pick(OPENERS)}${r.pick(SUBJECTS)} ${PREDICATE} the ${r.pick(FACILITIES)} that handles ${r.int(5, 95)} percent of the ${s.topic} for ${s.place}`,
  (r, s) => `${r.pick(OPENERS)}${r.pick(SUBJECTS)} ${PREDICATE} ${r.int(3, 40)} ${r.pick(CHECKS)} at the ${r.pick(FACILITIES)} in ${s.place}`,
];

/** Stands for the verb phrase until the predicate is chosen (after the claim, to keep the draws in order). */
const PREDICATE = "\u0000";

/** Reasons: the second half, with its own words, so equal claims still make different quotations. */
const REASONS = [
  (r) => `because the ${r.pick(PEOPLE)} have waited ${r.int(2, 30)} months for an answer`,
  (r) => `and the ${r.pick(CHECKS)} will show whether the ${r.pick(FACILITIES)} can take the load`,
  (r) => `so we are asking the ministry for ${r.int(2, 90)} million hryvnias ${r.pick(HORIZONS)}`,
  (r) => `whatever the ${r.pick(PEOPLE)} in the next district decide ${r.pick(HORIZONS)}`,
  (r) => `which is why ${r.int(3, 70)} of our ${r.pick(PEOPLE)} are working double shifts`,
  (r) => `and I expect the first results ${r.pick(HORIZONS)}`,
  (r) => `even if the ${r.pick(FACILITIES)} stays closed ${r.pick(HORIZONS)}`,
  (r) => `as long as the ${r.pick(PEOPLE)} keep their side of the bargain`,
];

/**
 * A quotation for a story about `story.topic` (a noun phrase) in `story.place`, measured in `story.unit`.
 * @returns {{ text: string, negation: boolean }}
 */
export function makeQuote(random, story) {
  const predicate = random.pick(PREDICATES);
  const claim = random.pick(CLAIMS)(random, story).replace(PREDICATE, predicate.text);
  return { text: `${capitalise(claim)}, ${random.pick(REASONS)(random)}`, negation: predicate.negation };
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Words a rewrite puts in an unnamed mouth ("a spokesperson said") that no original holds: frames
 * of their own, so they resemble no archived quotation more than unrelated quotations do.
 */
const INVENTED = [
  (r, s) => `People here are tired of promises about ${s.topic}, and they want to see ${s.place} rebuilt ${r.pick(HORIZONS)}`,
  (r, s) => `Every family in ${s.place} knows someone who left, and most of them are waiting for a reason to come home`,
  (r, s) => `We were told the money was coming ${r.pick(HORIZONS)}, and so far nobody has explained where it went`,
  (r, s) => `Prices at the market in ${s.place} have gone up so fast that pensioners now shop once a week`,
  (r, s) => `The young engineers are the ones who stayed, and they deserve better than temporary contracts`,
  (r, s) => `It took a war for anyone in the capital to notice how much ${s.topic} this region produces`,
];

/** @returns {string} */
export function makeInventedQuote(random, story) {
  return random.pick(INVENTED)(random, story);
}
