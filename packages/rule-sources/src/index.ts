import type { Processor, Rule } from "@copydesk/core";
import { provenanceProcessor } from "./provenance/processor.js";
import { bylineRule } from "./rules/byline.js";
import { creditRule } from "./rules/credit.js";
import { danglingReferenceRule } from "./rules/dangling-reference.js";
import { datelineRule } from "./rules/dateline.js";
import { headlineSupportRule } from "./rules/headline-support.js";
import { unattributedClaimRule } from "./rules/unattributed-claim.js";
import { vagueAttributionRule } from "./rules/vague-attribution.js";

export { bylineRule, creditRule, danglingReferenceRule, datelineRule, headlineSupportRule, unattributedClaimRule, vagueAttributionRule };

/** The rules of this package, for the CLI's rule list. */
export const rules: ReadonlyArray<Rule> = [
  bylineRule,
  datelineRule,
  creditRule,
  danglingReferenceRule,
  vagueAttributionRule,
  unattributedClaimRule,
  headlineSupportRule,
];

/** Processors that annotate articles before any rule runs: the provenance record into the metadata. */
export const processors: ReadonlyArray<Processor> = [provenanceProcessor];

export { provenanceProcessor, withTextProvenance } from "./provenance/processor.js";
export { Provenance, ProvenanceValue, provenanceOf, computeProvenance, isVisible } from "./provenance/record.js";
export { parseDateline, type ParsedDateline } from "./provenance/dateline.js";
export { bylineParts, isBylineLine } from "./provenance/byline.js";
export { creditStatements, type CreditStatement } from "./provenance/credit-lines.js";
export { attributionsIn, type Attribution, type SentenceAttributions } from "./attribution/find.js";
export { classifySpeaker, type Speaker, type SpeakerClass } from "./attribution/speaker.js";
export { storySentences, type StorySentence } from "./text/story.js";
export { findVague, type VagueMatch, type VagueCategory } from "./vague/find.js";
export { claimCues, type ClaimCue, type ClaimKind } from "./claims/index.js";
export { parseHeadline, type HeadlineParse } from "./headline/parse.js";
export * from "./options.js";
