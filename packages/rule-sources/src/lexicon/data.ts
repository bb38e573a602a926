import { readFileSync } from "node:fs";

// The data files live in the package's data/ folder, two levels above both src/lexicon and dist/lexicon.
const dataUrl = (name: string): URL => new URL(`../../data/${name}`, import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataUrl(name), "utf8")) as T;

/** Letters and digits only, lower case: "EIN Presswire" and "EINPresswire" fold alike. */
export const foldName = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

interface PlacesFile {
  readonly countries: ReadonlyArray<string>;
  readonly capitals: ReadonlyArray<string>;
}

interface DistributorsFile {
  readonly distributors: ReadonlyArray<string>;
  readonly pressReleaseWires: ReadonlyArray<string>;
  readonly outletHosts: Readonly<Record<string, ReadonlyArray<string>>>;
}

export interface Places {
  /** Lower-case names, one or several words: "moscow", "united states", "u.s.". */
  readonly names: ReadonlySet<string>;
  readonly capitals: ReadonlySet<string>;
}

let places: Places | undefined;
let distributors: DistributorsFile | undefined;
let distributorKeys: ReadonlySet<string> | undefined;
let wireKeys: ReadonlySet<string> | undefined;

export function shippedPlaces(): Places {
  if (places === undefined) {
    const file = readJson<PlacesFile>("places.json");
    const lower = (list: ReadonlyArray<string>) => list.map((name) => name.toLowerCase());
    places = { names: new Set([...lower(file.countries), ...lower(file.capitals)]), capitals: new Set(lower(file.capitals)) };
  }
  return places;
}

function distributorsFile(): DistributorsFile {
  distributors ??= readJson<DistributorsFile>("distributors.json");
  return distributors;
}

const withoutDomain = (key: string): string => key.replace(/(?:com|net|org)$/, "");

/** True for a syndication distributor or aggregator (MENAFN, EIN Presswire, Yahoo News). */
export function isDistributor(name: string, extra: ReadonlyArray<string> = []): boolean {
  distributorKeys ??= new Set([...distributorsFile().distributors, ...distributorsFile().pressReleaseWires].map(foldName));
  const key = foldName(name);
  if (key.length === 0) return false;
  if (distributorKeys.has(key) || distributorKeys.has(withoutDomain(key))) return true;
  return extra.some((other) => foldName(other) === key);
}

/** True for a press-release wire (PR Newswire, GlobeNewswire, Business Wire). */
export function isPressReleaseWire(name: string): boolean {
  wireKeys ??= new Set(distributorsFile().pressReleaseWires.map(foldName));
  const key = foldName(name);
  return key.length > 0 && (wireKeys.has(key) || wireKeys.has(withoutDomain(key)));
}

/** Names of the outlet behind a well-known web host whose name differs from its domain. */
export function outletNamesForHost(host: string): ReadonlyArray<string> {
  const hosts = distributorsFile().outletHosts;
  for (const [known, names] of Object.entries(hosts)) {
    if (host === known || host.endsWith(`.${known}`)) return names;
  }
  return [];
}
