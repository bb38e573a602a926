import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport, type Span, Where } from "@copydesk/core";
import { gazetteerFor, mentionsInArticle, type BlockMention } from "../match/article-mentions.js";
import { ConsistencyOptions } from "../options.js";
import { PRESETS, PRESET_LABELS, resolvePreset, type Preset } from "../presets.js";

const q = (text: string) => `"${text}"`;

const spanOf = (mention: BlockMention): Span => ({ block: mention.block, start: mention.start, end: mention.end });

/** A mention that counts as the article's own spelling: not an exception, an organisation, a quotation, history or a reported mistake. */
const counts = (mention: BlockMention) =>
  mention.exception === undefined &&
  mention.organisation === undefined &&
  !mention.inQuotation &&
  !mention.historical &&
  !mention.misnaming;

/** The mention to point at for a form: the first in running text, not a dateline or headline in capitals. */
const anchorOf = (list: ReadonlyArray<BlockMention>): BlockMention =>
  (list.find((mention) => !mention.allCaps) ?? list[0]) as BlockMention;

/** What to do about it: follow the style's spelling when it has one, else settle on one. */
function advice(preferred: string | null | undefined, preset: Preset): string {
  return typeof preferred === "string"
    ? `spell it ${q(preferred)} throughout, as ${PRESET_LABELS[preset]} style does`
    : "pick one spelling and use it throughout";
}

/**
 * The spelling the others are measured against: the preset's, when the article uses it;
 * otherwise the most used, and of equals the first.
 */
function referenceForm(forms: ReadonlyMap<string, BlockMention[]>, preferred: string | null | undefined): string {
  if (typeof preferred === "string" && forms.has(preferred)) return preferred;
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, list] of forms) {
    if (list.length > bestCount) {
      best = form;
      bestCount = list.length;
    }
  }
  return best as string;
}

function check(article: Article, context: RuleContext<ConsistencyOptions>): RuleReport[] {
  const preset = resolvePreset(context.options.preset, context.settings.preset);
  const byEntry = new Map<string, Map<string, BlockMention[]>>();
  for (const mention of mentionsInArticle(article, gazetteerFor(context.options))) {
    if (!counts(mention)) continue;
    let forms = byEntry.get(mention.entry.id);
    if (forms === undefined) byEntry.set(mention.entry.id, (forms = new Map()));
    const list = forms.get(mention.form);
    if (list === undefined) forms.set(mention.form, [mention]);
    else list.push(mention);
  }
  const reports: RuleReport[] = [];
  const where = new Where(article);
  for (const forms of byEntry.values()) {
    if (forms.size < 2) continue;
    const entry = ([...forms.values()][0]?.[0] as BlockMention).entry;
    const preferred = entry.preferred[preset];
    const reference = referenceForm(forms, preferred);
    const anchor = anchorOf(forms.get(reference) as BlockMention[]);
    const tally = Object.fromEntries([...forms].map(([form, list]) => [form, list.length]));
    for (const [form, list] of forms) {
      if (form === reference) continue;
      const here = list[0] as BlockMention;
      reports.push({
        span: spanOf(here),
        message: `${q(here.text)} here, but ${q(anchor.text)} in ${where.describe(spanOf(anchor), spanOf(here))}: ${advice(preferred, preset)}.`,
        evidence: { form, other: reference, entryId: entry.id, counts: tally, preset },
        related: [{ span: spanOf(anchor), message: `${q(anchor.text)} is used here.` }],
      });
    }
  }
  return reports.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
}

export const consistencyRule = defineRule<ConsistencyOptions>({
  meta: {
    id: "names/consistency",
    description: "One place or person spelt two ways in the same article (Kyiv and Kiev, Zelenskyy and Zelensky).",
    defaultSeverity: "warning",
    fixable: false,
    options: ConsistencyOptions,
    docsUrl: ruleDocsUrl("names/consistency"),
    presets: PRESETS,
  },
  check,
});
