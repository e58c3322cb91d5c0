import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/nlp/events.js';
import { analyzeArticle } from '../../src/nlp/index.js';
import { isPageFurniture, isTimeStamp, opensComment } from '../../src/nlp/furniture.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

function eventDates(body: string, published: string): string[] {
  const sentences = splitSentences(body);
  const times = findTimeExpressions(body, published, sentences);
  return extractEvents(body, published, sentences, [], times).map((event) => event.date);
}

describe('page furniture', () => {
  // A BBC radio page's listing, as scraped into a Timeline17 h1n1 article.
  const listing =
    'The WHO appear likely to announce that the H1N1 swine flu outbreak has reached pandemic level. ' +
    'Broadcast on BBC Radio 4, 4:30 PM Thu, 11 Jun 2009 Available until 12:00 AM Thu, 1 Jan 2099 ' +
    'First broadcast BBC Radio 4, 4:30 PM Thu, 11 Jun 2009';

  it('dates no event from a broadcast listing or an update stamp', () => {
    const dates = eventDates(listing, '2009-06-11');
    expect(dates.some((date) => date.startsWith('2099'))).toBe(false);
    const stamp = 'Page last updated at 07:39 GMT, Wednesday, 13 January 2010 08:39 UK. The quake struck on Tuesday.';
    expect(eventDates(stamp, '2010-01-13')).toEqual(['2010-01-12']);
  });

  it("dates no event from a reader's comment header, a print note or a removed story's notice", () => {
    for (const sentence of [
      'At 07:29 am on 10 Jun 2009, AChineseStudent wrote: This comment was removed because the moderators said so.',
      'At 08:53 22nd Jun 2010, Indigo_2 wrote: The spill began on 20 April.',
      'A version appeared on p33 of the Main section of the Guardian on 15.58 BST on Thursday 11 June 2009.',
      'This content has been removed as our copyright has expired on Thursday.',
      // The Guardian's letters and help footer after an obituary (t17_iraq).
      'Died June 5 2005 Letters for publication should be sent to: letters@guardian.co.uk If you need help using the site: userhelp@guardian.co.uk',
      'This discussion is now closed for comments on 12 June 2009.',
      // A newsletter's offer (t17_finan) and a blog platform's notice (t17_h1n1).
      'Get Wonkbook delivered to your inbox or mobile device every morning from 21 November.',
      'On 1st March we moved to a new blogging system.',
    ]) {
      expect(isPageFurniture(sentence)).toBe(true);
      expect(eventDates(sentence, '2009-06-11')).toEqual([]);
    }
    expect(isPageFurniture('In a letter on 10 June, the minister wrote: "We are ready."')).toBe(false);
    expect(isPageFurniture('In a letter dated 10 June 2009, Smith wrote: "We are ready."')).toBe(false);
  });

  it('keeps reporting that shares a word with furniture', () => {
    for (const sentence of [
      'The band filed a copyright lawsuit on Monday against the label.',
      'Twelve countries signed up to the treaty on Monday in Geneva.',
      'Listen to the people, the president told the rally on Monday in Ohio.',
    ]) {
      expect(isPageFurniture(sentence)).toBe(false);
      expect(eventDates(sentence, '2010-01-13')).toEqual(['2010-01-11']);
    }
  });
});

describe("a saved page's stamps, comments and picture labels", () => {
  // Written for this test in the shape of pages saved from a browser as text.
  const page = [
    'Protesters clashed with police in Paris on Tuesday as anger over the reform grew.',
    '',
    'Anne Writer in Paris',
    'Wed 15 Mar 2023 07.39 GMT',
    'First published on Tue 14 Mar 2023 18.00 GMT',
    'Published 7 February 2024, 21:15 GMT',
    'Updated at 19.20 GMT',
    '',
    'The unions said they would strike again on Thursday.',
    '',
    'Comments (12)',
    'SomeReader 14 Mar 2023 21:04',
    'I was there on 14 March 2023 and nobody listened.',
    'AnotherUser 15 Mar 2023 06:12',
    'In 1968 the students did it better.',
    '',
    'Image caption, Police fire tear gas in Paris on Wednesday',
    'Riot police stand by a burning barricade on Wednesday (Reuters)',
    'Ministers met on Friday to discuss the vote.',
  ].join('\n');

  it('dates events from the reporting only', () => {
    expect(eventDates(page, '2023-03-15')).toEqual(['2023-03-14', '2023-03-16', '2023-03-10']);
  });

  it('reads a time stamp as one, and a sentence with a date as reporting', () => {
    for (const stamp of ['Wed 15 Mar 2023 07.39 GMT', 'Updated 8 February 2024', 'Reader1 14 Mar 2023 21:04'])
      expect(isTimeStamp(stamp)).toBe(true);
    for (const sentence of [
      'The strike occurred on Wednesday.',
      'Obama spoke on Monday at 9.30am',
      'Kim Willsher in Paris',
    ])
      expect(isTimeStamp(sentence)).toBe(false);
  });

  it('takes a comment to run to the end of its paragraph, not further', () => {
    expect(opensComment('SomeReader 14 Mar 2023 21:04')).toBe(true);
    expect(opensComment('Wed 15 Mar 2023 07.39 GMT')).toBe(false);
    const body = 'Reader1 14 Mar 2023 21:04\nThe vote was on 13 March 2023.\n\nThe senate voted on 16 March 2023.';
    expect(eventDates(body, '2023-03-17')).toEqual(['2023-03-16']);
  });

  it('takes a numbered list for no comment thread: the names and days after "1." are the story\'s', () => {
    expect(opensComment('1.')).toBe(false);
    const text =
      'Results of the 100 metres:\n1.\nMichelle Freeman ( Jamaica ) 12.71 seconds\nThe final was run on 13 March 2023.';
    expect(eventDates(text, '2023-03-17')).toContain('2023-03-13');
    const names = analyzeArticle({
      id: 'a',
      path: 'a.txt',
      date: '2023-03-17',
      dateSource: 'header',
      title: '',
      text,
    }).entities.map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(['Michelle Freeman', 'Jamaica']));
  });

  it('takes a table row of figures for no comment header, so the reporting after it still counts', () => {
    expect(opensComment('Sales 9.06 9.31 8.42')).toBe(false);
    const body = 'Sales 9.06 9.31 8.42\nThe board met on 13 March 2023.';
    expect(eventDates(body, '2023-03-17')).toContain('2023-03-13');
  });
});

describe('names on the page, not in the story', () => {
  it('leaves out the names in readers comments and furniture, and keeps those of the reporting', () => {
    const text = [
      'Health officials in Geneva said on Monday that the World Health Organization would meet.',
      '',
      'At 9:44 pm on 19 May 2009, ttang wrote: This comment was removed because the moderators found it broke the House Rules. China lied about SARS.',
      '',
      'Margaret Chan spoke in London. Page last updated at 07:39 GMT on Reuters',
    ].join('\n');
    const names = analyzeArticle({
      id: 'a',
      path: 'a.txt',
      date: '2009-05-20',
      dateSource: 'header',
      title: '',
      text,
    }).entities.map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(['Geneva', 'World Health Organization', 'Margaret Chan', 'London']));
    for (const pageName of ['House Rules', 'China', 'SARS', 'Reuters']) expect(names).not.toContain(pageName);
  });
});
