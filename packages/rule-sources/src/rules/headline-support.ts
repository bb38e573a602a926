import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { attributionsIn } from "../attribution/find.js";
import { BodyIndex, PREFIX } from "../headline/body-index.js";
import { parseHeadline } from "../headline/parse.js";
import { DETERMINERS } from "../lexicon/words.js";
import { HeadlineSupportOptions } from "../options.js";
import { storySentences } from "../text/story.js";
import { type Token, tokenize } from "../text/tokens.js";
import { q } from "./where.js";

const ID = "sources/headline-support";

const SKIP = new Set([...DETERMINERS, "and", "of", "for", "with", "new", "top", "former", "more", "over", "after", "amid", "as", "through", "from", "into", "in", "on", "at", "to", "by"]);

/** Consecutive tokens of `list` grouped into runs (by position in the headline). */
function runsOf(list: ReadonlyArray<Token>, all: ReadonlyArray<Token>): Token[][] {
  const runs: Token[][] = [];
  for (const token of list) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    const adjacent = previous !== undefined && all.indexOf(token) === all.indexOf(previous) + 1;
    if (adjacent) (last as Token[]).push(token);
    else runs.push([token]);
  }
  return runs;
}

function check(article: Article, context: RuleContext<HeadlineSupportOptions>): RuleReport[] {
  const headline = article.blocks.find((block) => block.kind === "headline" && block.boilerplate === undefined);
  if (headline === undefined) return [];
  const body = article.blocks.filter((block) => block.kind !== "headline" && block.boilerplate === undefined);
  if (body.length === 0) return [];
  const index = new BodyIndex(body);
  const parse = parseHeadline(headline.text);
  const text = headline.text;
  const reports: RuleReport[] = [];
  const span = (first: Token, last: Token) => ({ block: headline.index, start: first.start, end: last.end });
  const claim = parse.verb !== undefined && parse.subject.length > 0 ? `${text.slice((parse.subject[0] as Token).start, parse.verb.end)} ...` : text;

  // Who does it: the subject's names must be in the body.
  const content = parse.subject.filter((token) => token.kind === "word" && token.key.length >= 3 && !SKIP.has(token.key));
  const missing = content.filter((token) => !index.has(token));
  const allMissing = missing.length === content.length && content.length > 0;
  // A capitalised word is a name, except the first word of the headline (capitalised anyway): that one
  // counts only when no other word of the subject is in the body either.
  const first = parse.tokens.find((token) => token.kind === "word");
  const flagged = allMissing ? missing : parse.titleCase ? [] : missing.filter((token) => token.capitalised && token !== first);
  for (const run of runsOf(flagged, parse.tokens)) {
    const words = text.slice((run[0] as Token).start, (run[run.length - 1] as Token).end);
    reports.push({
      span: span(run[0] as Token, run[run.length - 1] as Token),
      message: `The headline says ${q(claim)}, but the body never mentions ${q(words)}: attribute the claim in the body or rewrite the headline.`,
      evidence: { missing: words, part: "subject", headline: text },
    });
  }

  // "Kremlin says ...": the body must have the subject saying it.
  if (flagged.length === 0 && parse.speech && content.length > 0) {
    const speaks = storySentences(article).some((sentence) =>
      attributionsIn(sentence).attributions.some((a) => {
        const speaker = tokenize(a.speaker.text);
        return content.some((word) => speaker.some((s) => s.key === word.key || (word.key.length >= PREFIX && s.key.startsWith(word.key.slice(0, PREFIX)))));
      }),
    );
    if (!speaks) {
      const first = parse.subject[0] as Token;
      const last = parse.verb ?? (parse.subject[parse.subject.length - 1] as Token);
      const who = content.map((t) => t.text).join(" ");
      reports.push({
        span: span(first, last),
        message: `The headline has ${q(who)} saying this, but nothing in the body is attributed to ${q(who)}: attribute the words in the body or rewrite the headline.`,
        evidence: { speaker: who, part: "speaker", headline: text },
      });
    }
  }

  // Whom or what it concerns: names after the verb.
  if (context.options.objects) {
    for (const run of parse.objects) {
      const words = run.filter((token) => token.key.length >= 2 && !SKIP.has(token.key));
      if (words.length === 0 || words.some((token) => index.has(token))) continue;
      const name = text.slice((run[0] as Token).start, (run[run.length - 1] as Token).end);
      reports.push({
        span: span(run[0] as Token, run[run.length - 1] as Token),
        message: `The headline names ${q(name)}, but the body never mentions it: report it in the body or take it out of the headline.`,
        evidence: { missing: name, part: "object", headline: text },
      });
    }
  }

  if (context.options.figures) {
    for (const figure of parse.figures) {
      if (index.hasNumber(figure)) continue;
      reports.push({
        span: span(figure, figure),
        message: `The headline's figure ${q(figure.text)} is not in the body: give it there with its source, or correct the headline.`,
        evidence: { missing: figure.text, part: "figure", headline: text },
      });
    }
  }
  return reports.sort((a, b) => a.span.start - b.span.start);
}

export const headlineSupportRule = defineRule<HeadlineSupportOptions>({
  meta: {
    id: ID,
    description: "The headline's actors, figures and attributed words are found (and attributed) in the body.",
    defaultSeverity: "warning",
    fixable: false,
    options: HeadlineSupportOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
