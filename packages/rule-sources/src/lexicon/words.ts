/**
 * Closed word classes the attribution and claim scanners need. Written for copydesk from news
 * style practice (AP, Reuters); every list is lower case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`
  the a an this that these those his her its their our my your some any no each every another such
  several many most few both all either neither certain various other
`);

export const PRONOUNS = set(`he she they it we i you who him them us one`);

/** Words that sit between a speaker and the verb without changing who speaks: "has", "also", "later". */
export const AUXILIARIES = set(`
  has have had is was are were be been will would could may might must shall should can did does do
  also again then already still now once first further repeatedly publicly privately openly formally
  initially reportedly separately quickly immediately long often frequently consistently previously
  later earlier recently subsequently afterwards afterward since not never just even too finally
`);

/** Time words with no anchor: "Trump later commented" says neither where nor when. */
export const VAGUE_TIME = set(`later earlier recently previously once subsequently afterwards afterward since formerly`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that anchor a remark in time. */
export const TIME_ANCHORS = set(`today yesterday tonight overnight weekend`);

/** Prepositions and conjunctions that open a clause or a phrase; never part of a speaker's name. */
export const CLAUSE_OPENERS = set(`
  with and but or as while after before because although though when whereas if since so yet nor
  that which where whom whose than for from in on at by of to into about against among amid despite
  during over under via without within through
`);

/**
 * Nouns for an organisation, an office or a role: a speaker so described is identifiable
 * ("the ministry said", "a company spokesperson said").
 */
export const ORGANISATION_NOUNS = set(`
  ministry ministries department government governments administration office agency agencies company companies
  firm firms group board council committee commission court courts tribunal parliament assembly senate congress
  cabinet army military navy police force forces authority authorities regulator regulators bank banks
  union unions party parties embassy consulate mission secretariat presidency palace university
  institute institution foundation organisation organization federation association coalition alliance
  league club team hospital prosecutor prosecutors spokesperson spokesman spokeswoman spokespeople spokespersons
  official officials minister ministers president prime premier chancellor secretary governor mayor senator
  representative lawmaker lawmakers legislator legislators chair chairman chairwoman chief director directors
  executive executives ceo cfo manager managers owner owners operator operators engineer engineers adviser
  advisers advisor advisors aide aides ambassador envoy diplomat general commander commanders officer officers
  investigators inspector inspectors judge judges attorney lawyer lawyers counsel prosecution defence defense
  sheriff coroner auditor auditors watchdog
`);

/**
 * People described by what they are, not who: an editor accepts "residents said" from a reporter on
 * the scene, so these count as an attribution, but none of them names a source.
 */
export const PEOPLE_NOUNS = set(`
  residents witnesses protesters demonstrators workers employees staff parents students teachers doctors nurses
  farmers fishermen drivers passengers survivors victims families relatives neighbours neighbors locals voters
  shoppers customers investors traders dealers bankers economists scientists researchers historians
  lawmakers legislators members volunteers activists campaigners organisers organizers rescuers firefighters
  soldiers troops villagers citizens users viewers fans players
`);

/** Nouns for documents and data: "the report found", "figures show". */
export const DOCUMENT_NOUNS = set(`
  report reports study studies survey surveys poll polls data figures statistics census filing filings document
  documents records letter letters memo memos statement release analysis review audit assessment estimate
  estimates index research paper papers ruling judgment judgement indictment complaint lawsuit transcript
  minutes budget accounts forecast forecasts projections model
`);

/**
 * Verbs for the act of a named body that is itself the source of a figure in the same sentence:
 * "The board voted 5-2 to approve a $240 million expansion".
 */
export const ACT_VERBS = set(`
  vote votes voted voting approve approves approved approving pass passes passed adopt adopts adopted
  agree agrees agreed sign signs signed award awards awarded allocate allocates allocated budget budgets budgeted
  pay pays paid spend spends spent invest invests invested raise raises raised cut cuts cutting set sets
  fine fines fined order orders ordered sell sells sold buy buys bought acquire acquires acquired
  borrow borrows borrowed lend lends lent hire hires hired lay lays laid earn earns earned post posts posted
  report reports reported book books booked win wins won lose loses lost offer offers offered bid bids
  pledge pledges pledged grant grants granted levy levies levied charge charges charged sentence sentences sentenced
  release releases released publish publishes published announce announces announced unveil unveils unveiled
  issue issues issued propose proposes proposed seek seeks sought request requests requested
`);

/** Verbs that attribute a finding to a document or data: "the survey found", "figures showed". */
export const DOCUMENT_VERBS = set(`
  show shows showed shown find finds found conclude concludes concluded reveal reveals revealed indicate indicates
  indicated put puts list lists listed record records recorded count counts counted
`);

/** Verbs of belief an unnamed group is said to hold: "experts believe", "critics fear". */
export const OPINION_VERBS = set(`
  believe believes believed think thinks thought fear fears feared expect expects expected worry worries worried
  suspect suspects suspected speculate speculates speculated reckon reckons reckoned agree agrees agreed doubt
  doubts doubted question questions questioned feel feels felt see sees saw consider considers considered
  contend contends contended charge charges charged complain complains complained
`);

/** Venues that place a remark: "in a statement", "at a news conference", "on X". */
export const VENUE_NOUNS = set(`
  statement interview post posts speech address letter briefing conference call news press release tweet
  video broadcast podcast op-ed column blog email e-mail message filing testimony hearing meeting session summit
  rally debate event forum report memo note remarks appearance session sitting visit meeting
`);

export const VENUE_MEDIA = set(`
  x twitter facebook telegram instagram tiktok youtube linkedin truth television tv radio air camera
`);

/** Verbs of a market's move: "Shares of Apple fell 2%", "Brent crude rose 3%" (the market is the source). */
export const MARKET_VERBS = set(`
  rose rise rises rising fell fall falls falling climbed climb climbs dropped drop drops gained gain gains lost slipped
  slip slips jumped jump jumps surged surge surges plunged plunge plunges edged edge edges traded trade trades closed
  close closes opened open opens ended end ends tumbled tumble tumbles rallied rally rallies sank sink sinks soared
  soar soars slumped slump slumps firmed eased ease eases advanced declined decline declines
  up down higher lower flat steady unchanged
`);

/** What moves in a market report. */
export const MARKET_NOUNS = set(`
  shares share stock stocks index indexes indices bonds bond yields yield futures dollar euro yen sterling pound rouble
  ruble hryvnia yuan oil crude brent wti gold silver copper wheat corn soybeans bitcoin benchmark dow nasdaq ftse dax
  nikkei stoxx hang seng kospi sensex cac bourse exchange market markets currency
`);

/** Places whose size is a description, not a claim: "a city of 1.4 million", "a country of 44 million people". */
export const PLACE_NOUNS = set(`city town country nation region village state province island capital metropolis district area`);
