// Which week a bare weekday of a news story falls in (issue: weekday resolution picks the wrong
// week): the tense of the clause that governs the weekday decides, not a participle, a quote or a
// clause elsewhere in the sentence. Sentences from the Timeline17 stories.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

function weekdayValue(text: string, date: string, weekday: string): string | undefined {
  return findTimeExpressions(text, date, splitSentences(text)).find((t) => t.text === weekday)?.value;
}

// Tuesday 2010-05-04.
const dct = '2010-05-04';

describe('a weekday after a reporting verb and an adjunct of the report', () => {
  it('is the day of the report: "said while touring the area Sunday"', () => {
    expect(weekdayValue('Obama said while touring the area Sunday that BP would pay.', dct, 'Sunday')).toBe(
      '2010-05-02',
    );
  });

  it('is the day of the report: "said optimistically Wednesday"', () => {
    expect(weekdayValue('BP chief executive Tony Hayward said optimistically Wednesday.', dct, 'Wednesday')).toBe(
      '2010-04-28',
    );
  });

  it('still leaves a reported clause to its own tense', () => {
    expect(weekdayValue('Airlines said flights resume on Saturday.', dct, 'Saturday')).toBe('2010-05-08');
    expect(weekdayValue('BP said family members will meet on Saturday.', dct, 'Saturday')).toBe('2010-05-08');
  });
});

describe('a weekday in an opening prepositional phrase', () => {
  it('is dated by the telling after the comma: "In an interview Thursday, he said"', () => {
    const text =
      'In an interview Thursday, he said, “while we are not prepared to make a cost estimate, it is not going to be that.”';
    expect(weekdayValue(text, '2010-06-06', 'Thursday')).toBe('2010-06-03');
    const teleconference =
      'In a teleconference Friday, both Graham and Reilly said the commission hopes to improve safety.';
    expect(weekdayValue(teleconference, '2010-07-12', 'Friday')).toBe('2010-07-09');
  });

  it('keeps the tense of the clause after the comma', () => {
    expect(weekdayValue('In Houston on Saturday, flights will resume, the airline said.', dct, 'Saturday')).toBe(
      '2010-05-08',
    );
    expect(weekdayValue('In Houston, flights resume on Saturday, the airline said.', dct, 'Saturday')).toBe(
      '2010-05-08',
    );
  });
});

describe('a past form in "-eed"', () => {
  // Thursday 2010-06-17.
  it('is a past cue: "BP agreed on Wednesday"', () => {
    expect(weekdayValue('BP Plc agreed on Wednesday to set up a $20 billion fund.', '2010-06-17', 'Wednesday')).toBe(
      '2010-06-16',
    );
    expect(weekdayValue('The banks guaranteed Wednesday.', '2010-06-17', 'Wednesday')).toBe('2010-06-16');
  });

  it('leaves "need" and "indeed" without tense', () => {
    expect(weekdayValue('Indeed the rigs need Wednesday.', '2010-06-17', 'Wednesday')).toBe('2010-06-23');
  });
});

describe('a possessive weekday', () => {
  // Friday 2010-01-15.
  const friday = '2010-01-15';

  it('is still to come as the object of a verb in the future or after "ahead of"', () => {
    expect(weekdayValue("Stars will attend Sunday's Golden Globes.", friday, 'Sunday')).toBe('2010-01-17');
    expect(weekdayValue("The actor will not be attending Sunday's Golden Globes.", friday, 'Sunday')).toBe(
      '2010-01-17',
    );
    expect(weekdayValue("Ahead of Sunday's Golden Globes, stars gathered.", friday, 'Sunday')).toBe('2010-01-17');
  });

  it('has happened otherwise, even under a "would" of reported speech', () => {
    expect(weekdayValue("Critics panned Sunday's Golden Globes.", friday, 'Sunday')).toBe('2010-01-10');
    expect(
      weekdayValue("Relatives said they would look for ways to get around Wednesday's ruling.", friday, 'Wednesday'),
    ).toBe('2010-01-13');
  });
});

describe('a saying verb right after the quotation it closes', () => {
  it('tags the speech with the day it was said: "…,” said Adm Thad Allen, on Wednesday', () => {
    // Thursday 2010-07-15.
    const text =
      '“I was gung-ho for this test and I remain gung-ho,” said Adm Thad Allen, the US incident commander, on Wednesday.';
    expect(weekdayValue(text, '2010-07-15', 'Wednesday')).toBe('2010-07-14');
  });
});

describe('a weekday opening the sentence before a comma', () => {
  // Thursday 2010-07-08.
  const thursday = '2010-07-08';

  it('is dated by the main clause past a relative clause set off by commas', () => {
    const text =
      "On Wednesday, on a visit to the Discoverer Enterprise, the ship that's collecting oil, Dudley got word of clear weather.";
    expect(weekdayValue(text, thursday, 'Wednesday')).toBe('2010-07-07');
    const president =
      'On Monday, Alan Garcia, the Peruvian president who was talking about a crisis, announced a bailout package.';
    expect(weekdayValue(president, thursday, 'Monday')).toBe('2010-07-05');
  });

  it('is not dated by a relative clause still open', () => {
    expect(weekdayValue('On Monday, the company that built the rig will testify.', thursday, 'Monday')).toBe(
      '2010-07-12',
    );
  });
});

describe('a weekday the words before it say has come', () => {
  // Tuesday 2010-06-08.
  const tuesday = '2010-06-08';

  it('is the last one, even when the story named that weekday ahead before', () => {
    const text =
      'Obama will visit Mississippi on a trip beginning on Monday, the White House said. ' +
      'Admiral Thad Allen said on Monday neither BP nor the government knew how much oil was gushing out.';
    const found = findTimeExpressions(text, tuesday, splitSentences(text)).map((t) => t.value);
    expect(found).toEqual(['2010-06-14', '2010-06-07']);
    const since = 'The hearing is set for Thursday. BP has been monitoring the pressure since Thursday.';
    expect(findTimeExpressions(since, tuesday, splitSentences(since)).map((t) => t.value)).toEqual([
      '2010-06-10',
      '2010-06-03',
    ]);
  });

  it('leaves a weekday the story named ahead to stand for that day otherwise', () => {
    const text = 'The board will meet on Monday. On Monday, directors are to discuss the dividend.';
    expect(findTimeExpressions(text, tuesday, splitSentences(text)).map((t) => t.value)).toEqual([
      '2010-06-14',
      '2010-06-14',
    ]);
  });
});

describe('a weekday inside a relative clause set off by commas', () => {
  // Monday 2010-05-31.
  const monday = '2010-05-31';

  it('is dated by the relative clause, not the main verb after the comma', () => {
    const text = 'Obama, who made his second visit to the Gulf disaster zone on Friday, is sending officials back.';
    expect(weekdayValue(text, monday, 'Friday')).toBe('2010-05-28');
    const ahead = 'BP, which will report its results for the quarter on Tuesday, was under pressure.';
    expect(weekdayValue(ahead, monday, 'Tuesday')).toBe('2010-06-01');
  });
});

describe('"set" with a particle', () => {
  // Thursday 2010-04-29.
  const thursday = '2010-04-29';

  it('is a past verb: "BP set fire to the oil on Wednesday"', () => {
    const text = 'The Coast Guard and BP set fire to a portion of the crude oil floating in the Gulf on Wednesday.';
    expect(weekdayValue(text, thursday, 'Wednesday')).toBe('2010-04-28');
  });

  it('is no past verb as a noun, an infinitive or a schedule', () => {
    expect(weekdayValue('The next set of talks takes place on Wednesday.', thursday, 'Wednesday')).toBe('2010-05-05');
    expect(weekdayValue('BP will set up a fund on Wednesday.', thursday, 'Wednesday')).toBe('2010-05-05');
    expect(weekdayValue('The vote is set for Wednesday.', thursday, 'Wednesday')).toBe('2010-05-05');
  });
});

describe('a deadline opening the sentence', () => {
  it('is framed by the main clause, not a relative clause after a comma', () => {
    // Thursday 2010-06-17.
    const text = 'Until Wednesday, BP had been planning to pay out $10.5 billion, which would have left it cash.';
    expect(weekdayValue(text, '2010-06-17', 'Wednesday')).toBe('2010-06-16');
    const ahead = 'By Wednesday, workers should finish the casing, which is the first step.';
    expect(weekdayValue(ahead, '2010-06-17', 'Wednesday')).toBe('2010-06-23');
  });
});
