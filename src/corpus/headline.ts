// Scraped articles often begin with their headline run into the lead, with no full stop between:
// "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear …".
// The headline is a run of words with no sentence end, and the lead that follows restarts with a
// capital and tells the same thing again, so it shares the headline's content words.

/** Words that cannot end a headline: a headline never stops on an article or a preposition. */
// A verb that reports goes on to name its source or what was said ("The senator said The Times
// had misquoted him"): a headline ends on none.
const REPORTING_VERBS = new Set(
  'said says told tells reported reports wrote writes added adds asked asks quoted quotes according'.split(' '),
);

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with about as into over after before than that this ' +
    'these those its his her their our your my is are was were be has have had will would can could may might ' +
    'mr mrs ms dr st no not'
  ).split(' '),
);

/** Words too common in news to show that a lead retells its headline. */
const COMMON_WORDS = new Set(
  (
    'says said say new over after amid first year years us u.s. uk more than will would could has have had ' +
    'been being from with into about their there they them what when where which while who why how'
  ).split(' '),
);

const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$/;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
// The lead must retell this many of the headline's content words to count as its retelling.
const MIN_SHARED_WORDS = 2;

export interface HeadlineRun {
  /** The headline, as written. */
  headline: string;
  /** Where the lead begins in the text. */
  leadStart: number;
}

interface Word {
  text: string;
  start: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ text: match[0], start: match.index });
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The word without the punctuation around it: a scan from each end, linear whatever the word. */
function bareWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !LETTER_OR_DIGIT.test(word[start]!)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}

function contentWord(word: string): string | null {
  const bare = bareWord(word.toLowerCase()).replace(/['’]s$/, '');
  if (bare.length < 3 || FUNCTION_WORDS.has(bare) || COMMON_WORDS.has(bare)) return null;
  // A crude stem: "spill" and "spills", "fear" and "fears" are one word here.
  return bare.length > 5 ? bare.slice(0, 5) : bare.replace(/s$/, '');
}

const startsSentence = (word: string): boolean => /^["“‘']?\p{Lu}/u.test(word);
// Words that open a sentence and are capitalised mid-sentence only when a full stop went missing:
// "… a disaster for the US This was the catastrophe …".
const SENTENCE_OPENERS = new Set(
  'The This These Those A An Another Some Several Many It Its He She They We His Her Their Our In On At After But'.split(
    ' ',
  ),
);
const endsSentence = (word: string): boolean => /[.!?:]["”’']?$/.test(word);
// A colon ends no sentence the splitter sees: it introduces what follows inside a headline
// ("Swine flu: fears of pandemic rise", "Napolitano: This is a spill of national significance").
const introduces = (word: string): boolean => /:["”’']?$/.test(word);
const OPENING_QUOTE = /^[`“‘"]$/;

/**
 * Finds a headline run into the lead at the start of `text` (the first sentence as the sentence
 * splitter sees it): the earliest split after 3–20 words where the headline does not end on a
 * function word and the next word is a sentence opener ("The", "This", "He") or starts with a
 * capital and begins a lead that repeats at least two of the headline's content words within its
 * first sentence. Null when there is none.
 */
export function findHeadlineRun(text: string): HeadlineRun | null {
  const words = wordsOf(text);
  const limit = Math.min(words.length - MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS);
  // Each word's content stem, computed once: the splits below share them.
  const stems = new Map<number, string | null>();
  const stem = (i: number): string | null => {
    if (!stems.has(i)) stems.set(i, contentWord(words[i]!.text));
    return stems.get(i)!;
  };
  // The headline's content words grow with the split; `counted` words are in already.
  const headlineWords = new Set<string>();
  let counted = 0;
  // The first word after the headline's last colon, and where it is: the subject of what the
  // colon introduces ("Chairman Carl-Henric Svanberg: BP still in ` grand shape '").
  let introduced: { word: string; at: number } | null = null;
  for (let split = MIN_HEADLINE_WORDS; split <= limit; split++) {
    const before = words[split - 1]!.text;
    // "Fukuda: ` The picture is evolving ' The international …": what a colon or an opening quote
    // introduces goes on; the lead starts after it.
    if (introduces(before)) introduced = { word: words[split]!.text, at: split };
    if (introduces(before) || OPENING_QUOTE.test(before)) continue;
    // Nor does a headline end on a comma: "… forces in Iraq, The Observer has learned".
    if (/[,;]$/.test(before)) continue;
    // A full stop before it means the splitter already ends the sentence there.
    if (endsSentence(before)) return null;
    const next = words[split]!.text;
    if (!startsSentence(next)) continue;
    // A date goes on: "… leaking into the Gulf since 20" + "April …" splits no headline.
    if (/^\d{1,2}$/.test(bareWord(before)) && MONTH_WORD.test(bareWord(next))) continue;
    const last = bareWord(before.toLowerCase());
    if (FUNCTION_WORDS.has(last) || REPORTING_VERBS.has(last)) continue;
    const leadStart = words[split]!.start;
    const headline = text.slice(0, words[split - 1]!.start + before.length);
    // The lead opens as sentences do, or restarts with the headline's own subject ("BP plans to
    // use robots to lower a cap BP hopes to contain the spill …"), or with the subject of what
    // its colon introduced ("… Svanberg: BP still in ` grand shape ' despite record losses BP says").
    const restarts =
      (next === words[0]!.text && split > MIN_HEADLINE_WORDS) ||
      (introduced !== null && next === introduced.word && split - introduced.at >= MIN_HEADLINE_WORDS);
    if (SENTENCE_OPENERS.has(next.replace(/^["“‘']/, '')) || restarts) return { headline, leadStart };
    // Two capitalised words in a row are a name ("Gulf of Mexico", "Barack Obama") more often
    // than a headline's end: a lead starting so must still share the headline's words.
    for (; counted < split; counted++) {
      const c = stem(counted);
      if (c !== null) headlineWords.add(c);
    }
    const seen = new Set<string>();
    for (let i = split; i < words.length && seen.size < MIN_SHARED_WORDS; i++) {
      const c = stem(i);
      if (c !== null && headlineWords.has(c)) seen.add(c);
      if (endsSentence(words[i]!.text)) break;
    }
    if (seen.size >= MIN_SHARED_WORDS) return sentenceStartAhead(text, words, split) ?? { headline, leadStart };
  }
  return null;
}

// How far past a split the lead's true start may lie: a headline ending in a name ("… close UK
// school") splits first before the name.
const LOOK_AHEAD_WORDS = 3;
// How many words other than function words a Title Case headline has before a lead that opens
// with no lead opener (titleCaseRun).
const MIN_TITLE_CONTENT_WORDS = 4;

/**
 * The split a few words on when one is there: a capital right after a lower-case word that is no
 * function word ("UK school Another nine UK cases …") starts a sentence, where the capital the
 * first split found began a name inside the headline.
 */
function sentenceStartAhead(text: string, words: Word[], split: number): HeadlineRun | null {
  for (let j = split + 1; j <= Math.min(split + LOOK_AHEAD_WORDS, words.length - MIN_HEADLINE_WORDS); j++) {
    const before = words[j - 1]!.text;
    if (endsSentence(before)) return null;
    if (!startsSentence(words[j]!.text) || !/^\p{Ll}/u.test(before)) continue;
    if (FUNCTION_WORDS.has(bareWord(before.toLowerCase()))) continue;
    return { headline: text.slice(0, words[j - 1]!.start + before.length), leadStart: words[j]!.start };
  }
  return null;
}

/** The sentence without a headline run into it: the lead alone. */
export function withoutHeadline(sentence: string): string {
  // A Title Case headline ends where sentence case begins ("Geithner Grilled on His Past, Path
  // Forward Treasury secretary nominee …"), wherever its capitals seem to restart.
  const titled = titleCase(sentence) ? titleCaseRun(sentence) : null;
  const run =
    (titled && !NOT_A_HEADLINE.some((rule) => rule.pattern.test(titled.headline)) ? titled : null) ??
    findHeadlineRun(sentence);
  if (run === null) return sentence;
  // A page may run its standfirst in after the headline: "Gulf oil spill: BP hopes to cap flow
  // ` within 24 hours ' BP plans to use robots to lower a cap BP hopes to contain the spill …".
  const lead = sentence.slice(run.leadStart);
  const standfirst = findHeadlineRun(lead);
  return standfirst === null ? lead : lead.slice(standfirst.leadStart);
}

/**
 * What a run before the lead may be besides a headline, each named with an example: the detector
 * above finds any run of words before a restart, and a page's furniture runs into its lead too.
 */
export const NOT_A_HEADLINE: Array<{ name: string; pattern: RegExp; example: string }> = [
  { name: 'byline', pattern: /^By\s/, example: 'By Maggie Fox, Health and Science Editor' },
  {
    name: 'time-stamp',
    pattern: /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[.:]\d\d\b/,
    example: 'Friday 14 January 2005 02.44 GMT',
  },
  {
    // A sentence opens on the day it tells of ("On Saturday Foreign Minister Patricia Espinosa
    // criticised …"); a headline does not.
    name: 'day-opener',
    pattern:
      /^(?:(?:Earlier|Later|Early|Late) )?(?:On|on|Last|last|This|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/,
    example: 'On Saturday Foreign Minister Patricia',
  },
  // A wire's dateline ("BAGHDAD, Iraq (AP)_") or a sentence cut inside a parenthesis.
  { name: 'parenthesis', pattern: /[()[\]]/, example: "O'SMACH, Cambodia (AP)_" },
  { name: 'markup', pattern: /[|*\\`_<>{}=#@]/, example: '* Mexican government announces fatal swine flu outbreak *' },
  // A headline ends on a word: a trailing dash, colon or comma is a dateline or a label.
  { name: 'trailing-mark', pattern: /[^\p{L}\p{N}'’"”!?]$/u, example: 'WASHINGTON (Reuters) -' },
];

// Leads open so as well as the sentence openers above; a title is split before one only.
const LEAD_OPENERS = new Set([
  ...SENTENCE_OPENERS,
  ...'For As When While More Two Three Four Five Six Seven'.split(' '),
]);

// Titles written before a name, which a lead opening on the name opens with.
const NAME_TITLES = new Set(
  'President Sen. Senator Gov. Governor Rep. Secretary Minister Chancellor Gen. General Adm. Admiral Dr. Mr. Mrs. Ms. Judge Justice Chairman'.split(
    ' ',
  ),
);

// "U.S.", "D.C.": a full stop that ends no sentence.
const ABBREVIATION = /^(?:\p{L}\.)+$/u;
const capitalised = (word: string): boolean => /^["“‘']?\p{Lu}/u.test(word);
const lowerWord = (word: string): boolean => /^["“‘']?\p{Ll}/u.test(word);

/**
 * A headline in Title Case ("U.S. Seizes Control of AIG With $85 Billion Emergency Loan Invoking
 * extraordinary powers …") capitalises the lead's first word like its own, so it ends before the
 * capitalised word that the first lower-case word other than a function word follows. Only when
 * the first three words that are no function words are capitalised; null when the headline is
 * under three words, or is three capitalised words alone (a name: "Louisiana Governor Bobby").
 */
function titleCase(line: string): boolean {
  const content = wordsOf(line.slice(0, 200)).filter(
    (w) => /\p{L}/u.test(w.text) && !FUNCTION_WORDS.has(bareWord(w.text.toLowerCase())),
  );
  return content.length >= 4 && content.slice(0, 3).every((w) => capitalised(w.text));
}

function titleCaseRun(line: string): HeadlineRun | null {
  const words = wordsOf(line);
  const bare = (k: number): string => bareWord(words[k]!.text.toLowerCase());
  for (let i = 1; i < Math.min(words.length, MAX_HEADLINE_WORDS + 2); i++) {
    if (endsSentence(words[i - 1]!.text) && !ABBREVIATION.test(words[i - 1]!.text)) return null;
    if (!lowerWord(words[i]!.text) || FUNCTION_WORDS.has(bare(i))) continue;
    // The sentence case starts here: the lead opens at the capitalised run before, at an
    // opener in it ("… On Trade The Obama administration is …"), else at the word right before
    // ("… Emergency Loan Invoking extraordinary powers …"); past function words, only at an opener.
    let last = i - 1;
    while (last > 0 && lowerWord(words[last]!.text) && FUNCTION_WORDS.has(bare(last))) last--;
    let split = last === i - 1 ? last : -1;
    for (let j = last; j >= Math.max(0, last - LOOK_AHEAD_WORDS) && capitalised(words[j]!.text); j--) {
      if (SENTENCE_OPENERS.has(words[j]!.text)) {
        split = j;
        break;
      }
    }
    // A name's title opens the lead with it: "… With McCain and Obama" + "President Bush said".
    while (split > MIN_HEADLINE_WORDS && NAME_TITLES.has(words[split - 1]!.text)) split--;
    if (split < MIN_HEADLINE_WORDS || !capitalised(words[split]!.text) || FUNCTION_WORDS.has(bare(split - 1)))
      return null;
    const lead = words[split]!.text.replace(/^["“‘']/, '');
    const hasFunctionWord = words.slice(0, split).some((_, k) => FUNCTION_WORDS.has(bare(k)));
    // Three or four capitalised words alone are a name ("Louisiana Governor Bobby Jindal said");
    // with function words among them, fewer than four that are not run on into a name as often as
    // they end a headline ("Shares in London-based BP" + "Plc fell", "Earlier on Tuesday, the
    // United" + "Nations chief said"): only a lead opener then shows where the lead begins.
    const contentWords = words.slice(0, split).filter((w, k) => /\p{L}/u.test(w.text) && !FUNCTION_WORDS.has(bare(k)));
    if (!LEAD_OPENERS.has(lead) && (split < 4 || !hasFunctionWord || contentWords.length < MIN_TITLE_CONTENT_WORDS))
      return null;
    const before = words[split - 1]!;
    return { headline: line.slice(0, before.start + before.text.length), leadStart: words[split]!.start };
  }
  return null;
}

// A title names the article in every list, so a sentence-case run must be surer than a summary's:
// the lead opens as leads do, or retells four of the headline's content words ("Trustcorp Inc. will become
// Society Bank amp Trust when …" in TimeBank retells three).
const TITLE_SHARED_WORDS = 4;
const TITLE_LEAD_WORDS = 25;

/**
 * A headline in sentence case ("Officials fear disease outbreak in Haiti's quake camps Health
 * officials in Haiti fear …"), found by findHeadlineRun, when the lead opens as leads do or
 * retells the headline, and the headline does not end in a capitalised word the lead's first
 * continues ("… in Mexico City amid …", "… hand over Abu Ghraib jail …").
 */
function sentenceCaseRun(line: string): HeadlineRun | null {
  const run = findHeadlineRun(line);
  if (run === null) return null;
  const last = run.headline.slice(run.headline.lastIndexOf(' ') + 1);
  const leadWords = wordsOf(line.slice(run.leadStart)).slice(0, TITLE_LEAD_WORDS);
  if (LEAD_OPENERS.has(leadWords[0]!.text.replace(/^["“‘']/, ''))) return run;
  if (capitalised(last)) return null;
  const headlineWords = new Set(wordsOf(run.headline).map((w) => contentWord(w.text)));
  const retold = new Set(leadWords.map((w) => contentWord(w.text)).filter((c) => c !== null && headlineWords.has(c)));
  return retold.size >= TITLE_SHARED_WORDS ? run : null;
}

// A wire dateline opening the lead: a place in capitals, a comma ("TOULON, France, Sept. 25 --").
// Not a roman numeral ("Development Driller III, left,").
const DATELINE_PLACE = /^(?![IVXLCDM]+,)\p{Lu}{3}[\p{Lu}'-]*,$/u;

/**
 * A run found as in sentence case, where the headline ends in a word in lower case or a closing
 * quote ("… of national significance" + "The US military …"): a capitalised word ends no Title
 * Case headline before "After", "In" or "A", which such headlines capitalise too.
 */
function afterLowerCase(line: string, run: HeadlineRun | null): HeadlineRun | null {
  if (run === null) return null;
  const last = run.headline.slice(run.headline.lastIndexOf(' ') + 1);
  return lowerWord(last) || /["”]$/.test(last) ? run : null;
}

/** A Title Case headline that runs into a dateline: the lead starts at the place in capitals. */
function datelineRun(line: string): HeadlineRun | null {
  const words = wordsOf(line);
  for (let i = MIN_HEADLINE_WORDS; i < Math.min(words.length, MAX_HEADLINE_WORDS + 1); i++) {
    const word = words[i]!.text;
    if (endsSentence(words[i - 1]!.text) || lowerWord(words[i - 1]!.text)) return null;
    if (!DATELINE_PLACE.test(word)) continue;
    // The place may take two words in capitals ("NEW YORK,", "RIO DE JANEIRO,").
    let start = i;
    while (start > MIN_HEADLINE_WORDS && /^\p{Lu}{2,}$/u.test(words[start - 1]!.text)) start--;
    const before = words[start - 1]!;
    return { headline: line.slice(0, before.start + before.text.length), leadStart: words[start]!.start };
  }
  return null;
}

// How far into its text a page's picture credit shows that the text opens with the page's
// furniture: headline, standfirst, caption and credit run in before the lead.
const CREDIT_WITHIN = 800;

/** "… Photograph: Gerald Herbert/AP The US government …": a page opening with its furniture. */
function creditedPage(line: string): boolean {
  const at = line.indexOf('Photograph: ');
  return at > 0 && at < CREDIT_WITHIN;
}

/**
 * The headline a scraped article opens with, run into its lead, when the run is a headline and
 * not a byline, time stamp or dateline; null otherwise. The corpus layer makes it the article's
 * title; the text stays as written (benchmarks align their gold offsets with it).
 */
export function openingHeadline(text: string): HeadlineRun | null {
  const start = text.length - text.trimStart().length;
  // A headline is on the article's first line; the detectors need no more than that.
  const lineEnd = text.indexOf('\n', start);
  const firstLine = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  // A Title Case headline may end in a quote or a dateline the capitals run on into ("Homeland
  // Security Secretary Napolitano: This is a spill of national significance The US military
  // has joined …", "Sarkozy Advocates Systemic Change After Crisis TOULON, France, Sept. 25 --"):
  // where no capital ends it, the lead is found as in sentence case, or at the dateline.
  const run = titleCase(firstLine)
    ? (titleCaseRun(firstLine) ?? datelineRun(firstLine) ?? afterLowerCase(firstLine, sentenceCaseRun(firstLine)))
    : creditedPage(firstLine)
      ? findHeadlineRun(firstLine)
      : sentenceCaseRun(firstLine);
  if (run === null || NOT_A_HEADLINE.some((rule) => rule.pattern.test(run.headline))) return null;
  return { headline: run.headline, leadStart: start + run.leadStart };
}
