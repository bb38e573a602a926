import { type Article, defineRule, type RuleContext, type RuleReport, ruleDocsUrl } from "@copydesk/core";
import { DanglingReferenceOptions } from "../options.js";
import { type Provenance, provenanceOf } from "../provenance/record.js";
import { type Token, tokenize } from "../text/tokens.js";
import { q } from "./where.js";

const ID = "sources/dangling-reference";

/** What "the ... above" can point at: a person (needs a byline) or an outlet (needs a credit). */
const AUTHOR_NOUNS = new Set(["author", "authors", "writer", "writers", "contributor", "contributors", "reporter", "journalist"]);
const PROVIDER_NOUNS = new Set([
  "provider", "providers", "publisher", "publishers", "source", "sources", "company", "issuer", "originator", "owner",
  "sender", "organisation", "organization", "distributor", "agency", "outlet", "licensor", "party", "copyright",
]);
/** Words between the article and the noun ("the content provider above") or the noun and "above" ("the provider named above"). */
const BEFORE_NOUN = new Set(["content", "original", "news", "copyright", "respective", "relevant", "information", "article", "story"]);
const AFTER_NOUN = new Set(["named", "listed", "mentioned", "credited", "cited", "identified", "indicated", "shown", "given", "stated", "holder", "owner"]);
const DETERMINERS = new Set(["the", "its", "this", "that", "their"]);

const ABOVE = /above|aforementioned/i;

interface Reference {
  readonly start: number;
  readonly end: number;
  readonly noun: string;
  readonly role: "author" | "provider";
}

/** "the provider above", "the content provider named above", "the above-mentioned author", "the aforementioned provider". */
function findReferences(text: string, extra: ReadonlySet<string>): Reference[] {
  // In any case: a test on the block as written, where a lower-case copy per block would cost more.
  if (!ABOVE.test(text)) return [];
  const tokens = tokenize(text);
  const roleOf = (token: Token | undefined): Reference["role"] | undefined => {
    if (token === undefined || token.kind !== "word") return undefined;
    if (AUTHOR_NOUNS.has(token.key)) return "author";
    if (PROVIDER_NOUNS.has(token.key) || extra.has(token.key)) return "provider";
    return undefined;
  };
  const found: Reference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "the provider above", "the provider named above"
    if (token.key === "above") {
      // "the source above the dam" is a place, not a reference.
      const after = tokens[i + 1];
      if (after !== undefined && after.kind !== "punct" && (DETERMINERS.has(after.key) || after.key === "a" || after.key === "an" || after.capitalised || after.kind === "number")) continue;
      let n = i - 1;
      if (AFTER_NOUN.has(tokens[n]?.key ?? "")) n--;
      const role = roleOf(tokens[n]);
      if (role === undefined) {
        // "the above provider"
        const after = roleOf(tokens[i + 1]);
        if (after !== undefined && DETERMINERS.has(tokens[i - 1]?.key ?? "")) {
          found.push({ start: (tokens[i - 1] as Token).start, end: (tokens[i + 1] as Token).end, noun: (tokens[i + 1] as Token).key, role: after });
        }
        continue;
      }
      let first = n;
      while (first > 0 && first > n - 3 && BEFORE_NOUN.has((tokens[first - 1] as Token).key)) first--;
      if (first > 0 && DETERMINERS.has((tokens[first - 1] as Token).key)) first--;
      found.push({ start: (tokens[first] as Token).start, end: token.end, noun: (tokens[n] as Token).key, role });
      continue;
    }
    // "the above-mentioned author", "the aforementioned provider"
    if (token.key === "above-mentioned" || token.key === "above-named" || token.key === "aforementioned") {
      const role = roleOf(tokens[i + 1]);
      if (role === undefined) continue;
      const first = DETERMINERS.has(tokens[i - 1]?.key ?? "") ? i - 1 : i;
      found.push({ start: (tokens[first] as Token).start, end: (tokens[i + 1] as Token).end, noun: (tokens[i + 1] as Token).key, role });
    }
  }
  return found;
}

/** What the text above block `block` names: writers (bylines) and outlets (credits, agencies, provider tags). */
function namedAbove(record: Provenance, block: number): { authors: string[]; outlets: string[] } {
  const above = (value: { span?: { block: number } }) => value.span !== undefined && value.span.block < block;
  return {
    authors: [...record.authors.filter(above), ...record.bylines.filter(above)].map((value) => value.value),
    outlets: record.credits.filter(above).map((value) => value.value),
  };
}

function check(article: Article, context: RuleContext<DanglingReferenceOptions>): RuleReport[] {
  const extra = new Set(context.options.nouns.map((noun) => noun.toLowerCase()));
  const reports: RuleReport[] = [];
  let record: Provenance | undefined;
  for (const block of article.blocks) {
    if (block.kind === "headline") continue;
    for (const reference of findReferences(block.text, extra)) {
      record ??= provenanceOf(article);
      const named = namedAbove(record, block.index);
      const satisfied = reference.role === "author" ? named.authors.length > 0 : named.outlets.length + named.authors.length > 0;
      if (satisfied) continue;
      const phrase = block.text.slice(reference.start, reference.end);
      const message =
        reference.role === "author"
          ? `${q(phrase)} points the reader to an author, but no byline above names one: add the byline, or change the reference.`
          : `${q(phrase)} points the reader to a ${reference.noun.replace(/s$/, "")}, but nothing above names one: credit the originating outlet above the story, or change the reference.`;
      reports.push({
        span: { block: block.index, start: reference.start, end: reference.end },
        message,
        evidence: { reference: phrase, role: reference.role, boilerplate: block.boilerplate?.category ?? null },
      });
    }
  }
  return reports;
}

export const danglingReferenceRule = defineRule<DanglingReferenceOptions>({
  meta: {
    id: ID,
    description: "Boilerplate or text that points at \"the provider above\" or \"the author above\" when nothing above names one.",
    defaultSeverity: "warning",
    fixable: false,
    options: DanglingReferenceOptions,
    docsUrl: ruleDocsUrl(ID),
  },
  check,
});
