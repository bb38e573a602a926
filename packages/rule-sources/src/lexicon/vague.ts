/**
 * Vague attribution: the words news copy uses to attribute without naming. Written for copydesk
 * from AP and Reuters guidance on attribution and anonymous sources.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Unnamed groups: "critics say", "experts believe", "some observers note". */
export const VAGUE_GROUPS = set(`
  critics observers experts analysts commentators pundits skeptics sceptics detractors opponents supporters
  insiders watchers onlookers sources source others some many most several people insider
`);

/** Group words that only count as vague with a quantifier before them: "some say", "many believe", "most agree". */
export const QUANTIFIER_GROUPS = set(`some many most several others`);

/** Words that only name a group when a quantifier comes first ("many people say"), never alone ("people said"). */
export const NEEDS_QUANTIFIER = set(`people`);

/** Verbs of saying and believing an unnamed group is given. */
export const GROUP_VERBS = set(`
  say says said saying believe believes believed think thinks thought argue argues argued claim claims claimed
  contend contends contended suggest suggests suggested note notes noted warn warns warned fear fears feared
  worry worries worried expect expects expected estimate estimates estimated predict predicts predicted
  agree agrees agreed insist insists insisted maintain maintains maintained speculate speculates speculated
  reckon reckons reckoned allege alleges alleged charge charges charged accuse accuses accused see sees saw
  question questions questioned doubt doubts doubted point points pointed complain complains complained
  describe describes described tell tells told add adds added caution cautions cautioned suspect suspects suspected
  feel feels felt consider considers considered view views viewed call calls called
`);

/** Impersonal passives: "it is widely reported", "it is believed". */
export const IMPERSONAL_VERBS = set(`reported said believed thought claimed alleged rumoured rumored understood feared suggested assumed`);

/** Impersonal passives that only attribute with "that" after them: "it is known that", "it is expected that". */
export const IMPERSONAL_THAT_VERBS = set(`known expected argued accepted held acknowledged estimated`);

/** "X is said to", "X is believed to": a passive with no agent. */
export const PASSIVE_TO_VERBS = set(`said believed thought reported rumoured rumored understood alleged claimed`);

/** "widely seen as", "widely regarded as": vague only with the adverb. */
export const WIDELY_VERBS = set(`seen regarded considered viewed believed thought expected held accepted reported described perceived`);

export const WIDELY_ADVERBS = set(`widely generally commonly broadly often increasingly frequently universally`);

/** "media reports say", "reports suggest", "according to reports". */
export const REPORT_NOUNS = set(`reports report accounts rumours rumors speculation word`);

export const REPORT_QUALIFIERS = set(`media press news local unconfirmed some several many recent earlier initial early various online social`);
