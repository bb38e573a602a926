import type { Processor, Rule } from "@copydesk/core";
import { quotationsProcessor } from "./processor.js";
import { alteredRule } from "./rules/altered.js";
import { inconsistentSpeakerRule } from "./rules/inconsistent-speaker.js";
import { misattributedRule } from "./rules/misattributed.js";
import { unattributedRule } from "./rules/unattributed.js";
import { unverifiedRule } from "./rules/unverified.js";

export { misattributedRule, alteredRule, unverifiedRule, unattributedRule, inconsistentSpeakerRule, quotationsProcessor };

/** The rules of this package, for the CLI's rule list. */
export const rules: ReadonlyArray<Rule> = [misattributedRule, alteredRule, unverifiedRule, unattributedRule, inconsistentSpeakerRule];

/** Processors that annotate articles before any rule runs. */
export const processors: ReadonlyArray<Processor> = [quotationsProcessor];

export { extractQuotations, isReportingBlock } from "./extract/extract.js";
export { quotesCorpusBuilder, type QuotesCorpus, type QuotesCorpusSnapshot } from "./corpus.js";
export { SourceArchive, type ArchiveSnapshot, type ArchiveStats, type Candidate } from "./verify/archive.js";
export { passagesOf, quotationsOf, type Passage, type PassageSpeaker } from "./verify/passages.js";
export { verifyTokens, type VerifyToken } from "./verify/tokens.js";
export { diffWords, type DiffOp } from "./verify/diff.js";
export { compareQuotation, meaningful, renderDiff, type Change, type Comparison, type DiffPiece, type Tolerated } from "./verify/compare.js";
export { checkQuotations, matchQuotation, matchTokens, bestMatch, misattribution, type PassageMatch, type QuotationCheck } from "./verify/verify.js";
export { compareSpeakers, describeSpeaker, type SpeakerLike } from "./verify/speakers.js";
export { americanSpelling } from "./verify/spelling.js";
export { MisattributedOptions, AlteredOptions, UnverifiedOptions, UnattributedOptions, InconsistentSpeakerOptions } from "./options.js";
