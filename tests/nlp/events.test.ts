import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TEXT_MAX, EVENTS_PER_SENTENCE_MAX, extractEvents } from '../../src/nlp/events.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { ArticleEvent, EntityMention, TimeExpression, TimeType, TimeMod } from '../../src/types.js';

const seed = readFileSync(new URL('../../seeds/2024-02-07-baghdad-drone-strike.txt', import.meta.url), 'utf8');
const text = seed.replace(/^ date 2024-02-07 /, '');

function timeAt(
  body: string,
  phrase: string,
  type: TimeType,
  value: string,
  mod?: TimeMod,
  occurrence = 0,
): TimeExpression {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`no "${phrase}" in text`);
  const time: TimeExpression = { start, end: start + phrase.length, text: phrase, type, value };
  if (mod) time.mod = mod;
  return time;
}

function mention(body: string, phrase: string, name: string): EntityMention {
  const start = body.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, type: 'ORG', name };
}

function analyse(
  body: string,
  date: string | null,
  times: TimeExpression[],
  entities: EntityMention[] = [],
): ArticleEvent[] {
  return extractEvents(body, date, splitSentences(body), entities, times);
}

const seedTimes: TimeExpression[] = [
  timeAt(text, 'on Wednesday', 'DATE', '2024-02-07'),
  timeAt(text, 'days', 'DURATION', 'PXD'),
  timeAt(text, 'late January', 'DATE', '2024-01', 'END'),
  timeAt(text, 'Also on Wednesday', 'DATE', '2024-02-07'),
];
const seedEntities = [mention(text, 'Kataib Hezbollah', 'Kataib Hezbollah'), mention(text, 'Ras Issa', 'Ras Issa')];

describe('extractEvents on the seed article', () => {
  const events = analyse(text, '2024-02-07', seedTimes, seedEntities);
  const find = (words: string): ArticleEvent | undefined => events.find((e) => e.text.includes(words));

  it('dates the lead to the publication day, exactly', () => {
    const lead = events.find((e) => e.lead);
    expect(lead).toMatchObject({ date: '2024-02-07', precision: 'day', approximate: false, lead: true });
    expect(lead?.text).toMatch(/^A US drone strike has hit a car in the Iraqi capital/);
    expect(lead?.entities).toContain('Kataib Hezbollah');
  });

  it('gives the Jordan strike its own clause dated late January', () => {
    const jordan = find('killed three US troops in Jordan');
    expect(jordan).toMatchObject({ date: '2024-01', mod: 'END', precision: 'month', approximate: true });
    expect(jordan?.text).toBe('a drone strike that killed three US troops in Jordan in late January.');
  });

  it('dates the air assault some days before the strike it precedes', () => {
    const assault = find('air assault');
    expect(assault).toMatchObject({ date: '2024-02-07', mod: 'BEFORE', approximate: true });
    expect(assault?.text).toMatch(/^the US military launched an air assault on dozens of sites in Iraq and Syria/);
    expect(assault?.text).not.toMatch(/retaliation|Jordan/);
  });

  it("dates the Houthi report 'Also on Wednesday' to the publication day", () => {
    expect(find('Ras Issa')).toMatchObject({ date: '2024-02-07', approximate: false, entities: ['Ras Issa'] });
  });

  it('never makes an event of a caption', () => {
    expect(events.some((e) => e.text.includes('Hadi Mizban/AP'))).toBe(false);
  });

  it('makes one event per dating expression, nothing from undated body sentences', () => {
    expect(events).toHaveLength(5);
  });
});

describe('extractEvents', () => {
  it('splits a sentence with two dates into two clauses', () => {
    const body = 'Troops withdrew from the city in March, and elections were held across the country in May.';
    const events = analyse(body, null, [
      timeAt(body, 'in March', 'DATE', '2009-03'),
      timeAt(body, 'in May', 'DATE', '2009-05'),
    ]);
    expect(events.map((e) => [e.date, e.text])).toEqual([
      ['2009-03', 'Troops withdrew from the city in March'],
      ['2009-05', 'elections were held across the country in May.'],
    ]);
  });

  it('dates a clause "two weeks before" an anchor after that anchor', () => {
    const body =
      'Lead sentence here. On Monday, two weeks before the vote on the new constitution, the president resigned his post.';
    const events = analyse(body, '2009-03-10', [
      timeAt(body, 'On Monday', 'DATE', '2009-03-09'),
      timeAt(body, 'two weeks', 'DURATION', 'P2W'),
    ]);
    const vote = events.find((e) => e.mod === 'AFTER');
    expect(vote).toMatchObject({ date: '2009-03-09', text: 'the vote on the new constitution', approximate: true });
  });

  it('keeps the whole sentence when the clause is nothing but its date', () => {
    const body = 'Lead sentence here. On Monday, the president resigned his post after a long scandal.';
    const events = analyse(body, '2009-03-10', [timeAt(body, 'On Monday', 'DATE', '2009-03-09')]);
    expect(events.find((e) => !e.lead)?.text).toBe('On Monday, the president resigned his post after a long scandal.');
  });

  it('ignores references, sets and unresolved values', () => {
    const body = 'Lead sentence here. Officials meet every week and said recently that talks continue in the past.';
    const events = analyse(body, null, [
      timeAt(body, 'every week', 'SET', 'P1W'),
      timeAt(body, 'recently', 'DATE', 'PAST_REF'),
      timeAt(body, 'in the past', 'DATE', 'XXXX-WXX-1'),
    ]);
    expect(events).toEqual([]);
  });

  it('dates a lead that has its own date to that date, not the publication day', () => {
    const body = 'The bank collapsed on Sunday after talks failed. More followed.';
    const events = analyse(body, '2008-09-16', [timeAt(body, 'on Sunday', 'DATE', '2008-09-14')]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2008-09-14', lead: true });
  });

  it('leaves a wire dateline out of the lead', () => {
    const body = 'WASHINGTON (Reuters) - The Fed cut rates by half a point. It said more.';
    expect(analyse(body, '2008-10-08', [])[0]?.text).toBe('The Fed cut rates by half a point.');
  });
});

describe('extractEvents and a lead that states a fact true on any day', () => {
  it("dates no explainer's background to its publication day, and keeps a report's lead", () => {
    const explainer = 'Haiti is part of a large Caribbean island called Hispaniola. It shares the island.';
    expect(analyse(explainer, '2010-01-13', [])).toEqual([]);
    const report = 'Haiti was struck by a powerful earthquake. Thousands are feared dead.';
    expect(analyse(report, '2010-01-13', [])).toMatchObject([{ date: '2010-01-13', lead: true }]);
  });
});

describe('extractEvents and a range of days', () => {
  it("tells a range's happening whole, on each of its days (t17_bpoil)", () => {
    const body = 'The group said it would hold protests in 50 cities from Thursday to Saturday to protest the spill.';
    const events = analyse(body, '2010-05-31', [
      timeAt(body, 'Thursday', 'DATE', '2010-06-03'),
      timeAt(body, 'Saturday', 'DATE', '2010-06-05'),
    ]);
    expect(events.map((e) => [e.date, e.text])).toEqual([
      ['2010-06-03', body],
      ['2010-06-05', body],
    ]);
  });

  it('joins "between" one day "and" another', () => {
    const between = 'The festival runs between June 3 and June 5 in Venice.';
    expect(
      analyse(between, '2010-05-31', [
        timeAt(between, 'June 3', 'DATE', '2010-06-03'),
        timeAt(between, 'June 5', 'DATE', '2010-06-05'),
      ]).map((e) => e.text),
    ).toEqual([between, between]);
  });
});

describe("extractEvents and another story's teaser atop the page", () => {
  it('makes no event of a teaser before its link, and leads with the story (t17_h1n1, Reuters)', () => {
    const body =
      'Helicopter crashes into crane on London tower, kills two. Full Article Egypt orders cull of pig herds ' +
      'CAIRO (Reuters) - Egypt has ordered the slaughter of every pig herd. The virus spreads.';
    const events = analyse(body, '2009-04-29', []);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ lead: true, date: '2009-04-29' });
    expect(events[0]!.text).toContain('Egypt has ordered the slaughter of every pig herd.');
  });
});

describe('extractEvents and a dateline standing alone', () => {
  it('takes the first sentence that tells something as the lead (t17_bpoil)', () => {
    const body = 'GRAND ISLE, La. -- GRAND ISLE, La.\nFishermen watched the oil come ashore. More text.';
    const events = analyse(body, '2010-06-11', []);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ text: 'Fishermen watched the oil come ashore.', lead: true, date: '2010-06-11' });
  });
});

describe('extractEvents with wire datelines', () => {
  it('ignores the date stamped in a dateline and dates the lead to publication', () => {
    const body = 'Fri Jun 12, 2009 6:08 pm EDT GENEVA (Reuters) - The WHO declared a pandemic. More text.';
    const events = analyse(body, '2009-06-12', [timeAt(body, 'Fri Jun 12, 2009', 'DATE', '2009-06-12')]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ text: 'The WHO declared a pandemic.', lead: true, date: '2009-06-12' });
  });
});

describe('extractEvents with overlapping time expressions', () => {
  it('dates a clause once when one expression lies inside another', () => {
    const body = 'Lead sentence here. The bank filed for bankruptcy on Monday afternoon in New York.';
    const events = analyse(body, '2008-09-16', [
      timeAt(body, 'Monday', 'DATE', '2008-09-15'),
      timeAt(body, 'Monday afternoon', 'TIME', '2008-09-15TAF'),
    ]);
    const body2 = events.filter((e) => !e.lead);
    expect(body2).toHaveLength(1);
    expect(body2[0]).toMatchObject({
      date: '2008-09-15TAF',
      precision: 'time',
      text: 'The bank filed for bankruptcy on Monday afternoon in New York.',
    });
  });
});

describe('extractEvents and the report around the lead', () => {
  it("gives the lead event the names told in the report's undated sentences, not those of dated ones", () => {
    const body =
      'A drone strike hit a car in Baghdad. One of the dead was Wissam al-Saadi. Talks in Doha resumed on Monday.';
    const events = analyse(
      body,
      '2024-02-07',
      [timeAt(body, 'Monday', 'DATE', '2024-02-05')],
      [
        mention(body, 'Baghdad', 'Baghdad'),
        mention(body, 'Wissam al-Saadi', 'Wissam al-Saadi'),
        mention(body, 'Doha', 'Doha'),
      ],
    );
    const lead = events.find((e) => e.lead)!;
    expect(lead.entities).toEqual(['Baghdad', 'Wissam al-Saadi']);
    expect(events.find((e) => !e.lead)?.entities).toEqual(['Doha']);
  });
});

describe('extractEvents on a lead that opens with a relative duration', () => {
  it('still dates the lead to publication, whole, beside the clause dated before it', () => {
    const body = 'Days after the election of the new parliament, the president resigned. More text.';
    const events = analyse(body, '2009-03-10', [timeAt(body, 'Days', 'DURATION', 'PXD')]);
    expect(events.map((e) => [e.date, e.mod ?? '', e.text])).toEqual([
      ['2009-03-10', '', 'Days after the election of the new parliament, the president resigned.'],
      ['2009-03-10', 'BEFORE', 'the election of the new parliament'],
    ]);
  });
});

describe('extractEvents and bare anchors', () => {
  it("makes no event of a bare noun phrase ('five days before the attacks')", () => {
    const body = 'Lead sentence here. The bombers drove into Jordan on November 4, five days before the attacks.';
    const events = analyse(body, '2005-11-14', [
      timeAt(body, 'on November 4', 'DATE', '2005-11-04'),
      timeAt(body, 'five days', 'DURATION', 'P5D'),
    ]);
    expect(events.filter((e) => !e.lead).map((e) => [e.date, e.mod ?? ''])).toEqual([['2005-11-04', '']]);
  });
});

describe('extractEvents and stretches of time', () => {
  it("does not date a happening to the bound of a stretch ('since March 2003')", () => {
    const body =
      'Lead sentence here. Most of the injuries since March 2003 were caused by shrapnel, sources said yesterday.';
    const events = analyse(body, '2005-01-19', [
      timeAt(body, 'March 2003', 'DATE', '2003-03'),
      timeAt(body, 'yesterday', 'DATE', '2005-01-18'),
    ]);
    expect(events.filter((e) => !e.lead).map((e) => e.date)).toEqual(['2005-01-18']);
  });
});

describe('extractEvents keeps what a sentence opens with', () => {
  it("keeps 'After the vote,' at the start of a whole sentence", () => {
    const body = 'Lead sentence here. After the vote, the president resigned on Monday.';
    const events = analyse(body, '2009-03-10', [timeAt(body, 'on Monday', 'DATE', '2009-03-09')]);
    expect(events.find((e) => !e.lead)?.text).toBe('After the vote, the president resigned on Monday.');
  });
});

describe('extractEvents and reference lists', () => {
  it('makes no event of a year in an APA-style reference', () => {
    const body = 'Gardens feed cities. Coon, N. (1980). The Dictionary of Useful Plants. Floods hit the town in 1980.';
    const events = analyse(body, '2020-05-01', [
      timeAt(body, '1980', 'DATE', '1980'),
      timeAt(body, '1980', 'DATE', '1980', undefined, 1),
    ]);
    expect(events.filter((e) => !e.lead).map((e) => e.text)).toEqual(['Floods hit the town in 1980.']);
  });
});

/** Every occurrence of `phrase` as a DATE with `value`: the time expressions a tagger would find. */
function timesOf(body: string, phrase: string, value: string): TimeExpression[] {
  const times: TimeExpression[] = [];
  for (let at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + phrase.length))
    times.push({ start: at, end: at + phrase.length, text: phrase, type: 'DATE', value });
  return times;
}

describe('extractEvents trims the links a clause is cut with', () => {
  const twoClauses = (body: string, first: string, second: string): string[] =>
    analyse(body, null, [timeAt(body, first, 'DATE', '2024-02-05'), timeAt(body, second, 'DATE', '2024-02-09')]).map(
      (e) => e.text,
    );

  it('drops marks and links left at the end of a clause, in any mix', () => {
    const body = 'Troops entered Mosul on Monday and then, -- ,; and officials left the city on Friday.';
    expect(twoClauses(body, 'on Monday', 'on Friday')).toEqual([
      'Troops entered Mosul on Monday',
      'officials left the city on Friday.',
    ]);
  });

  it('drops runs of dashes and links at the start of a clause, in any case', () => {
    const dashes = 'The army moved into the city on Monday -- -- -- --, while officials met the mayor on Friday.';
    const capitals = 'The army moved into the city on Monday AND THEN -- officials met the mayor on Friday.';
    for (const body of [dashes, capitals])
      expect(twoClauses(body, 'on Monday', 'on Friday')).toEqual([
        'The army moved into the city on Monday',
        'officials met the mayor on Friday.',
      ]);
  });

  it('keeps a link word that is only the end of a longer word', () => {
    const body = 'The army moved into the city on Monday to take the band; officials met the mayor on Friday.';
    expect(twoClauses(body, 'on Monday', 'on Friday')[0]).toBe(
      'The army moved into the city on Monday to take the band',
    );
  });
});

describe('extractEvents on text built to stall a reader', () => {
  it('dates a sentence with a run of 30 dashes before its last words, whole', () => {
    const body = 'On Monday the army moved into Mosul ------------------------------ officials said.';
    expect(analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')])).toMatchObject([
      { date: '2024-02-05', text: body, lead: true },
    ]);
  });

  it('dates a sentence with a run of 40 commas and of 40 semicolons', () => {
    for (const mark of [',', ';', ':', '—']) {
      const body = `On Monday the army moved into Mosul ${mark.repeat(40)} officials said.`;
      const events = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
      expect(events.map((e) => e.date)).toEqual(['2024-02-05']);
      expect(events[0]!.text.startsWith('On Monday the army moved into Mosul')).toBe(true);
    }
  });

  it('makes no event of a scraped line of separators, and reads the lead after it', () => {
    const separators =
      '. -- -- -- -- -- -- -- -- -- -- -- -- -- -- --, -- -- -- -- -- -- --, -- -- -- -- -- -- --. -- -- -- -- -- --, -- -- -- -';
    expect(analyse(separators, '2024-02-07', [])).toEqual([]);
    const events = analyse(`${separators}\nThe army moved into Mosul.`, '2024-02-07', []);
    expect(events).toMatchObject([{ date: '2024-02-07', lead: true, text: 'The army moved into Mosul.' }]);
  });

  it('gives a sentence of 80,000 spaces or tabs one event of its words', () => {
    for (const space of [' ', '\t']) {
      const body = `On Monday the army moved${space.repeat(80_000)}into Mosul.`;
      const events = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
      expect(events.map((e) => e.text)).toEqual(['On Monday the army moved into Mosul.']);
    }
  });
});

describe('extractEvents keeps its output in proportion to its input', () => {
  it(`cuts an event's text to ${EVENT_TEXT_MAX} characters at a word boundary, with an ellipsis`, () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const body = `On Monday the army said ${words}.`;
    const [event] = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
    expect(event!.text.length).toBeLessThanOrEqual(EVENT_TEXT_MAX);
    expect(event!.text.length).toBeGreaterThan(EVENT_TEXT_MAX / 2);
    expect(event!.text.endsWith('…')).toBe(true);
    // The cut falls between words: what precedes the ellipsis is whole words of the sentence.
    const kept = event!.text.slice(0, -1);
    expect(body.startsWith(kept)).toBe(true);
    expect(body[kept.length]).toBe(' ');
    // The span still covers the clause: a reader opening the event sees all of it.
    expect(body.slice(event!.start, event!.end)).toBe(body);
  });

  it('reads the same text from a long clause whatever white space it holds, wherever that falls', () => {
    // What the cap keeps of a clause folded whole: single-spaced, trimmed, cut as above.
    const expected = (clause: string): string => {
      const folded = clause.replace(/\s+/g, ' ').trim();
      if (folded.length <= EVENT_TEXT_MAX) return folded;
      const room = folded.slice(0, EVENT_TEXT_MAX - 1);
      return `${room.slice(0, room.lastIndexOf(' ')).trimEnd()}…`;
    };
    const spaces = [' ', '  ', '\t', ' \t ', '\u00a0', ' \u2003 '];
    for (let seed = 0; seed < 40; seed++) {
      // Words and runs of white space of many lengths, so that runs straddle every offset that
      // an implementation might cut its reading at; some clauses fold to under the cap.
      const gap = ' '.repeat(seed % 3 === 0 ? 40 * seed + 1 : seed + 1);
      const parts = Array.from(
        { length: 300 },
        (_, i) => `w${(i * 7 + seed) % 13}${spaces[(i + seed) % spaces.length]}`,
      );
      const body = `On Monday${gap}${seed % 3 === 0 ? parts.slice(0, 40).join(gap) : parts.join('')}the army moved.`;
      const [event] = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
      expect(event!.text).toBe(expected(body));
    }
    // Words to about the cap, then a long run of white space, then the clause's last word.
    for (let words = 180; words <= 200; words++) {
      const body = `On Monday ${'x '.repeat(words)}${' \t'.repeat(1000)}end.`;
      const [event] = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
      expect(event!.text).toBe(expected(body));
    }
  });

  it('keeps a clause under the cap whole', () => {
    const body = `On Monday the army said ${'a '.repeat(150)}thing.`;
    const [event] = analyse(body, '2024-02-07', [timeAt(body, 'On Monday', 'DATE', '2024-02-05')]);
    expect(event!.text).toBe(body);
  });

  it('makes one event of a sentence of 2,000 month names, not one per name', () => {
    const body = `${'January '.repeat(2000)}2024.`;
    const events = analyse(body, '2024-02-07', timesOf(body, 'January', '2024-01'));
    expect(events.length).toBeLessThanOrEqual(EVENTS_PER_SENTENCE_MAX);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events).length).toBeLessThan(2 * EVENT_TEXT_MAX);
  });

  it(`gives a list of 50 different dates in one sentence its first ${EVENTS_PER_SENTENCE_MAX}`, () => {
    const years = Array.from({ length: 50 }, (_, i) => 1950 + i);
    const body = `Posted by ${years.map((y) => `the desk in ${y}`).join(' Posted by ')}.`;
    const times = years.flatMap((y) => timesOf(body, `in ${y}`, String(y)));
    const events = analyse(body, '2024-02-07', times);
    expect(events.map((e) => e.date)).toEqual(years.slice(0, EVENTS_PER_SENTENCE_MAX).map(String));
  });

  it('gives each of 20,000 one-line sentences its own event', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `Troops crossed bridge number ${i} on Monday`).join('\n');
    const events = analyse(body, '2024-02-07', timesOf(body, 'on Monday', '2024-02-05'));
    expect(events).toHaveLength(20_000);
    expect(events[19_999]!.text).toBe('Troops crossed bridge number 19999 on Monday');
  });
});

describe('a clause split between two dates with no boundary', () => {
  it('never starts inside a word: "today\'s activities … on Tuesday" keeps the possessive with today', () => {
    const text =
      "A lot of today's activities in the market were related to the takeover of the American International Group on Tuesday in an US$ 85 billion loan.";
    const times = [timeAt(text, 'today', 'DATE', '2008-09-17'), timeAt(text, 'on Tuesday', 'DATE', '2008-09-16')];
    const events = analyse(text, '2008-09-17', times);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.text).toMatch(/^[a-z]/i);
  });
});
