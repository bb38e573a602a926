import type { Article, Block, Quotation, Speaker } from "@copydesk/core";
import type { RawAttribution } from "./clauses.js";
import { SpeakerRegistry } from "./registry.js";
import { scanBlock, type BlockScan, type FoundMention, type FoundQuote } from "./scan-block.js";

/** Blocks that carry no reporting: bylines, datelines, credit lines and boilerplate. */
const SKIPPED_KINDS = new Set(["byline", "dateline", "credit"]);

export const isReportingBlock = (block: Block): boolean => block.boilerplate === undefined && !SKIPPED_KINDS.has(block.kind);

// A partial quotation with no speaker and fewer words is a term or scare quote ("as is"), not a quotation.
const MIN_UNATTRIBUTED_PARTIAL_WORDS = 5;

type Resolved = { readonly speaker: Speaker; readonly cue: Quotation["cue"] };

type Event =
  | { readonly at: number; readonly order: 0; readonly mention: FoundMention }
  | { readonly at: number; readonly order: 1; readonly attribution: RawAttribution };

/** Resolves every attribution of a block against the people named before it, in text order. */
function resolveBlock(index: number, scan: BlockScan, registry: SpeakerRegistry): Map<RawAttribution, Resolved> {
  const events: Event[] = scan.mentions.map((mention) => ({ at: mention.phrase.start, order: 0, mention }));
  const attributions = new Set<RawAttribution>();
  for (const quote of scan.quotes) {
    if (quote.attribution) attributions.add(quote.attribution);
    if (quote.sentenceAttribution) attributions.add(quote.sentenceAttribution);
  }
  for (const report of scan.reports) attributions.add(report.attribution);
  for (const attribution of attributions) events.push({ at: attribution.phrase.start, order: 1, attribution });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  const resolved = new Map<RawAttribution, Resolved>();
  for (const event of events) {
    if (event.order === 0) {
      const { phrase, inQuote, antecedent } = event.mention;
      if (phrase.kind === "organisation") registry.noteOrganisation(phrase.name);
      else if (phrase.names.length > 1) for (const name of phrase.names) registry.notePerson(name, {}, !inQuote && antecedent);
      else registry.notePerson(phrase.names[0] ?? phrase.name, { gender: phrase.gender, role: phrase.role, titles: phrase.titles }, !inQuote && antecedent);
      continue;
    }
    const { phrase, cue } = event.attribution;
    const span = { block: index, start: phrase.nameStart, end: phrase.nameEnd };
    resolved.set(event.attribution, {
      speaker: registry.resolve(phrase, span),
      cue: { text: cue.text, span: { block: index, start: cue.start, end: cue.end } },
    });
  }
  return resolved;
}

interface Draft {
  kind: Quotation["kind"];
  spans: Array<{ block: number; start: number; end: number }>;
  texts: string[];
  cue?: Quotation["cue"];
  speaker?: Speaker;
  /** Still open at the end of its last block: the next block's opening quotation continues it. */
  open: boolean;
  words: number;
  wholeBlock: boolean;
}

const inherited = (speaker: Speaker): Speaker => {
  const { span: _span, ...rest } = speaker;
  return { ...rest, resolvedBy: "context" };
};

function toQuotation(draft: Draft): Quotation {
  return {
    kind: draft.kind,
    spans: draft.spans,
    text: draft.texts.join(" "),
    ...(draft.cue ? { cue: draft.cue } : {}),
    ...(draft.speaker ? { speaker: draft.speaker } : {}),
  };
}

/**
 * Every quotation of an article with its speaker: direct quotations in any quote style (nested
 * quotations stay inside the one that holds them), partial quotations woven into a sentence,
 * quotations that run over several paragraphs, and reported speech. Boilerplate blocks, bylines
 * and datelines are skipped. One pass over the text: linear in the article's length.
 */
export function extractQuotations(article: Article): Quotation[] {
  const registry = new SpeakerRegistry();
  const drafts: Array<{ draft: Draft; block: number; start: number }> = [];
  let running: Draft | undefined;
  let lastDirect: Draft | undefined;
  let lastBlock = -1;

  for (const block of article.blocks) {
    if (!isReportingBlock(block)) continue;
    const scan = scanBlock(block.text);
    const resolved = resolveBlock(block.index, scan, registry);
    const previousBlockDirect = lastBlock >= 0 ? lastDirect : undefined;
    let lastInBlock: Draft | undefined;

    scan.quotes.forEach((quote: FoundQuote, position) => {
      const { span } = quote;
      // The comma before an attribution ("…years old,” Brenner said) is the writer's, not the speaker's.
      let contentEnd = span.contentEnd;
      while (contentEnd > span.contentStart && ",;: ".includes(block.text[contentEnd - 1] as string)) contentEnd--;
      const text = block.text.slice(span.contentStart, contentEnd);
      const own = quote.attribution ? resolved.get(quote.attribution) : undefined;
      const sentence = quote.sentenceAttribution ? resolved.get(quote.sentenceAttribution) : undefined;
      const here = { block: block.index, start: span.contentStart, end: contentEnd };
      // The convention for a quotation over several paragraphs: no closing mark at the end of one, an opening mark at the start of the next.
      if (position === 0 && running !== undefined && span.start === 0) {
        running.spans.push(here);
        running.texts.push(text);
        running.words += quote.words;
        running.open = !span.closed;
        if (running.speaker === undefined && own !== undefined) {
          running.speaker = own.speaker;
          running.cue = own.cue;
        }
        lastInBlock = running;
        if (!running.open) running = undefined;
        return;
      }
      running = undefined;
      const draft: Draft = {
        kind: quote.kind,
        spans: [here],
        texts: [text],
        open: !span.closed,
        words: quote.words,
        wholeBlock: quote.wholeBlock,
        ...((own ?? sentence) ? { speaker: (own ?? sentence)?.speaker, cue: (own ?? sentence)?.cue } : {}),
      };
      if (draft.speaker === undefined && quote.kind === "direct") {
        // "“A,” she said. “B.”": B is hers too; so is a paragraph of quotation alone after hers.
        const context = lastInBlock?.speaker ?? (quote.wholeBlock ? previousBlockDirect?.speaker : undefined);
        if (context !== undefined) draft.speaker = inherited(context);
      }
      if (quote.kind === "partial" && draft.speaker === undefined && quote.words < MIN_UNATTRIBUTED_PARTIAL_WORDS) return;
      drafts.push({ draft, block: block.index, start: span.contentStart });
      lastInBlock = draft;
      if (draft.open) running = draft;
    });
    if (scan.quotes.length === 0) running = undefined;

    for (const report of scan.reports) {
      const attribution = resolved.get(report.attribution);
      if (attribution === undefined) continue;
      const spans = report.spans.map((s) => ({ block: block.index, start: s.start, end: s.end }));
      drafts.push({
        draft: {
          kind: "reported",
          spans,
          texts: report.spans.map((s) => block.text.slice(s.start, s.end)),
          speaker: attribution.speaker,
          cue: attribution.cue,
          open: false,
          words: 0,
          wholeBlock: false,
        },
        block: block.index,
        start: spans[0]?.start ?? 0,
      });
    }
    lastDirect = lastInBlock?.kind === "direct" ? lastInBlock : undefined;
    lastBlock = block.index;
  }
  return drafts.sort((a, b) => a.block - b.block || a.start - b.start).map(({ draft }) => toQuotation(draft));
}
