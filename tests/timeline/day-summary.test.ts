import { describe, expect, it } from 'vitest';
import {
  cleanSummary,
  daySummary,
  happeningScore,
  HAPPENING_RULES,
  PREFIX_RULES,
  REJECT_RULES,
} from '../../src/timeline/index.js';

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

  it("cuts a live blog's clock off its entry, zone and colon too", () => {
    expect(cleanSummary('6pm CDT: Doug Suttles says that BP has restarted pumping mud into the well.')).toBe(
      'Doug Suttles says that BP has restarted pumping mud into the well.',
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
