import { describe, expect, it } from 'vitest';
import {
  cleanSummary,
  daySummary,
  happeningScore,
  HAPPENING_RULES,
  PREFIX_RULES,
  REJECT_RULES,
} from '../../src/timeline/index.js';
import { CAPTION_RULES, isCaption } from '../../src/timeline/day-summary.js';

describe('cleanSummary', () => {
  for (const rule of PREFIX_RULES) {
    it(`cuts the ${rule.name} prefix off: ${rule.example}`, () => {
      const clean = cleanSummary(rule.example);
      expect(clean).not.toBeNull();
      expect(clean!.length).toBeLessThan(rule.example.length);
      expect(rule.example.endsWith(clean!)).toBe(true);
    });
  }

  for (const rule of REJECT_RULES) {
    it(`rejects ${rule.name}: ${rule.example}`, () => {
      expect(rule.pattern.test(rule.example)).toBe(true);
      expect(cleanSummary(rule.example)).toBeNull();
    });
  }

  it('keeps a plain sentence about the day as it is', () => {
    const text = 'BP said on Thursday that its cap had stopped the oil flowing into the Gulf of Mexico.';
    expect(cleanSummary(text)).toBe(text);
  });

  it('rejects a report cut from what was reported, and keeps the report with it (t17_bpoil, t17_h1n1)', () => {
    for (const text of [
      'The Health Ministry said on Wednesday.',
      'A NOAA spokeswoman said last night',
      "Italy's prime minister, Silvio Berlusconi, yesterday announced",
    ])
      expect(cleanSummary(text)).toBeNull();
    for (const text of [
      'The Health Ministry said on Wednesday that two more people had died of the flu.',
      'U.S. forecasters said on Monday the oil could reach the Alabama coast this week.',
      'Officials said, as the storm neared, that the rigs would be evacuated.',
      'A fourth death in Mexico City was reported on Monday.',
    ])
      expect(cleanSummary(text)).toBe(text);
  });

  it("cuts a credit's tail and a dateline with its state off the lead (t17_finan)", () => {
    expect(
      cleanSummary(
        'The Washington Post) BELTON, Mo., Oct. 20 -- Battling George W. Bush in 2000, John McCain lashed out at the Texas governor.',
      ),
    ).toBe('Battling George W. Bush in 2000, John McCain lashed out at the Texas governor.');
    expect(
      cleanSummary('(Evan Vucci - AP) President Bush announced plans yesterday to host an emergency summit.'),
    ).toBe('President Bush announced plans yesterday to host an emergency summit.');
  });

  it('rejects a caption that says it is a photo, and keeps a report about a video', () => {
    expect(
      cleanSummary('In a photo made from video released by BP PLC, oil emerges from a cap placed on the wellhead.'),
    ).toBeNull();
    expect(cleanSummary('In a video released on Monday, the group said it had killed the hostage.')).toBe(
      'In a video released on Monday, the group said it had killed the hostage.',
    );
  });

  it('rejects a caption closed by its credit in words, run into the next sentence (t17_finan)', () => {
    expect(
      cleanSummary(
        'Kenneth Feinberg will set compensation of executives at bailed-out firms. (By Harry Hamburg -- Associated Press) Christopher J. Dodd announced his support.',
      ),
    ).toBeNull();
  });

  it("cuts a gallery's agency and day off its caption, which then reads as one (t17_bpoil)", () => {
    const clean = cleanSummary('AP Apr. 21: Fire boat crews battle the blazing remnants of the oil rig.');
    expect(clean).toBe('Fire boat crews battle the blazing remnants of the oil rig.');
    expect(isCaption(clean!)).toBe(true);
  });

  it("cuts a live blog's clock off its entry, zone and colon too", () => {
    expect(cleanSummary('6pm CDT: Doug Suttles says that BP has restarted pumping mud into the well.')).toBe(
      'Doug Suttles says that BP has restarted pumping mud into the well.',
    );
  });

  it("cuts a 24-hour clock with its zone off a live blog's entry, but keeps four digits with no zone", () => {
    expect(cleanSummary('1745 GMT: Rescuers pulled a girl alive from the rubble of the cathedral.')).toBe(
      'Rescuers pulled a girl alive from the rubble of the cathedral.',
    );
    expect(cleanSummary('1745 people were evacuated from the coast on Friday.')).toBe(
      '1745 people were evacuated from the coast on Friday.',
    );
  });

  it("cuts a correspondent's desk byline off, but keeps a correspondent in the news", () => {
    expect(
      cleanSummary('Political correspondent, BBC News Mr Cameron spent 30 minutes on the phone to the president.'),
    ).toBe('Mr Cameron spent 30 minutes on the phone to the president.');
    expect(cleanSummary('A BBC correspondent, John Simpson, was injured in Iraq on Sunday.')).toBe(
      'A BBC correspondent, John Simpson, was injured in Iraq on Sunday.',
    );
  });

  it("cuts a blog's author and time stamp off the entry", () => {
    expect(
      cleanSummary(
        'James Reynolds | 07:37 UK time, Friday, 29 May 2009 China is taking the H1N1 threat pretty seriously.',
      ),
    ).toBe('China is taking the H1N1 threat pretty seriously.');
  });

  it("rejects an editor's note on the article, but keeps earlier versions of other things", () => {
    expect(cleanSummary('Earlier versions of this article carried the wrong dateline for the meeting.')).toBeNull();
    expect(cleanSummary('In the article below we said two soldiers were awarded the VC at Goose Green.')).toBeNull();
    expect(cleanSummary('Earlier versions of the bill had no limit on executive pay, senators said on Friday.')).toBe(
      'Earlier versions of the bill had no limit on executive pay, senators said on Friday.',
    );
  });

  it("rejects a paper's letters and help furniture run into the text", () => {
    expect(
      cleanSummary(
        'War of the Worlds is released on 1 July Letters for publication should be sent to: letters@observer.co.uk',
      ),
    ).toBeNull();
  });

  it('rejects a closed discussion and a pointer to fuller coverage', () => {
    expect(cleanSummary('“Bon chance” This discussion is now closed.')).toBeNull();
    expect(
      cleanSummary(
        '(For full coverage of the flu outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - Travellers were quarantined.',
      ),
    ).toBeNull();
  });

  it("rejects a reader's comment under its header, but keeps what a named writer wrote", () => {
    expect(
      cleanSummary('At 04:38 2nd Jul 2010, nrcbtm1 wrote: Today the news said Adm. Allen was optimistic.'),
    ).toBeNull();
    expect(
      cleanSummary('At 1:02 pm on 29 May 2009, bestcbstore wrote: This comment was removed by the moderators.'),
    ).toBeNull();
    expect(cleanSummary('In a letter on Friday, Hayward wrote: the company will pay every claim.')).toBe(
      'In a letter on Friday, Hayward wrote: the company will pay every claim.',
    );
  });

  it("cuts a headline that the lead restarts with the headline's own subject", () => {
    expect(
      cleanSummary(
        'BP plans to use underwater robots to cut a damaged pipe and lower a cap BP hopes to contain the spill within 24 hours.',
      ),
    ).toBe('BP hopes to contain the spill within 24 hours.');
  });

  it('ends no sentence at a title or an initial ("Sen. Barack Obama", "Timothy F. Geithner")', () => {
    const text = 'Sen. Barack Obama and Timothy F. Geithner met bankers on Monday to discuss the rescue plan.';
    expect(cleanSummary(text)).toBe(text);
  });

  it('cuts a Title Case headline where sentence case begins', () => {
    expect(
      cleanSummary(
        'Geithner Grilled on His Past, Path Forward Treasury secretary nominee Timothy F. Geithner said yesterday that he would act.',
      ),
    ).toBe('Treasury secretary nominee Timothy F. Geithner said yesterday that he would act.');
  });

  it('cuts a headline run into the lead down to the lead', () => {
    expect(
      cleanSummary(
        "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak.",
      ),
    ).toBe('Health officials in Haiti fear an outbreak.');
  });

  it('keeps one sentence of a telling', () => {
    expect(
      cleanSummary('The rig exploded on Tuesday night. Eleven workers died. The fire burned for two days. It sank.'),
    ).toBe('The rig exploded on Tuesday night.');
  });

  it('cuts a "CITY, Month day --" dateline off', () => {
    expect(cleanSummary('NEW YORK, Sept. 24 -- John McCain suspended his campaign on Wednesday.')).toBe(
      'John McCain suspended his campaign on Wednesday.',
    );
  });

  it('rejects a question and a Title-Case headline', () => {
    expect(cleanSummary('Why has nobody pointed out that the plan was approved today?')).toBeNull();
    expect(cleanSummary("First Debate's Fate Unclear As Obama Resists McCain's Call to Postpone")).toBeNull();
  });

  it('cuts a "Sunday, May 16, 2010; 4:43 PM" time stamp off', () => {
    expect(cleanSummary('Sunday, May 16, 2010; 4:43 PM BP inserted a new tube into the damaged oil pipe.')).toBe(
      'BP inserted a new tube into the damaged oil pipe.',
    );
  });

  it('keeps the lead after a time stamp inside the text, not the standfirst before it', () => {
    expect(
      cleanSummary(
        'Officers say morale will suffer Thursday 21 July 2005 23.58 BST British soldiers will refuse to serve in Iraq.',
      ),
    ).toBe('British soldiers will refuse to serve in Iraq.');
  });

  it('rejects a dated photo caption', () => {
    expect(cleanSummary('In this May 26, 2010 photo, officials work to plug the gushing well in the Gulf.')).toBeNull();
  });

  it('keeps a sentence about a price in cents', () => {
    expect(cleanSummary('Shares in the bank fell 40 cents to close at $2.10 on Friday.')).not.toBeNull();
  });

  it('rejects a sentence the splitter cut short in parentheses or at an initial', () => {
    expect(
      cleanSummary("The U.S. government has launched a criminal and civil investigation into BP Plc's (BP."),
    ).toBeNull();
    expect(cleanSummary('The administration is dispatching Attorney General Eric H.')).toBeNull();
    expect(cleanSummary('Shareholders sued the board of BP Plc (BP.L) for failing to monitor safety.')).not.toBeNull();
  });

  it('rejects a fragment too short to say what happened', () => {
    expect(cleanSummary('Oil spill.')).toBeNull();
  });
});

describe('happeningScore', () => {
  for (const rule of HAPPENING_RULES) {
    it(`reads ${rule.name} (${rule.weight > 0 ? '+' : ''}${rule.weight}): ${rule.example}`, () => {
      expect(rule.pattern.test(rule.example)).toBe(true);
    });
  }

  it('scores a report of a happening above an opinion and a forecast', () => {
    const report = happeningScore(
      'Federal regulators seized Washington Mutual in the largest bank failure in US history.',
    );
    expect(report).toBeGreaterThan(happeningScore('What we are witnessing is the bankruptcy of modern economics.'));
    expect(report).toBeGreaterThan(happeningScore('The bailout could worsen the crisis, economists warn.'));
  });
});

describe('daySummary', () => {
  it('prefers a sentence that stands alone to one whose opening clause leans on a pronoun', () => {
    const leaning = 'When he returned to the hotel on Saturday, he was told that he would be quarantined.';
    const alone = 'About 300 people at a Hong Kong hotel were placed under quarantine on Saturday.';
    expect(
      daySummary([
        { text: leaning, sources: 1, fresh: true },
        { text: alone, sources: 1, fresh: true },
      ]),
    ).toBe(alone);
  });

  it('joins no second sentence whose subject is a person named only as "the man" (t17_h1n1)', () => {
    const alert = 'The WHO raised its pandemic alert level on Thursday as Mexico shut down for five days.';
    const man = 'The Mexican man arrived in Hong Kong from Mexico on Thursday following a stopover in Shanghai.';
    const named = 'A Mexican tourist who arrived in Hong Kong on Thursday was found to have the virus.';
    const told = (text: string) => ({ text, sources: 1, fresh: true, dated: true });
    expect(daySummary([told(alert), told(man)])).toBe(alert);
    expect(daySummary([told(alert), told(named)])).toBe(`${alert} ${named}`);
  });

  it('prefers a whole sentence to a clause cut from inside one', () => {
    const fragment = 'jumped between massive losses and gains, and closed up 3.4 percent on Friday after the plan.';
    const whole = 'Stocks jumped between losses and gains and closed up 3.4 percent on Friday after the plan.';
    expect(
      daySummary([
        { text: fragment, sources: 1, fresh: true },
        { text: whole, sources: 1, fresh: true },
      ]),
    ).toBe(whole);
  });

  it("counts a sentence's copies by the articles giving it, not by how often one article gives it", () => {
    const once = 'Eleven workers were killed by an explosion on the Deepwater Horizon rig in the Gulf.';
    const twice = 'An explosion on the Deepwater Horizon rig in the Gulf killed eleven of its workers.';
    const from = (text: string, article?: string) => ({ text, sources: 1, fresh: true, dated: true, article });
    // One article gives the first sentence three times (a naming and tellings); two give the second.
    expect(daySummary([from(once, 'a'), from(once, 'a'), from(once, 'a'), from(twice, 'b'), from(twice, 'c')])).toBe(
      twice,
    );
    // Copies of no known article (wire copy) each count.
    expect(daySummary([from(once), from(once), from(once), from(twice, 'b'), from(twice, 'c')])).toBe(once);
  });

  it('sums up a day by a clause cut from inside a sentence only when no whole sentence is there', () => {
    const fragment = 'jumped between massive losses and gains, and closed up 3.4 percent on Friday after the plan.';
    const whole = 'The response to the crisis has been engineered by a committee of three officials.';
    // The clause is told by more sources, is a lead and names the day: it still comes second.
    expect(
      daySummary([
        { text: fragment, sources: 4, fresh: true, dated: true, lead: true },
        { text: whole, sources: 1, fresh: false },
      ]),
    ).toBe(whole);
    expect(daySummary([{ text: fragment, sources: 1, fresh: true }])).toMatch(/^Jumped between/);
  });

  it('prefers a sentence that reports a happening and names the day over commentary', () => {
    expect(
      daySummary([
        {
          text: 'What we are witnessing, in the broadest sense, is the bankruptcy of modern economics.',
          sources: 1,
          fresh: true,
        },
        {
          text: 'The House rejected the $700 billion bailout bill on Monday by a vote of 228-205.',
          sources: 1,
          fresh: true,
          dated: true,
        },
      ]),
    ).toBe('The House rejected the $700 billion bailout bill on Monday by a vote of 228-205.');
  });

  it('joins a second sentence when it tells another happening of the day as well, never the same one twice', () => {
    const vote = 'The House rejected the $700 billion bailout bill on Monday by a vote of 228-205.';
    const dow = 'The Dow Jones industrial average plunged 777 points on Monday in its worst fall ever.';
    expect(
      daySummary([
        { text: vote, sources: 2, fresh: true, dated: true },
        { text: dow, sources: 2, fresh: true, dated: true },
      ]),
    ).toBe(`${vote} ${dow}`);
    expect(
      daySummary([
        { text: vote, sources: 2, fresh: true, dated: true },
        {
          text: 'On Monday the House rejected the $700 billion bailout bill, 228-205.',
          sources: 2,
          fresh: true,
          dated: true,
        },
      ]),
    ).toBe(vote);
  });

  it("puts a fresh report's lead first, and still joins a second happening as well told", () => {
    const britons = 'Two Britons have contracted swine flu within the UK, health officials confirmed on Friday.';
    const scotland =
      'Health officials in Scotland confirmed on Friday that a second Briton had caught swine flu at home.';
    const mexico = 'Mexico reported three more deaths from the virus on Friday, bringing its toll to fifteen.';
    const told = (text: string, lead: boolean, dated = true) => ({ text, sources: 1, fresh: true, dated, lead });
    // Two tellings of one happening: the lead's comes first, whichever it is.
    expect(daySummary([told(britons, true), told(scotland, false)])).toBe(britons);
    expect(daySummary([told(britons, false), told(scotland, true)])).toBe(scotland);
    // The lead's place orders the sentences; it does not keep out another happening told as well.
    expect(daySummary([told(britons, true), told(mexico, false, false)])).toBe(`${britons} ${mexico}`);
  });

  it('prefers the telling of the happening more sources share', () => {
    expect(
      daySummary([
        { text: 'Shares in the oil company fell in early trading in London.', sources: 1, fresh: true },
        { text: 'An explosion on the drilling rig killed eleven workers.', sources: 6, fresh: true },
      ]),
    ).toBe('An explosion on the drilling rig killed eleven workers.');
  });

  it('prefers a report of the day over a later article naming it in passing', () => {
    expect(
      daySummary([
        { text: 'Hearings continued weeks after the explosion of the rig on April 20.', sources: 3, fresh: false },
        { text: 'An explosion on the drilling rig killed eleven workers.', sources: 3, fresh: true },
      ]),
    ).toBe('An explosion on the drilling rig killed eleven workers.');
  });

  it('passes over furniture and background to a clean sentence, and says nothing when none is', () => {
    expect(
      daySummary([
        { text: 'Haiti is part of a large Caribbean island called Hispaniola.', sources: 13, fresh: true },
        { text: 'A magnitude 7.0 earthquake struck near Port-au-Prince.', sources: 2, fresh: true },
      ]),
    ).toBe('A magnitude 7.0 earthquake struck near Port-au-Prince.');
    expect(daySummary([{ text: 'Page last updated at 07:39 GMT', sources: 5, fresh: true }])).toBe('');
  });
});

describe('isCaption', () => {
  for (const rule of CAPTION_RULES) {
    it(`reads a ${rule.name} caption: ${rule.example}`, () => {
      expect(rule.test(rule.example)).toBe(true);
      expect(isCaption(rule.example)).toBe(true);
    });
  }

  it.each([
    ['a wire caption in the present with place and date', 'A police woman wears a mask in Mexico City April 24, 2009.'],
    ['position markers', 'Ban Ki-moon (2nd L) listens to Margaret Chan (L) in Geneva.'],
    [
      'a position in words after a name, dated like a report (t17_finan)',
      'Morgan Stanley chief executive John Mack, left, and Citigroup chief executive Vikram Pandit leave a meeting at the Treasury Department yesterday.',
    ],
    [
      'a position in words after a thing (t17_bpoil)',
      'Underwater robots and other equipment swarm the blowout preventer, bottom left, as oil rises at the site of the spill.',
    ],
    ['people listed from left', 'Pictured, from left, are BP CEO Tony Hayward and BP Chairman Carl-Henric Svanberg.'],
    [
      'a date after a weekday, as wire captions close',
      'President Barack Obama walks out to the Rose Garden, Friday, May 14, 2010.',
    ],
    [
      'plural subject, plain verb',
      'Fire boat crews battle the blazing remnants of the offshore oil rig Deepwater Horizon.',
    ],
  ])('reads %s as a caption', (_, text) => {
    expect(isCaption(text)).toBe(true);
  });

  it.each([
    ['a dated report', 'BP said on Thursday that its cap had stopped the oil flowing into the Gulf of Mexico.'],
    ['a date a report gives with "on"', 'The company agreed to the sale on April 24, 2009.'],
    ['an infinitive', 'Officials plan to visit the Gulf coast to inspect the damage.'],
    ['a noun that looks like a verb', 'The cut was a key step in the latest effort to cap the well.'],
    ['a verb in a relative clause', 'BP shut a major Alaskan pipeline that carries around 12% of US oil output.'],
    ['a view held, not a photo', 'The box which is seen as the best chance of stopping the spill arrived today.'],
    ['a past report before a noun', 'Pakistani authorities banned public protests in the capital.'],
    [
      '"right" in speech',
      '"You would rather not have either, right, but if you had to, fuel dropping is an offset," he said.',
    ],
    ['the political left', 'The Labour left, led by Mr Cook, voted against the war on Tuesday.'],
    [
      'a report about images',
      'Images of soldiers abusing prisoners were shown to a court martial in Germany yesterday.',
    ],
  ])('does not read %s as a caption', (_, text) => {
    expect(isCaption(text)).toBe(false);
  });
});

describe('cleanSummary on glued runs', () => {
  it.each([
    [
      'a headline glued to its lead after a modal-looking noun',
      "BP's oil spill funnel plan explained with a tin can Engineers at BP are racing against time to build a funnel.",
      'Engineers at BP are racing against time to build a funnel.',
    ],
    [
      'a caption glued to the lead before "The"',
      'Oil has been gushing out of the blown-out well for almost a month The first oil from the spill has entered an ocean current, scientists say.',
      'The first oil from the spill has entered an ocean current, scientists say.',
    ],
    [
      'a caption glued to the end of a report',
      'US attorney general, Eric Holder, confirmed that a criminal and civil investigation had been opened Workers in Louisiana tackle oil from the Deepwater Horizon leak.',
      'US attorney general, Eric Holder, confirmed that a criminal and civil investigation had been opened.',
    ],
    [
      'a caption glued to the front of a lead',
      'Representatives of BP, Transocean and Halliburton speak to senators Oil executives have traded blame in Congress over the spill.',
      'Oil executives have traded blame in Congress over the spill.',
    ],
    [
      'two reports, the one naming the day kept',
      'Shares in BP fell sharply in London and New York on Monday as investors weighed the rising cost of the cleanup operation This was the worst day for the company in a decade.',
      'Shares in BP fell sharply in London and New York on Monday as investors weighed the rising cost of the cleanup operation.',
    ],
    [
      'a quotation closed with no mark, then a clause opener',
      'Fishermen on the coast who have watched the oil come ashore for weeks demanded that the president and the company “put a stop to this thing” The latest attempt to stop the leak has failed, BP said.',
      'The latest attempt to stop the leak has failed, BP said.',
    ],
    [
      'a caption of what is going on glued to the front of a lead',
      'Japanese schools have been taking precautions against the virus Health officials in Japan have confirmed the first cases of swine flu in Tokyo.',
      'Health officials in Japan have confirmed the first cases of swine flu in Tokyo.',
    ],
  ])('cuts %s', (_, text, clean) => {
    expect(cleanSummary(text)).toBe(clean);
  });

  it.each([
    // Past the first twenty words, where no headline detector (src/corpus/headline.ts) looks.
    [
      'a name after a reporting verb',
      'On Monday, after a long and bitter debate in the chamber about the bailout and its cost to taxpayers, the senator said The Times had misquoted him.',
    ],
    [
      'a name after a place name',
      'The mayor, who had spent the whole week visiting flooded homes and shelters across the city, spoke on Monday in New York The Times reported.',
    ],
    [
      'a caption with its own name after it',
      'Fire boat crews battle the blazing remnants of the offshore oil rig Deepwater Horizon.',
    ],
    ['a name as an object', 'Protesters cheered when they saw Obama in New Orleans on Monday.'],
    [
      "a day's name in a sentence going on",
      'The French have been lobbying for a draft resolution endorsed last Friday morning by European leaders in Brussels that calls for global supervision.',
    ],
    [
      'a name after a noun phrase',
      'Hollywood star and activist Jane Fonda is planning to take a bus tour across America to call for an end to the war.',
    ],
    [
      'a name after a closed quotation',
      'Even without the “second resolution” UK diplomats had been trying to secure, the lawyers said the war was legal.',
    ],
    [
      'a speaker after a closed quotation',
      'On Monday, after a long and bitter hearing in the chamber about the spill and its cost, the senator called it a “national disaster” The Times reported.',
    ],
    [
      'an opening quote written as a closing one',
      'On Monday, in a long and angry broadcast about the virus and its spread across the region, an Egyptian journalist described it as” The worst punishment for our sins” on television.',
    ],
    [
      'a name after an adjective',
      'BP shares slid this morning after closure of a major Alaskan pipeline that carries oil.',
    ],
    [
      'a name after a participle',
      'BP said on Thursday that it had cut a pipe from the leaking Gulf of Mexico oil well, a key step in the effort.',
    ],
  ])('does not cut %s', (_, text) => {
    expect(cleanSummary(text)).toBe(text);
  });
});

describe('daySummary and captions', () => {
  it('passes over a photo caption when a report of the day is there, however many sources share the caption', () => {
    const caption = 'President Obama meets with BP Chairman Carl-Henric Svanberg in the Oval Office.';
    const report =
      'BP executives have met US President Barack Obama at the White House after he vowed to make them pay.';
    expect(
      daySummary([
        { text: caption, sources: 6, fresh: true, dated: true },
        { text: report, sources: 1, fresh: true },
      ]),
    ).toBe(report);
  });

  it('never joins a caption as the second sentence', () => {
    const vote = 'The House rejected the $700 billion bailout bill on Monday by a vote of 228-205.';
    const caption = 'Traders watch the screens on the floor of the New York Stock Exchange, September 29, 2008.';
    expect(
      daySummary([
        { text: vote, sources: 2, fresh: true, dated: true },
        { text: caption, sources: 2, fresh: true, dated: true },
      ]),
    ).toBe(vote);
  });

  it('says the caption when it is all the day has', () => {
    const caption = 'Fire boat crews battle the blazing remnants of the offshore oil rig Deepwater Horizon.';
    expect(daySummary([{ text: caption, sources: 1, fresh: true }])).toBe(caption);
  });
});
