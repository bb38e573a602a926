import { ruleDocsUrl } from "@copydesk/core";
import { describe, expect, it } from "vitest";
import { unattributedClaimRule } from "../src/index.js";
import { ruleTests, runRule } from "./helpers/rule-tester.js";

describe("sources/unattributed-claim meta", () => {
  it("warns by default, is not fixable and links its docs page", () => {
    expect(unattributedClaimRule.meta).toMatchObject({ id: "sources/unattributed-claim", defaultSeverity: "warning", fixable: false });
    expect(unattributedClaimRule.meta.docsUrl).toBe(ruleDocsUrl("sources/unattributed-claim"));
  });
});

ruleTests(unattributedClaimRule, {
  valid: [
    // Properly attributed figures
    { paragraphs: "Unemployment rose to 7.2% in March, the Labor Department said on Friday." },
    { paragraphs: "The ministry said in a statement that 35 people were killed in the strike." },
    { paragraphs: "According to the state Department of Environmental Quality, the review is expected to be completed by the end of the year." },
    { paragraphs: "A state environmental review is expected to be completed by the end of the year, according to the state Department of Environmental Quality." },
    { paragraphs: "Data from the Labor Department showed that prices rose 3.1% in the year to May." },
    { paragraphs: "The report found that 40% of residents lacked clean water." },
    { paragraphs: "Russia launched 35 drones overnight, Ukraine's air force said." },
    { paragraphs: "The company's shares rose 4% after it said profits had doubled." },
    { name: "an unnamed spokesperson of a named organisation", paragraphs: "A Greyhaven spokesperson said the terminal would handle 2 million containers a year." },
    { name: "an unnamed company spokesperson", paragraphs: "A company spokesperson said the plant would create about 900 jobs." },
    { paragraphs: "The terminal operator, Greyhaven Logistics, said in a statement that construction would begin in the spring and create about 900 jobs." },
    { paragraphs: "City engineer Priya Raman told the board the dredging would be done in two phases." },
    { paragraphs: "Prosecutors allege that the company hid $40 million in losses." },
    { paragraphs: "Economists polled by Reuters expect inflation to ease to 2.4% next year, said the survey's author, Ann Lee." },

    // A named body's own act is the source of its figures
    { paragraphs: "The Port Elwyn Harbor Board voted 5-2 on Tuesday to approve a $240 million expansion of the city's container terminal." },
    { paragraphs: "Port Elwyn's harbor board has approved a $240 million container terminal expansion after a two-year fight over dredging." },
    { paragraphs: "The central bank raised its key rate by 50 basis points to 7.5%." },
    { paragraphs: "Parliament approved a budget of 1.2 trillion hryvnias on Thursday." },
    // A market's move is reported from market data
    { paragraphs: "Brent crude futures were up 85 cents, or 1.3%, at $65.48 a barrel by 1000 GMT." },
    { paragraphs: "Shares of Greyhaven Logistics fell 4.2% in early trading." },

    // Claims inside quotations belong to the quoted speaker
    { paragraphs: "“The project will cost $3 billion and it will pay for itself within twelve years,” said Mayor Jane Roe." },
    { paragraphs: "“They deliberately targeted civilians in a bid to terrorise the city,” the governor said." },
    { paragraphs: "Brenner said: “The numbers in this plan are three years old, and the alleged savings of 40% are fiction.”" },
    { name: "a quotation running on from the paragraph before", paragraphs: ["“We will rebuild,” she said.", "“The war has killed 10,000 people and it will cost $500 billion to rebuild."] },

    // The sentence before carries the attribution
    { paragraphs: "The ministry said on Monday that the strike hit a power station. It killed 12 people and left 40,000 homes without power." },
    { paragraphs: ["“We will not leave,” said Olena Petrenko, 42.", "Her village has lost 30 residents since the spring."] },
    { name: "a figure sourced earlier in the story", paragraphs: ["The ministry said 14 vessels were waiting.", "Ice slowed the work.", "By Tuesday, all 14 vessels had left."] },

    // Not figures: years, dates, times, ages, tallies, labels, durations, measurements
    { paragraphs: "The talks resumed on Thursday, 14 months after they broke down." },
    { paragraphs: "The agreement was signed in 2022 and runs until 2030." },
    { paragraphs: "Flight 17 left at 9:30 a.m. from Gate 12 on June 3." },
    { paragraphs: "Jane Roe, 57, has run the shelter for 12 years." },
    { paragraphs: "The court ruled 6-3 that Section 230 of the law still applies." },
    { paragraphs: "The Boeing 737 landed safely on a 3,000-metre runway." },
    { paragraphs: "The talks mark the first direct contact between Moscow and Kyiv since 2022." },
    { paragraphs: "The convoy travelled 30 miles before dawn." },
    { paragraphs: "Two dissenting members walked out of the meeting." },

    // Not allegations: the legal process names the accuser
    { paragraphs: "Police said the alleged gunman was arrested at the scene." },
    { paragraphs: "He was charged with fraud over the alleged scheme, court filings show." },
    { paragraphs: "The alleged bribes are at the heart of the indictment unsealed on Monday." },
    { paragraphs: "The abuse alleged by prosecutors took place over a decade." },

    // Not motives or forecasts
    { paragraphs: "The council voted in favor of the plan." },
    { paragraphs: "Lawmakers rejected the amendment and then voted in favor of the bill." },
    { paragraphs: "The city closed the road in order to repair it." },
    { paragraphs: "The talks will resume on Thursday in Istanbul." },
    { paragraphs: "The bridge is set to reopen in May." },
    { paragraphs: "The hearing is due to start at noon." },

    // Attributed with a venue or date
    { paragraphs: "Trump said on Tuesday that the tariffs would cost Americans nothing." },
    { paragraphs: "Trump later told reporters that the tariffs would cost Americans nothing." },
    { paragraphs: "Trump later wrote on Truth Social that the tariffs would cost Americans nothing." },
    { paragraphs: "Ukrainian President Volodymyr Zelenskyy initially responded by expressing his willingness to participate in person, but insisted Putin also attend." },
    { paragraphs: "Russian Foreign Minister Sergey Lavrov, commenting on Western support for Kyiv, warned that even if Zelenskyy were replaced, the underlying nature of Ukraine’s current political regime would persist." },
    { name: "an institution that stands for an office", paragraphs: "The Kremlin said Putin would not attend the talks." },
    { name: "a country's denial of a thing, with no claim in it", paragraphs: "Russia denies the allegations." },

    // A vague attribution is sources/vague-attribution's finding
    { paragraphs: "Critics say the project will harm the bay's fisheries for decades." },
    { paragraphs: "The plan is widely expected to fail, according to reports." },

    // Boilerplate and provenance lines are not story
    { paragraphs: ["Prices rose 5%, the agency said.", "Legal Disclaimer: MENAFN expects 40% growth and will harm no one."], boilerplate: [1] },
    { paragraphs: ["Talks resumed, officials said.", "Source: Northline News, which reported 12 deaths."] },

    // A passive names its speaker after "by"
    { paragraphs: "A budget of $3 billion was announced by the finance ministry on Monday." },
    // A press release is its issuer's statement
    {
      name: "a press release",
      paragraphs: ["Acme reports record output", "VANCOUVER, May 3, 2025 /PRNewswire/ -- Acme Mining Corp. produced a record 40,000 ounces of gold.", "SOURCE Acme Mining Corp."],
      headline: true,
    },
    // Options
    { paragraphs: "Unemployment rose to 7.2% in March.", options: { figures: false } },
    { paragraphs: "Washington has said it will not send troops.", options: { countryAsSource: false } },
    { paragraphs: "Trump later said the tariffs would cost Americans nothing.", options: { undatedRemarks: false } },
    { paragraphs: "The ministry said on Monday the strike hit a power station. It killed 12 people.", options: { lookBehind: 1 } },
  ],
  invalid: [
    {
      paragraphs: "Unemployment rose to 7.2% in March.",
      reports: [{ text: "Unemployment rose to 7.2% in March.", message: 'The figure "7.2%" has no source: say where it comes from (a named source, a report or data).', evidence: { kinds: ["figure"] } }],
    },
    {
      paragraphs: "The war has killed more than 10,000 civilians.",
      reports: [{ message: 'The figure "more than 10,000 civilians" has no source: say where it comes from (a named source, a report or data).' }],
    },
    {
      paragraphs: "Russia launched 35 drones overnight.",
      reports: [{ text: "Russia launched 35 drones overnight.", message: '"35 drones"' }],
    },
    {
      paragraphs: "Thousands of residents fled the city overnight.",
      reports: [{ message: '"Thousands of residents"' }],
    },
    {
      paragraphs: "The project costs $3 billion a year.",
      reports: [{ message: '"$3 billion"' }],
    },
    {
      name: "several figures in one finding",
      paragraphs: "Food prices rose 5% in May and wages 3%.",
      reports: [{ message: 'The figures "5%" and "3%" have no source: say where they come from (a named source, a report or data).', evidence: { kinds: ["figure"] } }],
    },
    {
      paragraphs: "The minister allegedly took bribes from contractors.",
      reports: [{ message: '"allegedly took" names no one alleging it: attribute it to a named source, or cut it.', evidence: { kinds: ["allegation"] } }],
    },
    {
      paragraphs: "The company has been accused of hiding losses.",
      reports: [{ message: '"been accused of hiding" names no one alleging it' }],
    },
    {
      paragraphs: "The company cut prices in a bid to win back customers.",
      reports: [{ message: 'The motive "in a bid to win back customers" is stated as fact: attribute it to a named source, or cut it.' }],
    },
    {
      paragraphs: "Officials deliberately delayed the report.",
      reports: [{ message: 'The motive "deliberately delayed" is stated as fact: attribute it to a named source, or cut it.' }],
    },
    {
      paragraphs: "The new rules will harm small businesses.",
      reports: [{ message: 'The forecast "will harm small businesses" is stated as fact: attribute it to a named source, or cut it.' }],
    },
    {
      paragraphs: "The plan is expected to fail.",
      reports: [{ message: 'The forecast "is expected to fail" is stated as fact: attribute it to a named source, or cut it.' }],
    },
    {
      name: "the seed's motive sentence, the second of its paragraph",
      paragraphs:
        "The talks mark the first direct contact between Moscow and Kyiv since 2022. That year’s negotiations produced a draft agreement offering Ukraine security guarantees in return for neutrality and military limitations—terms that Kyiv ultimately rejected in favor of continued conflict with Western backing.",
      reports: [
        {
          start: 76,
          text: "That year’s negotiations produced a draft agreement offering Ukraine security guarantees in return for neutrality and military limitations—terms that Kyiv ultimately rejected in favor of continued conflict with Western backing.",
          message: 'The motive "in favor of continued conflict" is stated as fact: attribute it to a named source, or cut it.',
        },
      ],
    },
    {
      name: "a capital for a speaker",
      paragraphs: "Washington has said it will not send troops.",
      reports: [{ message: '"Washington has said" gives a capital, not a person or body, as the source: name the official or body who said it, and where.', evidence: { kinds: ["country"], attribution: "Washington" } }],
    },
    {
      name: "a country's denial that puts words in its mouth",
      paragraphs: "Russia has denied that its troops were there.",
      reports: [{ message: '"Russia has denied" gives a country, not a person or body, as the source' }],
    },
    {
      name: "a country for a speaker, in a clause",
      paragraphs: "Putin recently proposed restarting peace discussions, with the U.S. acknowledging that such talks are a logical next step toward brokering a ceasefire.",
      reports: [{ message: '"the U.S. acknowledging" gives a country, not a person or body, as the source' }],
    },
    {
      name: "a remark with no venue or date",
      paragraphs: "Trump later said the tariffs would cost Americans nothing.",
      reports: [{ message: '"Trump later said" gives no venue or date for this claim: say where and when Trump said it.', evidence: { kinds: ["undated remark", "prediction"], time: "later" } }],
    },
    {
      name: "a capital for a speaker and an allegation nobody makes",
      paragraphs: "Moscow has reiterated that its core objectives remain unchanged: a durable peace must address the root causes of the war, including Ukraine’s NATO ambitions and alleged mistreatment of ethnic Russians.",
      reports: [{ message: ['"Moscow has reiterated" gives a capital', '"alleged mistreatment" names no one alleging it'], evidence: { kinds: ["country", "allegation"] } }],
    },
    { name: "a passive without its speaker", paragraphs: "A budget of $3 billion was announced on Monday.", reports: [{ message: '"$3 billion"' }] },
    {
      name: "pressReleases: true checks releases too",
      options: { pressReleases: true },
      headline: true,
      paragraphs: ["Acme reports record output", "VANCOUVER, May 3, 2025 /PRNewswire/ -- Acme Mining Corp. produced a record 40,000 ounces of gold.", "SOURCE Acme Mining Corp."],
      reports: [{ text: "Acme Mining Corp. produced a record 40,000 ounces of gold.", message: 'The figure "40,000 ounces" has no source' }],
    },
    {
      name: "attribution does not carry over when lookBehind is 0",
      paragraphs: "The ministry said on Monday the strike hit a power station. It killed 12 people.",
      options: { lookBehind: 0 },
      reports: [{ text: "It killed 12 people." }],
    },
    {
      name: "a sentence after boilerplate is still checked; the boilerplate is not",
      paragraphs: ["Legal Disclaimer: the provider expects 40% growth.", "Prices will soar by 40%."],
      boilerplate: [0],
      reports: [{ block: 1, text: "Prices will soar by 40%." }],
    },
  ],
});

describe("sources/unattributed-claim severity", () => {
  it("reports at the configured severity", () => {
    const { reports } = runRule(unattributedClaimRule, { paragraphs: "The plan is expected to fail.", configured: "error" });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.severity).toBeUndefined();
  });
});
