// Page furniture is text a site wraps round every article: update stamps, broadcast listings,
// share and comment widgets. Its dates are the page's, not the story's: "Available until 1 Jan
// 2099" on a BBC radio page made 2099 the newest day of a 2009 story.

// Phrases that occur in furniture and hardly ever in reporting. Words that also tell news
// ("copyright lawsuit", "signed up to the treaty", "listen to the people") are not among them
// unless their furniture form is written out whole.
const FURNITURE =
  /\b(?:Page last updated|Last updated at|Available until|(?:First )?broadcast on BBC|Listen to (?:File on|the (?:programme|podcast|interview))|Listen again|Click here|Share this (?:page|article|story)|Report abuse|Print this (?:page|article)|E-?mail this (?:page|article|story)|All rights reserved|Copyright ©|Sign up (?:for|to) (?:our|the) (?:newsletter|daily)|Follow us on|Comments? \(\d+\)|Related (?:links|stories|Internet links))\b/i;

// A reader's comment under the article opens with its own time stamp and handle ("At 07:29 am on
// 10 Jun 2009, AChineseStudent wrote:"); reporting that quotes a letter names no date before it.
const COMMENT_HEADER = /\bon \d{1,2} [A-Z][a-z]{2} \d{4}, [^\s,]+ wrote:/;

// How a newspaper's site tells where the article was printed, and its share widget.
const PRINT_NOTE = /\b(?:A version (?:of this article )?appeared on p\d+|Copy the URL and paste)\b/i;

/** Whether a sentence is the page's rather than the story's, so its dates are no event. */
export function isPageFurniture(sentence: string): boolean {
  return FURNITURE.test(sentence) || COMMENT_HEADER.test(sentence) || PRINT_NOTE.test(sentence);
}
