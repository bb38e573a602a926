// A seeded generator of a syndicated feed for the corpus tests: story paragraphs made of random
// sentences (no two alike), templated market lines that vary in every slot, a known disclaimer the
// processor marks, and two planted footers no library knows, each in a chosen share of the articles.
import { articleFromText, type Article } from "@copydesk/core";
import { processed } from "./articles.js";

/** mulberry32: a small, fast, seeded PRNG (the same feed on every machine). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: ReadonlyArray<T>): T => list[Math.floor(next() * list.length)] as T;

const SUBJECTS = ["The council", "The ministry", "Regional officials", "The port authority", "Farmers", "The central bank", "Union leaders", "The coast guard", "Local traders", "The school board", "Health officials", "The mayor's office", "Residents", "The utility", "Engineers", "The harbour board"];
const VERBS = ["approved", "rejected", "delayed", "reviewed", "expanded", "questioned", "funded", "postponed", "defended", "announced", "criticised", "extended", "revised", "cancelled", "welcomed", "opposed"];
const OBJECTS = ["a plan to widen the coastal road", "new limits on night fishing", "the budget for the ferry service", "a study of winter flooding", "the sale of the old grain terminal", "rules for short-term rentals", "a loan for the water plant", "the merger of two rural clinics", "a tax on cruise passengers", "repairs to the northern breakwater", "a bid to host the regional games", "changes to the bus timetable", "a pilot scheme for electric boats", "the closure of the mine", "wage talks with dock workers", "a ban on plastic packaging"];
const TAILS = ["after a long debate", "despite protests outside", "by a narrow margin", "in a closed session", "for the second time this year", "without explanation", "ahead of the election", "after months of delay", "following complaints from residents", "as costs continued to rise", "to the surprise of many", "under pressure from lenders"];
const PLACES = ["Port Elwyn", "Greyhaven", "Marsden Bay", "Kestrel Point", "Hollow Reach", "Tamsin Ford", "Brackwater", "Ellery Sound"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const INDEXES = ["The FTSE 100", "The Nikkei 225", "The S&P 500", "The DAX", "The CAC 40", "The Hang Seng", "The ASX 200", "The TSX"];
const MOVES = ["rose", "fell", "climbed", "slipped", "edged up", "dropped", "gained", "lost"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const REASONS = ["as investors weighed the latest inflation figures", "as traders digested comments from central bankers", "after weak factory data from China", "on strong earnings from the banks", "as oil prices swung", "ahead of the jobs report", "as bond yields climbed", "after a quiet session"];

function sentence(next: () => number): string {
  const year = 2015 + Math.floor(next() * 10);
  const n = 2 + Math.floor(next() * 400);
  return `${pick(next, SUBJECTS)} in ${pick(next, PLACES)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} ${pick(next, TAILS)}, the ${n}th such decision since ${pick(next, MONTHS)} ${year}.`;
}

const paragraph = (next: () => number): string => [sentence(next), sentence(next), sentence(next)].join(" ");

const marketLine = (next: () => number): string =>
  `${pick(next, INDEXES)} ${pick(next, MOVES)} ${Math.floor(next() * 4)}.${Math.floor(next() * 10)}% on ${pick(next, DAYS)} ${pick(next, REASONS)}.`;

/** A new aggregator's footer, in no library; its date varies from article to article. */
export const footerA = (day: number): string =>
  `Shared on June ${day} through Harbourline Exchange, the network that brings coastal newspapers together in one feed. Stories in this feed come from member papers and travel to every partner site each weekday.`;
/** A rarer footer. */
export const FOOTER_B =
  "Tidewater Syndicate circulates this report to its subscribers along the estuary. Subscribers may reprint it in print and online with the name of the original paper kept in the first line.";
export const MENAFN_FOOTER =
  "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.";

export interface FeedArticle {
  readonly article: Article;
  /** Index of the block holding each planted paragraph, when the article has it. */
  readonly footerA?: number;
  readonly footerB?: number;
  readonly menafn?: number;
  readonly market?: number;
}

export interface FeedOptions {
  readonly articles: number;
  readonly seed?: number;
  /** Shares of the articles carrying each planted paragraph. */
  readonly footerA?: number;
  readonly footerB?: number;
  readonly menafn?: number;
  readonly market?: number;
  /** Share of footer A copies placed inside the story rather than at the end. */
  readonly footerInside?: number;
}

/** Exactly round(share * articles) articles carry a planted paragraph, chosen at random. */
function chosen(next: () => number, articles: number, share: number): Set<number> {
  const order = Array.from({ length: articles }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return new Set(order.slice(0, Math.round(share * articles)));
}

/** A processed feed: what the CLI would hand the corpus builder, article by article. */
export function generateFeed(options: FeedOptions): FeedArticle[] {
  const next = random(options.seed ?? 2025);
  const withA = chosen(next, options.articles, options.footerA ?? 0);
  const withB = chosen(next, options.articles, options.footerB ?? 0);
  const withMenafn = chosen(next, options.articles, options.menafn ?? 0);
  const withMarket = chosen(next, options.articles, options.market ?? 0);
  const feed: FeedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const body = Array.from({ length: 3 + Math.floor(next() * 4) }, () => paragraph(next));
    const paragraphs: string[] = [`${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} (${i})`, ...body];
    const planted: { footerA?: number; footerB?: number; menafn?: number; market?: number } = {};
    if (withMarket.has(i)) {
      paragraphs.splice(2, 0, marketLine(next));
      planted.market = 2;
    }
    if (withA.has(i)) {
      const inside = next() < (options.footerInside ?? 0);
      const at = inside ? 2 : paragraphs.length;
      paragraphs.splice(at, 0, footerA(1 + Math.floor(next() * 28)));
      if (planted.market !== undefined && at <= planted.market) planted.market++;
      planted.footerA = at;
    }
    if (withB.has(i)) {
      planted.footerB = paragraphs.length;
      paragraphs.push(FOOTER_B);
    }
    if (withMenafn.has(i)) {
      planted.menafn = paragraphs.length + 1;
      paragraphs.push("Legal Disclaimer:", MENAFN_FOOTER);
    }
    feed.push({ article: processed(articleFromText(paragraphs, { id: `feed/${i}.txt`, headline: true })), ...planted });
  }
  return feed;
}
