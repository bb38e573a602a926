import type { Article, Block } from "@copydesk/core";
import { isPressReleaseWire } from "../lexicon/data.js";
import type { TextScan } from "./scan.js";

/**
 * Is the article a press release? Strong signs decide alone: a press-release wire in the dateline
 * ("/PRNewswire/", "(GLOBE NEWSWIRE)") or in a distributor's tag, a media contact block, a
 * forward-looking-statements section, PR Newswire's closing "SOURCE Company" line, the "###" end
 * mark, or boilerplate that rule-disclaimers marked as contact or safe-harbour text. Weak signs
 * need a second one: an "About Company" block, a stock ticker "(NASDAQ: ACME)", "today announced",
 * a "--" after the dateline.
 */
export interface PressReleaseSigns {
  readonly value: boolean;
  readonly signals: ReadonlyArray<string>;
}

const CONTACT_OPENINGS = [
  "media contact", "media contacts", "media inquiries", "media enquiries", "press contact", "press contacts",
  "press inquiries", "press enquiries", "investor contact", "investor contacts", "investor relations contact",
  "contact:", "contacts:", "for more information, contact", "for further information, contact", "for media inquiries",
];

const SAFE_HARBOUR = ["forward-looking statements", "forward looking statements", "safe harbor statement", "safe harbour statement", "cautionary statement regarding forward"];

const STRONG_CATEGORIES = new Set(["contact", "media-contact", "safe-harbour", "safe-harbor", "forward-looking", "press-release"]);
const WEAK_CATEGORIES = new Set(["about", "company-description"]);

const TICKER = /\((?:NASDAQ|NYSE|NYSE American|TSX|TSXV|TSX-V|LSE|AIM|ASX|OTC|OTCQB|OTCQX|OTC Markets|CSE|NEO|Euronext|FWB|XETRA|NSE|BSE)\s{0,2}:\s{0,2}[A-Z.]{1,8}\)/;

const hasContactDetail = (text: string): boolean => text.includes("@") || /\+?\d[\d ().-]{6,20}\d/.test(text.slice(0, 400));

function blockSignals(block: Block, strong: string[], weak: string[]): void {
  const text = block.text;
  const lower = text.slice(0, 120).toLowerCase();
  const category = block.boilerplate?.category;
  if (category !== undefined && STRONG_CATEGORIES.has(category)) strong.push(`${category} boilerplate`);
  else if (category !== undefined && WEAK_CATEGORIES.has(category)) weak.push(`${category} boilerplate`);
  if (text === "###" || text === "# # #" || text === "-30-" || text === "- 30 -") strong.push(`end mark "${text}"`);
  if (CONTACT_OPENINGS.some((opening) => lower.startsWith(opening)) && hasContactDetail(text)) strong.push("media contact block");
  if (SAFE_HARBOUR.some((heading) => lower.startsWith(heading))) strong.push("forward-looking statements");
  if (/^About \p{Lu}/u.test(text) && (block.kind === "heading" || text.length < 60 || /^About [^.:]{2,60}:/u.test(text))) weak.push(`"${text.slice(0, 40).replace(/:.*$/, "")}" block`);
}

export function pressReleaseSigns(article: Article, scan: TextScan): PressReleaseSigns {
  const strong: string[] = [];
  const weak: string[] = [];
  const agency = scan.dateline?.agency;
  if (agency !== undefined && isPressReleaseWire(agency.name)) strong.push(`${agency.name} in the dateline`);
  for (const item of scan.items) {
    if (item.label === "provider tag" && item.field === "credit" && isPressReleaseWire(item.value)) strong.push(`${item.value} in the provider tag`);
    if (item.label === "press-release source") strong.push(`"SOURCE ${item.value}" line`);
  }
  for (const block of article.blocks) blockSignals(block, strong, weak);
  const opening = article.blocks.find((block) => block.kind === "paragraph" && block.boilerplate === undefined);
  if (opening !== undefined) {
    const head = opening.text.slice(0, 600);
    if (TICKER.test(head)) weak.push("stock ticker in the opening");
    if (/\b(?:today announced|announced today|is pleased to announce|are pleased to announce|is proud to announce|is excited to announce)\b/i.test(head)) {
      weak.push("announcement opening");
    }
    if (scan.dateline !== undefined && scan.dateline.block === opening.index && /^\s?--/.test(opening.text.slice(scan.dateline.end, scan.dateline.end + 4))) {
      weak.push('"--" after the dateline');
    }
  }
  const signals = [...new Set([...strong, ...weak])];
  return { value: strong.length > 0 || new Set(weak).size >= 2, signals };
}
