import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/nlp/events.js';
import { isPageFurniture } from '../../src/nlp/furniture.js';
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

  it("dates no event from a reader's comment header or a print note", () => {
    for (const sentence of [
      'At 07:29 am on 10 Jun 2009, AChineseStudent wrote: This comment was removed because the moderators said so.',
      'A version appeared on p33 of the Main section of the Guardian on 15.58 BST on Thursday 11 June 2009.',
    ]) {
      expect(isPageFurniture(sentence)).toBe(true);
      expect(eventDates(sentence, '2009-06-11')).toEqual([]);
    }
    expect(isPageFurniture('In a letter on 10 June, the minister wrote: "We are ready."')).toBe(false);
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
