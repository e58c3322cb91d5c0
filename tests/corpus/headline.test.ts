import { describe, expect, it } from 'vitest';
import { findHeadlineRun, NOT_A_HEADLINE, openingHeadline, withoutHeadline } from '../../src/corpus/headline.js';
import { parseHouse } from '../../src/corpus/house.js';

describe('findHeadlineRun', () => {
  it('finds a headline run into a lead that retells it', () => {
    const text = "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak.";
    expect(findHeadlineRun(text)).toEqual({
      headline: "Officials fear disease outbreak in Haiti's quake camps",
      leadStart: text.indexOf('Health'),
    });
  });

  it('finds a headline run into a lead that opens as sentences do ("This", "The")', () => {
    expect(
      findHeadlineRun(
        'Gulf oil spill threatens clean-up disaster for the US This was the catastrophe BP said could never happen.',
      )?.headline,
    ).toBe('Gulf oil spill threatens clean-up disaster for the US');
  });

  it('finds the whole headline when it ends in a name ("close UK school")', () => {
    const text = 'Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed.';
    expect(findHeadlineRun(text)).toEqual({
      headline: 'Swine flu cases close UK school',
      leadStart: text.indexOf('Another'),
    });
  });

  it('finds a caption run into a lead that opens with "Another"', () => {
    expect(
      withoutHeadline(
        "Parents say Alleyn's School has everything under control Another nine UK cases of swine flu have been confirmed.",
      ),
    ).toBe('Another nine UK cases of swine flu have been confirmed.');
  });

  it('reads past a colon inside a headline: it introduces, it ends no sentence', () => {
    expect(
      withoutHeadline(
        'Homeland Security Secretary Napolitano: This is a spill of national significance The US Coast Guard is investigating reports of oil ashore.',
      ),
    ).toBe('The US Coast Guard is investigating reports of oil ashore.');
  });

  it('reads past an opening quote: the quoted words belong to the headline', () => {
    expect(
      withoutHeadline(
        "WHO flu expert Dr Keiji Fukuda: ` The picture is evolving ' The international community is better prepared than ever.",
      ),
    ).toBe('The international community is better prepared than ever.');
  });

  it('cuts a standfirst run in after the headline too', () => {
    expect(
      withoutHeadline(
        "Gulf oil spill: BP hopes to cap flow ` within 24 hours ' BP plans to use underwater robots to cut a damaged pipe and lower a cap BP hopes to contain the spill from its leaking well within 24 hours.",
      ),
    ).toBe('BP hopes to contain the spill from its leaking well within 24 hours.');
  });

  it('ends no headline on a comma, so a lead naming its paper keeps it', () => {
    const lead = 'The army faces a fresh series of serious allegations of abuse in Iraq, The Observer has learned.';
    expect(withoutHeadline(`Lawyers weigh charges over nine fresh allegations of abuse ${lead}`)).toBe(lead);
  });

  it('ends no headline on a verb that reports: the name after it is its source', () => {
    const sentence = 'The senator said The Times had misquoted him on the war in Iraq and on the oil spill.';
    expect(findHeadlineRun(sentence)).toBeNull();
    expect(withoutHeadline('Officials told The Associated Press that the well had been capped on Thursday.')).toBe(
      'Officials told The Associated Press that the well had been capped on Thursday.',
    );
  });

  it('leaves a sentence with names in it alone', () => {
    expect(findHeadlineRun('President Barack Obama met Prime Minister Gordon Brown in London on Monday.')).toBeNull();
    expect(findHeadlineRun('Oil from the well reached the coast of Louisiana in The Gulf of Mexico.')).toBeNull();
  });

  it('leaves a sentence that already ends before the capital alone', () => {
    expect(findHeadlineRun('The well was capped. The oil stopped flowing into the well.')).toBeNull();
  });

  it('cuts no sentence inside a name as if a short Title Case headline ended there', () => {
    // Three capitalised words and a function word, then a name running on: no headline.
    expect(withoutHeadline('Shares in London-based BP Plc fell 7 percent on Thursday after the leak grew.')).toBe(
      'Shares in London-based BP Plc fell 7 percent on Thursday after the leak grew.',
    );
    expect(
      withoutHeadline('Earlier on Tuesday, the United Nations chief said drugmakers must work with governments.'),
    ).toBe('Earlier on Tuesday, the United Nations chief said drugmakers must work with governments.');
    // Four or more, as a Title Case headline has, still end before the lead.
    expect(
      withoutHeadline('U.S. Seizes Control of AIG With $85 Billion Loan Invoking extraordinary powers, the Fed acted.'),
    ).toBe('Invoking extraordinary powers, the Fed acted.');
  });

  it('ends no headline inside a date: the day number keeps its month', () => {
    const text =
      'Oil has been leaking into the Gulf since 20 April Barack Obama has told David Cameron the oil spill in the Gulf is no matter of nation.';
    expect(withoutHeadline(text)).toBe(
      'Barack Obama has told David Cameron the oil spill in the Gulf is no matter of nation.',
    );
  });

  it('takes no day a sentence opens on for a Title Case headline', () => {
    const text =
      'On Saturday Foreign Minister Patricia Espinosa criticised China, along with Peru, for cutting flights to Mexico.';
    expect(withoutHeadline(text)).toBe(text);
  });

  it("finds a lead that restarts with the subject of what the headline's colon introduced (t17_bpoil)", () => {
    const text =
      "Chairman Carl-Henric Svanberg: BP still in ` grand shape ' despite record losses BP says it has set aside $32.2 bn.";
    expect(findHeadlineRun(text)?.headline).toBe(
      "Chairman Carl-Henric Svanberg: BP still in ` grand shape ' despite record losses",
    );
    // Not right after the colon: "Napolitano: BP must pay" is the headline's own clause.
    expect(findHeadlineRun('Napolitano: BP BP must pay for the spill in full.')).toBeNull();
  });

  it('withoutHeadline gives the lead alone, or the sentence unchanged', () => {
    expect(withoutHeadline('BP caps its leaking well in the Gulf BP has capped its leaking well in the Gulf.')).toBe(
      'BP has capped its leaking well in the Gulf.',
    );
    expect(withoutHeadline('BP capped the well.')).toBe('BP capped the well.');
  });
});

describe('openingHeadline', () => {
  it("takes a headline a page's picture credit shows to be furniture, on two shared words", () => {
    const text =
      'Gulf well holds enough oil to spew out for two years, claim experts Figures based on testimony suggest ' +
      'the Gulf oil spill could last Protesters stand behind the chief executive. Photograph: Haraz Ghanbari\\/AP ' +
      'The out-of-control well will go on spewing oil.';
    expect(openingHeadline(text)?.headline).toBe('Gulf well holds enough oil to spew out for two years, claim experts');
    // Without the credit, two shared words are not enough for a title.
    expect(openingHeadline(text.replace('Photograph: Haraz Ghanbari\\/AP ', ''))).toBeNull();
  });

  it('finds a sentence-case headline run into a lead that retells it', () => {
    const text = "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak.";
    expect(openingHeadline(`  ${text}`)).toEqual({
      headline: "Officials fear disease outbreak in Haiti's quake camps",
      leadStart: 2 + text.indexOf('Health'),
    });
  });

  it('ends a Title Case headline where sentence case begins', () => {
    expect(
      openingHeadline(
        'U.S. Seizes Control of AIG With $85 Billion Emergency Loan Invoking extraordinary powers, the Fed took over.',
      )?.headline,
    ).toBe('U.S. Seizes Control of AIG With $85 Billion Emergency Loan');
    expect(
      openingHeadline(
        "Fed's Expanded Market Role Fuels Fierce Debate The Federal Reserve has used unconventional means.",
      )?.headline,
    ).toBe("Fed's Expanded Market Role Fuels Fierce Debate");
  });

  it('ends a Title Case headline at a quote or a phrase in lower case before a lead opener (t17_bpoil)', () => {
    expect(
      openingHeadline(
        'Homeland Security Secretary Napolitano: This is a spill of national significance The US military has joined efforts to stop an oil leak.',
      )?.headline,
    ).toBe('Homeland Security Secretary Napolitano: This is a spill of national significance');
    expect(
      openingHeadline(
        "Mike O'Berry, US Coast Guard: “We'll search until all likelihood of success has passed” The US Coast Guard says no oil is leaking.",
      )?.headline,
    ).toBe("Mike O'Berry, US Coast Guard: “We'll search until all likelihood of success has passed”");
    // A capitalised word before the opener ends no Title Case headline: "Clean Up" + "After A …".
    expect(
      openingHeadline(
        'Scrambling to Clean Up After A Category 4 Financial Storm Robert Dugger, an economist, says the markets froze.',
      ),
    ).toBeNull();
  });

  it("leaves a name's title to the lead that opens on the name (t17_finan)", () => {
    const text =
      'Bush Calls Bailout Vital to Economy, Will Meet With McCain and Obama President Bush said yesterday that the crisis could devastate the economy.';
    expect(openingHeadline(text)?.headline).toBe(
      'Bush Calls Bailout Vital to Economy, Will Meet With McCain and Obama',
    );
    expect(withoutHeadline(text)).toBe('President Bush said yesterday that the crisis could devastate the economy.');
  });

  it('ends a Title Case headline at the dateline that opens the lead (t17_finan)', () => {
    const text =
      'Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. 25 -- French President Nicolas Sarkozy warned Europe.';
    expect(openingHeadline(text)?.headline).toBe('Sarkozy Advocates Systemic Change After Crisis');
    expect(
      openingHeadline(
        'Unable to Escape Global Crisis, South American Nations Take Financial Action RIO DE JANEIRO, Dec. 9 -- It began with denial.',
      )?.headline,
    ).toBe('Unable to Escape Global Crisis, South American Nations Take Financial Action');
    // A roman numeral is no place: "The Transocean Development Driller III, left, and …" is a caption.
    expect(
      openingHeadline(
        'The Transocean Development Driller III, left, and the Development Driller II drill relief wells.',
      ),
    ).toBeNull();
  });

  it('takes no name for a headline: a sentence opening with names has none', () => {
    expect(openingHeadline('Louisiana Governor Bobby Jindal said the oil had reached the marshes.')).toBeNull();
    expect(openingHeadline('President Barack Obama met Prime Minister Gordon Brown in London on Monday.')).toBeNull();
    // A headline cut inside a name: "… mood in Mexico" + "City amid empty streets …".
    expect(
      openingHeadline('BBC reporter on the mood in Mexico City amid empty streets Governments around the world act.'),
    ).toBeNull();
  });

  it('takes no byline, time stamp or dateline for a headline', () => {
    expect(openingHeadline('By Maggie Fox, Health and Science Editor WASHINGTON The flu spread on Monday.')).toBeNull();
    expect(openingHeadline("O'SMACH, Cambodia (AP)_ The Khmer Rouge fought on.")).toBeNull();
    expect(openingHeadline('Friday 14 January 2005 02.44 GMT The Iraq Survey Group reported today.')).toBeNull();
  });

  it('each rule of what is no headline matches its own example', () => {
    for (const rule of NOT_A_HEADLINE) expect(rule.pattern.test(rule.example), rule.name).toBe(true);
  });
});

describe('the title of a scraped article', () => {
  it('is the headline run into its lead, and the text stays as written', () => {
    const body = "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak.";
    const { articles } = parseHouse(` date 2010-01-20 ${body}`, 'haiti.txt');
    expect(articles[0]!.title).toBe("Officials fear disease outbreak in Haiti's quake camps");
    expect(articles[0]!.text).toBe(body);
  });

  it('is the lead sentence when the article opens with no headline', () => {
    const { articles } = parseHouse(' date 2010-01-20 A strike hit Baghdad. Three were killed.', 'a.txt');
    expect(articles[0]!.title).toBe('A strike hit Baghdad.');
  });
});
