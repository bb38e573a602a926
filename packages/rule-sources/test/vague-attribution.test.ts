import { ruleTests } from "./helpers/rule-tester.js";
import { vagueAttributionRule } from "../src/index.js";

ruleTests(vagueAttributionRule, {
  valid: [
    // Named, specific sources
    { paragraphs: "The ministry said in a statement that the talks would resume." },
    { paragraphs: "A company spokesperson said the plant would reopen in May." },
    { paragraphs: "Critics of the plan, including Senator Jane Roe, say it will harm fisheries." },
    { paragraphs: "Experts at the World Health Organization believe the outbreak has peaked." },
    { paragraphs: "According to the state Department of Environmental Quality, the review will end in December." },
    { paragraphs: "According to reports in the Financial Times, the deal is close." },
    { paragraphs: "Analysts polled by Reuters expect the bank to hold rates.", options: { allow: ["analysts polled by reuters"] } },
    // The next sentence names the source
    { paragraphs: "Opponents said the plan underestimated truck traffic. “We are not against growth, but nobody has shown us a credible traffic study,” said Tomas Lind, who represents the Eastside Residents’ Association." },
    { paragraphs: ["Critics say the toll is too high.", "Jane Roe, who leads the drivers' union, said it would cost members $400 a year."] },
    // Inside a direct quotation, the quoted speaker owns the words
    { paragraphs: "“Critics say we are moving too fast, but experts believe we are right,” the mayor said." },
    { paragraphs: "“It is widely reported that we will close, and that is false,” said Anna Kovalenko." },
    // Near misses: the words without the vague attribution
    { paragraphs: "The river is a source of drinking water for 2 million people." },
    { paragraphs: "The company reports earnings on Thursday." },
    { paragraphs: "Energy sources will be diversified, the ministry said." },
    { paragraphs: "Some ships left the port before dawn." },
    { paragraphs: "Many residents returned to their homes on Tuesday." },
    { paragraphs: "It is expected to rain on Thursday." },
    { paragraphs: "The virus is known to spread in crowded rooms." },
    { paragraphs: "The bridge was designed by Anna Kovalenko and is said by engineers to be sound." },
    { paragraphs: "Supporters of the plan gathered outside city hall." },
    { paragraphs: "People familiar with the matter said the talks would resume." },
    { name: "a source introduced earlier", paragraphs: "A ministry official, speaking on condition of anonymity, described the plan. The source told Reuters the deal was close." },
    // Boilerplate is not story
    { paragraphs: ["Talks resumed, the ministry said.", "Sources say nothing in this disclaimer is warranted."], boilerplate: [1] },
    // Categories can be turned off
    { paragraphs: "Critics say the project will harm the bay's fisheries.", options: { groups: false } },
    { paragraphs: "The minister reportedly resigned.", options: { reports: false } },
  ],
  invalid: [
    {
      paragraphs: "Critics say the project will harm the bay's fisheries for decades.",
      reports: [{ text: "Critics say", start: 0, end: 11, message: '"Critics say" does not say which critics: name them, or quote one by name and role.', evidence: { category: "groups" } }],
    },
    { paragraphs: "Experts believe the outbreak has peaked.", reports: [{ text: "Experts believe", message: "which experts" }] },
    { paragraphs: "The deal, some observers note, is fragile.", reports: [{ text: "some observers note" }] },
    { paragraphs: "Critics of the plan have long argued that it is too costly.", reports: [{ text: "Critics of the plan have long argued" }] },
    { paragraphs: "Some say the ceasefire will not hold.", reports: [{ text: "Some say", message: '"Some say" does not say who' }] },
    { paragraphs: "Many people believe the election was fair.", reports: [{ text: "Many people believe" }] },
    { paragraphs: "Industry analysts expect prices to fall.", reports: [{ text: "Industry analysts expect" }] },
    {
      paragraphs: "It is widely reported that the minister will resign.",
      reports: [{ text: "It is widely reported", message: '"It is widely reported" does not say who reported it: name who says so, or cut it.', evidence: { category: "impersonal" } }],
    },
    { paragraphs: "It is understood that the talks will resume.", reports: [{ text: "It is understood" }] },
    { paragraphs: "The minister is said to have offered his resignation.", reports: [{ text: "is said to", message: "who says so" }] },
    { paragraphs: "The fire is believed to have started in the kitchen.", reports: [{ text: "is believed to" }] },
    { paragraphs: "The plan is widely seen as a defeat for the mayor.", reports: [{ text: "is widely seen as", message: "by whom" }] },
    {
      paragraphs: "According to reports, the minister will resign.",
      reports: [{ text: "According to reports", message: '"According to reports" does not say whose reports: name the outlet or the document.', evidence: { category: "reports" } }],
    },
    { paragraphs: "The talks stalled, according to unconfirmed media reports.", reports: [{ text: "according to unconfirmed media reports" }] },
    { paragraphs: "Media reports say the minister will resign.", reports: [{ text: "Media reports say" }] },
    { paragraphs: "The minister reportedly resigned on Tuesday.", reports: [{ text: "reportedly", message: '"reportedly" does not say who reported it: name the outlet or the document.' }] },
    {
      paragraphs: "A source said the talks would resume.",
      reports: [{ text: "A source said", message: '"A source said" does not say who the source is: identify the source, or say why they cannot be named and how they know.', evidence: { category: "sources" } }],
    },
    { paragraphs: "Sources say the deal is close.", reports: [{ text: "Sources say" }] },
    { name: "a passive with a name is no named speaker", paragraphs: "Some observers note that the Fed chair is expected to resign.", reports: [{ text: "Some observers note" }] },
    { paragraphs: "The deal is close, according to a source.", reports: [{ text: "according to a source" }] },
    { paragraphs: "According to experts, the bridge is unsafe.", reports: [{ text: "According to experts", message: "which experts" }] },
    {
      name: "the next sentence does not resolve it when the option is off",
      options: { resolveWithNextSentence: false },
      paragraphs: "Opponents said the plan underestimated truck traffic. “We are not against growth,” said Tomas Lind.",
      reports: [{ text: "Opponents said" }],
    },
    {
      name: "a source on the record for something else does not resolve it",
      paragraphs: ["Critics say the toll is too high.", "The toll road opened in 2019."],
      reports: [{ block: 0, text: "Critics say" }],
    },
    {
      name: "anonymous: qualified anonymous sources when asked",
      options: { anonymous: true },
      paragraphs: "People familiar with the matter said the talks would resume, speaking on condition of anonymity.",
      reports: [
        { text: "People familiar with the matter", message: '"People familiar with the matter" is an anonymous source: say why the source is not named and how they know.' },
        { text: "on condition of anonymity" },
      ],
    },
    { name: "extraGroups: a desk that wants officials named", options: { extraGroups: ["officials"] }, paragraphs: "Officials say the port will reopen.", reports: [{ text: "Officials say" }] },
    {
      name: "two in one paragraph",
      paragraphs: "Critics say the plan is too costly. Supporters argue it will pay for itself.",
      reports: [{ text: "Critics say" }, { text: "Supporters argue" }],
    },
  ],
});
