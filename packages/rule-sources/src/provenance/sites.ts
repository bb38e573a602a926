import { foldName, outletNamesForHost } from "../lexicon/data.js";

/** The host of a web address without "www.", lower case; undefined when it is not one. */
export function hostOf(address: string): string | undefined {
  const match = /^(?:https?:)?\/\/([^/?#:\s]{1,253})/i.exec(address.trim()) ?? /^(?:www\.)([^/?#:\s]{1,253})/i.exec(address.trim());
  if (match === null) return undefined;
  return (match[1] as string).toLowerCase().replace(/^www\./, "");
}

const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "news"]);

/** The name part of a host: "northline" for news.northline.example, "bbc" for www.bbc.co.uk. */
export function siteLabel(host: string): string {
  const labels = host.split(".").filter((label) => label.length > 0);
  if (labels.length <= 1) return labels[0] ?? host;
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i] as string)) i--;
  return labels[i] as string;
}

/**
 * True when a web address belongs to the outlet called `name` (northline.example and "Northline News
 * Agency", menafn.com and "MENAFN", apnews.com and "The Associated Press").
 */
export function hostMatchesName(host: string, name: string): boolean {
  const folded = foldName(name);
  if (folded.length === 0) return false;
  if (outletNamesForHost(host).some((known) => foldName(known) === folded)) return true;
  const label = foldName(siteLabel(host));
  if (label.length < 3) return false;
  if (folded === label || folded.startsWith(label) || label.startsWith(folded)) return true;
  // "The Northline Times" and northlinetimes.com: the name without its article.
  const bare = foldName(name.replace(/^the\s+/i, ""));
  return bare.length >= 3 && (label.startsWith(bare) || bare.startsWith(label));
}
