import { Schema } from "effect";

/** A range `[start, end)` in the text of block `block` (the serialisable form of a rule's Span). */
export const SpanSchema = Schema.Struct({
  block: Schema.Number,
  start: Schema.Number,
  end: Schema.Number,
});

/**
 * direct: a whole quotation in quote marks; partial: a fragment in quote marks woven into the
 * writer's sentence; reported: "X warned that ..." with no quote marks.
 */
export const QuotationKind = Schema.Literal("direct", "partial", "reported");
export type QuotationKind = typeof QuotationKind.Type;

/** person: a named person; organisation: "the company said"; anonymous: "a spokesperson said". */
export const SpeakerKind = Schema.Literal("person", "organisation", "anonymous");
export type SpeakerKind = typeof SpeakerKind.Type;

export const Speaker = Schema.Struct({
  /** The name as resolved: "Miriam Castell" for a later "Castell said" or "she said". */
  name: Schema.String,
  kind: SpeakerKind,
  /** Where the speaker is named in this attribution (the surname, the pronoun), when written. */
  span: Schema.optional(SpanSchema),
  /** How the name was found when not written here in full: "surname", "pronoun", "title". */
  resolvedBy: Schema.optional(Schema.String),
  /** Words describing the speaker in the attribution: "board chair", "city engineer". */
  role: Schema.optional(Schema.String),
});
export type Speaker = typeof Speaker.Type;

/**
 * One quotation in an article, as the quotation extractor (rule-quotes) found it. Set on the
 * article by a processor, so inspect, every rule and the reports see the same list.
 */
export const Quotation = Schema.Struct({
  kind: QuotationKind,
  /** The quoted words without their marks: one span per block (a quotation can run over paragraphs). */
  spans: Schema.Array(SpanSchema),
  /** The quoted words, the spans' text joined by a space. */
  text: Schema.String,
  /** The verb or phrase that attributes it: "said", "told", "warned", "according to". */
  cue: Schema.optional(Schema.Struct({ text: Schema.String, span: SpanSchema })),
  speaker: Schema.optional(Speaker),
});
export type Quotation = typeof Quotation.Type;
