// Scraped articles often begin with their headline run into the lead, with no full stop between:
// "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear …".
// The headline is a run of words with no sentence end, and the lead that follows restarts with a
// capital and tells the same thing again, so it shares the headline's content words.

/** Words that cannot end a headline: a headline never stops on an article or a preposition. */
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
  for (let split = MIN_HEADLINE_WORDS; split <= limit; split++) {
    const before = words[split - 1]!.text;
    // A full stop before it means the splitter already ends the sentence there.
    if (endsSentence(before)) return null;
    const next = words[split]!.text;
    if (!startsSentence(next)) continue;
    const last = bareWord(before.toLowerCase());
    if (FUNCTION_WORDS.has(last)) continue;
    const leadStart = words[split]!.start;
    const headline = text.slice(0, words[split - 1]!.start + before.length);
    if (SENTENCE_OPENERS.has(next.replace(/^["“‘']/, ''))) return { headline, leadStart };
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
  const run = findHeadlineRun(sentence);
  return run === null ? sentence : sentence.slice(run.leadStart);
}
