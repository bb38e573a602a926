import { defineRule, ruleDocsUrl, type Article, type RuleContext, type RuleReport } from "@copydesk/core";
import { mentionsInArticle, gazetteerFor, type BlockMention } from "../match/article-mentions.js";
import { HouseStyleOptions } from "../options.js";
import { PRESETS, PRESET_LABELS, resolvePreset, type Preset } from "../presets.js";
import { matchCase } from "../text/case.js";
import { givenForms, surnameOf } from "../gazetteer/types.js";

const q = (text: string) => `"${text}"`;

/** Who a person is, spelt as the style spells them: "Volodymyr Zelenskyy, the president of Ukraine" (AP). */
function whoIs(mention: BlockMention, preset: Preset): string {
  const { entry } = mention;
  const own = givenForms(entry).own;
  const surname = entry.preferred[preset] ?? surnameOf(entry.canonical);
  const name = own === undefined ? entry.canonical : `${own} ${surname}`;
  return entry.description ? `${name}, ${entry.description}` : name;
}

/** A wrong first name before a known surname ("Vladimir Zelensky"). Fixed only when nothing in the context argues against it. */
function firstNameReport(mention: BlockMention, preset: Preset): RuleReport | undefined {
  const given = mention.given;
  if (given === undefined || !given.wrong) return undefined;
  const own = givenForms(mention.entry).own ?? mention.entry.canonical;
  const span = { block: mention.block, start: given.start, end: given.end };
  const evidence = { variant: given.text, preferred: own, preset, entryId: mention.entry.id, part: "given name" };
  if (mention.inQuotation) {
    return {
      span,
      severity: "info",
      message: `${q(given.text)} is not the first name of ${whoIs(mention, preset)} (${q(own)}), but it is inside a quotation: check the source rather than change it.`,
      evidence,
    };
  }
  if (mention.misnaming || mention.historical) {
    const how = mention.misnaming ? "reports it as a misnaming" : "presents it as a former name";
    return {
      span,
      message: `${q(given.text)} is not the first name of ${whoIs(mention, preset)} (${q(own)}); the text ${how}, so make sure it reads as one.`,
      evidence,
    };
  }
  const replacement = matchCase(given.text, own);
  return {
    span,
    message: `${q(given.text)} is not the first name of ${whoIs(mention, preset)}: it is ${q(own)}.`,
    evidence,
    fix: { description: `Replace ${q(given.text)} with ${q(replacement)}`, edits: [{ span, text: replacement }] },
  };
}

/** A spelling the preset replaces (Kiev -> Kyiv), or a neutral preset's transliteration note. */
function formReport(mention: BlockMention, preset: Preset, suggest: boolean, suggested: Set<string>): RuleReport | undefined {
  const label = PRESET_LABELS[preset];
  const preferred = mention.entry.preferred[preset];
  const span = { block: mention.block, start: mention.start, end: mention.end };
  if (typeof preferred === "string") {
    if (mention.form === preferred) return undefined;
    const evidence = { variant: mention.text, preferred, preset, entryId: mention.entry.id };
    if (mention.inQuotation) {
      return {
        span,
        severity: "info",
        message: `${q(mention.text)} is ${q(preferred)} in ${label} style, but it is inside a quotation, so leave it as quoted.`,
        evidence,
      };
    }
    if (mention.organisation !== undefined) {
      return {
        span,
        severity: "info",
        message: `${q(mention.text)} is part of the name ${q(mention.organisation)}; ${label} style spells the place ${q(preferred)}, so use the spelling the organisation uses now.`,
        evidence: { ...evidence, organisation: mention.organisation },
      };
    }
    if (mention.misnaming) {
      return {
        span,
        severity: "info",
        message: `${q(mention.text)} is part of a reported misnaming here; ${label} style spells it ${q(preferred)}, so keep it only if it is the mistake being reported.`,
        evidence,
      };
    }
    if (mention.historical) {
      return {
        span,
        severity: "info",
        message: `${q(mention.text)} is presented as a former name here; ${label} style spells it ${q(preferred)}, so keep it only if the history needs it.`,
        evidence,
      };
    }
    const replacement = matchCase(mention.text, preferred);
    const report: RuleReport = { span, message: `${q(mention.text)} is ${q(preferred)} in ${label} style.`, evidence };
    if (mention.entry.fixable === false) return report;
    return { ...report, fix: { description: `Replace ${q(mention.text)} with ${q(replacement)}`, edits: [{ span, text: replacement }] } };
  }
  const local = mention.entry.suggest;
  if (!suggest || local === undefined || mention.form === local) return undefined;
  if (mention.inQuotation || mention.historical || mention.misnaming || mention.organisation !== undefined) return undefined;
  if (suggested.has(mention.form)) return undefined;
  suggested.add(mention.form);
  return {
    span,
    severity: "info",
    message: `${q(mention.text)} is spelt ${q(local)} in the Ukrainian-based transliteration; ${label} style has no ruling on it, so check before changing.`,
    evidence: { variant: mention.text, preferred: local, preset, entryId: mention.entry.id, ruling: "none" },
  };
}

function check(article: Article, context: RuleContext<HouseStyleOptions>): RuleReport[] {
  const preset = resolvePreset(context.options.preset, context.settings.preset);
  const reports: RuleReport[] = [];
  const suggested = new Set<string>();
  for (const mention of mentionsInArticle(article, gazetteerFor(context.options))) {
    if (mention.exception !== undefined) continue;
    const first = firstNameReport(mention, preset);
    if (first !== undefined) reports.push(first);
    const form = formReport(mention, preset, context.options.suggestTransliterations, suggested);
    if (form !== undefined) reports.push(form);
  }
  return reports;
}

export const houseStyleRule = defineRule<HouseStyleOptions>({
  meta: {
    id: "names/house-style",
    description: "Place and person names spelt as the house style (AP, Reuters, BBC, Guardian) wants: Kiev -> Kyiv.",
    defaultSeverity: "warning",
    fixable: true,
    options: HouseStyleOptions,
    docsUrl: ruleDocsUrl("names/house-style"),
    presets: PRESETS,
  },
  check,
});
