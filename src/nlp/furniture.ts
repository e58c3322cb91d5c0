// Page furniture is text a site wraps round every article: update stamps, broadcast listings,
// share and comment widgets. Its dates are the page's, not the story's: "Available until 1 Jan
// 2099" on a BBC radio page made 2099 the newest day of a 2009 story.

// Phrases that occur in furniture and hardly ever in reporting. Words that also tell news
// ("copyright lawsuit", "signed up to the treaty", "listen to the people") are not among them
// unless their furniture form is written out whole.
const FURNITURE =
  /\b(?:Page last updated|Last updated at|Available until|(?:First )?broadcast on BBC|Listen to (?:File on|the (?:programme|podcast|interview))|Listen again|Click here|Share this (?:page|article|story)|Report abuse|Print this (?:page|article)|E-?mail this (?:page|article|story)|All rights reserved|Copyright ©|Sign up (?:for|to) (?:our|the) (?:newsletter|daily)|Follow us on|Comments? \(\d+\)|Related (?:links|stories|Internet links)|Letters for publication should be sent to|If you need help using the site|This discussion is (?:now )?closed|delivered to your inbox|moved to a new blogging system)\b/i;

// A reader's comment under the article opens with its own clock time, date and handle ("At 07:29
// am on 10 Jun 2009, AChineseStudent wrote:", "At 08:53 22nd Jun 2010, Indigo_2 wrote:");
// reporting that quotes a letter gives it no clock time.
const COMMENT_HEADER =
  /\b\d{1,2}[:.]\d\d(?: ?[ap]m)? (?:on )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}, [^\s,]+ wrote:/;

// How a newspaper's site tells where the article was printed, its share widget, and what it puts
// in place of a wire story it may no longer show.
const PRINT_NOTE =
  /\b(?:A version (?:of this article )?appeared (?:on p\d+|in the)|Copy the URL and paste|This content has been removed as our copyright has expired)\b/i;

/** Whether a sentence is the page's rather than the story's, so its dates are no event. */
export function isPageFurniture(sentence: string): boolean {
  return (
    FURNITURE.test(sentence) || COMMENT_HEADER.test(sentence) || PRINT_NOTE.test(sentence) || isTimeStamp(sentence)
  );
}

// What a page's time stamp is made of: "Wed 15 Mar 2023 07.39 GMT", "Published 7 February 2024,
// 21:15 GMT", "First published on Tue 14 Mar 2023 18.00 GMT", "Updated at 19.20 GMT".
const STAMP_LABELS = new Set(['published', 'updated', 'first', 'last', 'modified', 'posted', 'on', 'at', 'and']);
const STAMP_WORDS = new Set(
  (
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august ' +
    'september october november december gmt bst utc est edt cst cdt pst pdt et cet cest uk am pm'
  ).split(' '),
);
const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;
const CLOCK = /^\d{1,2}[.:]\d\d(?:am|pm)?$/;
const STAMP_MAX_WORDS = 14;
const EDGE_PUNCTUATION = new Set([...'([,.;:)]']);

/** The word without brackets and stops at either end, scanned from each end. */
function withoutEdgePunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_PUNCTUATION.has(word[start]!)) start++;
  while (end > start && EDGE_PUNCTUATION.has(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/**
 * Whether a sentence is only a time stamp, perhaps labelled ("Updated 8 February 2024"), or a
 * reader's handle before a date and a clock time ("SomeReader 14 Mar 2023 21:04"): it dates the
 * page or a comment, not a happening. Read word by word, with no pattern over the whole line.
 */
export function isTimeStamp(sentence: string): boolean {
  return stampShape(sentence) !== 'none';
}

/**
 * What a line is as a stamp: none, a page's own ("Updated 8 February 2024"), or a reader's, a
 * handle before a full date and a clock time ("SomeReader 14 Mar 2023 21:04").
 */
function stampShape(sentence: string): 'none' | 'page' | 'reader' {
  const words = sentence
    .split(/\s+/)
    .map((word) => withoutEdgePunctuation(word).toLowerCase())
    .filter((word) => word !== '' && word !== '-' && word !== '|');
  if (words.length === 0 || words.length > STAMP_MAX_WORDS) return 'none';
  let dated = false;
  let clock = false;
  let month = false;
  let handle = false;
  let other = 0;
  let labels = 0;
  words.forEach((word, i) => {
    if (CLOCK.test(word)) clock = dated = true;
    else if (NUMBER.test(word) || STAMP_WORDS.has(word)) {
      dated = true;
      if (MONTHS.has(word)) month = true;
    } else if (STAMP_LABELS.has(word)) labels++;
    else if (i === 0) handle = true;
    else other++;
  });
  if (!dated || other > 0) return 'none';
  if (!handle) return 'page';
  // The date names its month: a table row ("Sales 9.06 9.31 8.42") has clock-like figures and no month.
  return labels === 0 && clock && month && words.length >= 4 ? 'reader' : 'none';
}

/**
 * Whether a sentence heads a reader's comment: "SomeReader 14 Mar 2023 21:04", "At 07:29 am on
 * 10 Jun 2009, AChineseStudent wrote:". What follows it, to the end of its paragraph, is the
 * comment. A list's number ("1.") or a page's stamp heads none.
 */
export function opensComment(sentence: string): boolean {
  return COMMENT_HEADER.test(sentence) || stampShape(sentence) === 'reader';
}

/**
 * A fact true on any day ("Haiti is part of a large Caribbean island called Hispaniola"): a
 * name, then "is" or "are" and a description. An article that leads with one tells no happening
 * of its publication day, and a day's summary is none.
 */
export const BACKGROUND_FACT =
  /^(?:The )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (?:is|are) (?:a|an|one of|part of|home to|located|situated|known as|the (?:largest|biggest|world's|country's|capital))\b/;
