import { defineRule, type Article, type RuleContext, type RuleReport, type Span } from "@copydesk/core";
import { gazetteerFor, mentionsInArticle, type BlockMention } from "../match/article-mentions.js";
import { ConsistencyOptions } from "../options.js";
import { PRESETS, resolvePreset } from "../presets.js";
import { describeWhere } from "./where.js";

const q = (text: string) => `"${text}"`;

const spanOf = (mention: BlockMention): Span => ({ block: mention.block, start: mention.start, end: mention.end });

/** A mention that counts as the article's own spelling: not an exception, a quotation, history or a reported mistake. */
const counts = (mention: BlockMention) =>
  mention.exception === undefined && !mention.inQuotation && !mention.historical && !mention.misnaming;

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
  for (const forms of byEntry.values()) {
    if (forms.size < 2) continue;
    const first = [...forms.values()][0]?.[0] as BlockMention;
    const reference = referenceForm(forms, first.entry.preferred[preset]);
    const anchor = (forms.get(reference) as BlockMention[])[0] as BlockMention;
    const tally = Object.fromEntries([...forms].map(([form, list]) => [form, list.length]));
    for (const [form, list] of forms) {
      if (form === reference) continue;
      const here = list[0] as BlockMention;
      const where = describeWhere(article, spanOf(anchor), spanOf(here));
      reports.push({
        span: spanOf(here),
        message: `${q(here.text)} here, but ${q(anchor.text)} in ${where}: spell ${first.entry.canonical} one way throughout.`,
        evidence: { form, other: reference, entryId: first.entry.id, counts: tally, preset },
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
    presets: PRESETS,
  },
  check,
});
