// Words the generator builds articles from. People and organisations are fictional, except the
// Ukrainian places and public figures whose spelling the names rules check.

/** Spellings the house style replaces (AP), with the spelling it wants: what the corpus plants. */
export const NAME_VARIANTS = [
  { variant: "Kiev", preferred: "Kyiv" },
  { variant: "Odessa", preferred: "Odesa" },
  { variant: "Kharkov", preferred: "Kharkiv" },
  { variant: "Lvov", preferred: "Lviv" },
  { variant: "Nikolaev", preferred: "Mykolaiv" },
  { variant: "Nikolayev", preferred: "Mykolaiv" },
  { variant: "Zaporozhye", preferred: "Zaporizhzhia" },
  { variant: "Zaporizhia", preferred: "Zaporizhzhia" },
  { variant: "Lugansk", preferred: "Luhansk" },
  { variant: "Chernigov", preferred: "Chernihiv" },
  { variant: "Donbass", preferred: "Donbas" },
  { variant: "Swaziland", preferred: "Eswatini" },
  { variant: "Bombay", preferred: "Mumbai" },
  { variant: "Madras", preferred: "Chennai" },
  { variant: "Calcutta", preferred: "Kolkata" },
  { variant: "Peking", preferred: "Beijing" },
  { variant: "Burma", preferred: "Myanmar" },
];

/** Ukrainian places written as house style wants them (most mentions in a story are correct). */
export const PLACES = ["Kyiv", "Odesa", "Kharkiv", "Lviv", "Mykolaiv", "Zaporizhzhia", "Luhansk", "Chernihiv", "Dnipro", "Poltava", "Donbas"];

/** Places abroad that buy the grain and steel, some with older names a house style replaces. */
export const PLACES_ABROAD = ["Mumbai", "Chennai", "Kolkata", "Beijing", "Myanmar", "Eswatini", "Istanbul", "Alexandria", "Rotterdam"];

/**
 * Uses of a variant spelling that are not house-style errors: a dish, a club, an institution,
 * another place of the same name. A careful checker leaves them alone; a word list flags them.
 */
export const NAME_TRAPS = [
  { text: "chicken Kiev", variant: "Kiev", offset: 8 },
  { text: "Dynamo Kiev", variant: "Kiev", offset: 7 },
  { text: "the Bombay Stock Exchange", variant: "Bombay", offset: 4 },
  { text: "Peking University", variant: "Peking", offset: 0 },
  { text: "the Burma Road", variant: "Burma", offset: 4 },
  { text: "Odessa, Texas", variant: "Odessa", offset: 0 },
  { text: "the Madras High Court", variant: "Madras", offset: 4 },
];

export const FIRST_NAMES = [
  "Anna", "Marta", "Olena", "Iryna", "Sofia", "Daria", "Priya", "Helen", "Grace", "Ruth", "Nadia", "Lena", "Clara",
  "Taras", "Mykola", "Andriy", "Oleh", "Bohdan", "Tomas", "Pavel", "Daniel", "Samuel", "Hugo", "Marcus", "Felix", "Jonas",
];
export const SURNAMES = [
  "Kovalenko", "Bondar", "Shevchuk", "Melnyk", "Tkachenko", "Kravets", "Lysenko", "Hrytsenko", "Marchenko", "Savchuk",
  "Castell", "Brenner", "Adeyemi", "Lindqvist", "Okafor", "Raman", "Halloran", "Moreau", "Varga", "Novak", "Fischer",
  "Duarte", "Whitcombe", "Petrenko", "Romaniuk", "Ostrowski", "Keane", "Vasquez", "Haddad", "Sorensen",
];
export const ROLES = [
  "the port director", "a regional governor", "the deputy energy minister", "an economist at Northbank", "the mayor",
  "the head of the grain traders' association", "a spokesperson for the rail operator", "the city engineer",
  "the chair of the harbour board", "a senior analyst at Eastgate Capital", "the agriculture minister",
];
export const ORGANISATIONS = [
  "the agriculture ministry", "the state rail operator", "the national energy company", "the port authority",
  "the central bank", "the grain traders' association", "the regional administration", "the shipping insurer Lloydmark",
];
export const OUTLETS = ["Northline News Agency", "Eastern Wire", "Harbour Press Service", "Danube Newsroom", "Coastline Media"];
export const AGGREGATORS = ["MENAFN", "EIN Presswire", "NewsHub Daily", "Wirefeed Online"];

export const TOPICS = [
  { noun: "grain exports", unit: "tonnes", verbUp: "rose", verbDown: "fell" },
  { noun: "electricity imports", unit: "megawatts", verbUp: "increased", verbDown: "dropped" },
  { noun: "container traffic", unit: "containers", verbUp: "climbed", verbDown: "slipped" },
  { noun: "rail freight", unit: "wagons", verbUp: "grew", verbDown: "declined" },
  { noun: "steel output", unit: "tonnes", verbUp: "recovered", verbDown: "contracted" },
  { noun: "fuel deliveries", unit: "litres", verbUp: "picked up", verbDown: "eased" },
];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const DISCLAIMER = (provider, quotes) =>
  `${provider} provides this news content ${quotes ? "“as is”" : '"as is"'} without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.`;

/** A footer one aggregator adds to many stories: the kind of boilerplate a feed-wide pass must learn. */
export const PLANTED_FOOTER =
  "Wirefeed Online republishes regional business news under licence from its partner agencies. Reproduction of this story in any medium requires written permission from the originating agency and from Wirefeed Online.";

/** A footer only a handful of stories carry: too rare to be learned as boilerplate. */
export const RARE_FOOTER =
  "Readers of the Coastline Media morning briefing can send corrections and tips to the regional desk, which reviews every message before the next edition goes out.";
