// What a key day's summary may be: a sentence that says what happened that day. Scraped news
// carries page furniture, time stamps, bylines, reader comments, captions and background facts
// into its sentences; each rule below names one kind, with an example, so a test can run them all.
import { withoutHeadline } from '../corpus/headline.js';
import { standAloneScore } from './summary.js';
import { contentStems, cosine } from './words.js';

export interface TextRule {
  name: string;
  pattern: RegExp;
  example: string;
}

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
// "07:39", "4:23 pm", "6pm", with a zone or none.
const CLOCK =
  '\\d{1,2}(?:[.:]\\d\\d(?: ?[apAP]\\.?[mM]\\.?)?| ?[apAP]\\.?[mM]\\.?)(?: (?:BST|GMT|UTC|EDT|EST|CDT|CST|PDT|PST|ET|JST|IST|CET|CEST))?';

/** Prefixes cut off the front of a sentence; what remains may still be a summary. */
export const PREFIX_RULES: TextRule[] = [
  {
    name: 'time-stamp',
    pattern: new RegExp(
      `^(?:${WEEKDAY} )?(?:\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2},? \\d{4})(?:[,;]? ${CLOCK})?(?: \\(\\w+\\))?(?: ?[-–—:])? `,
    ),
    example: 'Saturday 25 April 2009 23.24 BST Swine flu has similar symptoms to seasonal flu.',
  },
  {
    // A wire's stamp with the date in numbers: "2009 05 3 08:53 JST MEXICO CITY (Reuters) - …".
    name: 'numeric-time-stamp',
    pattern: new RegExp(`^\\d{4} \\d{1,2} \\d{1,2},? ${CLOCK} `),
    example: "2009 05 3 08:53 JST Mexico's flu outbreak appeared to be stabilizing on Saturday.",
  },
  {
    name: 'timeline-entry',
    pattern: new RegExp(`^${MONTH} \\d{1,2}(?:,? \\d{4})? ?[-–—:] `),
    example: 'May 19 - The first heavy oil from the spill sloshes ashore in Louisiana marshlands.',
  },
  {
    name: 'clock-time',
    // Also a live blog's entry: "6pm CDT: Doug Suttles says BP has restarted pumping mud".
    pattern: new RegExp(`^(?:[Ll]ast [Uu]pdated:? )?${CLOCK}(?::| [-–—:])? `),
    example: '07:39 GMT Rescuers pulled a girl alive from the rubble.',
  },
  {
    name: 'dateline',
    pattern:
      /^[A-Z][A-Z .'-]{1,30}(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \((?:AP|AFP|Reuters|Bloomberg|CNN|UPI)\))? (?:--|[-–—]) /,
    example: 'WASHINGTON (Reuters) - BP agreed to set aside $20 billion for spill claims.',
  },
  {
    // The day is the row's own: "Yesterday, Bush called …" reads "Bush called …" under it.
    name: 'relative-day',
    pattern: /^(?:Yesterday|Today|Last night|This morning|Earlier today), /,
    example: "Yesterday, Bush called nearly every member of Texas's Republican delegation.",
  },
  {
    name: 'byline',
    pattern:
      /^By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,? (?:Associated Press|AP|Reuters|BBC News)[\w ]{0,20})? (?=[A-Z])/,
    example: 'By Jane Smith The oil company said the well was capped.',
  },
];

/** Sentences that are never a summary, whatever follows. */
export const REJECT_RULES: TextRule[] = [
  {
    name: 'page-furniture',
    pattern:
      /\b(?:Page last updated|Last updated at|Listen to|Click here|Share this|Report abuse|Recommend\?|Print this|E-?mail this|All rights reserved|Copyright|Sign up|Follow us|Comments? \(\d+\)|Related (?:links|stories))\b|\(see (?:below|above)\)/i,
    example: 'Page last updated at 07:39 GMT, Wednesday, 13 January 2010 08:39 UK',
  },
  {
    name: 'reader-comment',
    pattern: /^(?:@|Posted by\b|Reply\b|(?:Today, |Now, |So, )?I\b|IMHO\b|LOL\b)|\?["”’']?$/i,
    example: 'I think BP should pay for every last drop.',
  },
  {
    name: 'caption-credit',
    pattern: /\((?:Photo|Picture|Image)?:? ?[A-Z][\w .]{0,30}\/(?:AP|AFP|Reuters|Getty Images|EPA|PA)\)|\bPhotograph: /,
    example: 'A pelican covered in oil on a beach in Louisiana (Charlie Riedel/AP)',
  },
  {
    name: 'caption',
    pattern: new RegExp(
      `\\b[Ii]n this (?:undated |handout |file |aerial |video |${MONTH} \\d{1,2},? \\d{4},? )*(?:photo|photograph|picture|image|video|still)\\b|^(?:Live video|Watch|Video|Gallery|Pictures|In pictures)\\b`,
    ),
    example: 'Debris floats in the Gulf of Mexico after the rig sank, in this handout photograph.',
  },
  {
    // A caption or player label run into a headline: "… mud and cement Live video of BP oil spill".
    name: 'run-in-caption',
    pattern: /\p{Ll} (?:Live video|Watch video|In pictures|Photo gallery)\b/u,
    example: 'BP tries to choke off leak by force-feeding it mud and cement Live video of BP oil spill in the Gulf.',
  },
  {
    // A bullet the source's encoding turned into "cents", run into the text before a capital.
    name: 'bullet-residue',
    pattern: /(?:^|[\p{L},.:;] )[Cc]ents \p{Lu}/u,
    example: 'Cents One patient is pupil at school closed due to outbreak cents Johnson: no evidence of transmission.',
  },
  {
    // A paper's masthead and date run into a headline: "The Washington Post, September 30, 2008 Freddie Mac …".
    name: 'masthead',
    pattern: new RegExp(
      `\\b(?:Post|Times|Guardian|Telegraph|Independent|Journal|Herald|Tribune|Observer), ${MONTH} \\d{1,2},? \\d{4}\\b`,
    ),
    example:
      'The Washington Post, September 30, 2008 Freddie Mac Widens District-based Fannie Mae said it would cooperate.',
  },
  {
    // A fact true on any day ("Haiti is part of …"): a name, then "is/are" and a description.
    name: 'background',
    pattern:
      /^(?:The )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (?:is|are) (?:a|an|one of|part of|home to|located|situated|known as|the (?:largest|biggest|world's|country's|capital))\b/,
    example: 'Haiti is part of a large Caribbean island called Hispaniola.',
  },
];

// A summary says what happened in a sentence or two; longer tellings are cut at a sentence end.
const MAX_SENTENCES = 1;
const MAX_WORDS = 60;

/** The text cleaned for a day summary, or null when it is no summary at all. */
export function cleanSummary(text: string): string | null {
  let clean = withoutHeadline(afterTimeStamp(text.replace(/\s+/g, ' ').trim()));
  for (let changed = true; changed;) {
    changed = false;
    for (const rule of PREFIX_RULES) {
      const m = rule.pattern.exec(clean);
      if (m && m[0].length < clean.length) {
        clean = clean.slice(m[0].length).trimStart();
        changed = true;
      }
    }
  }
  if (REJECT_RULES.some((rule) => rule.pattern.test(clean)) || titleCase(clean)) return null;
  clean = firstSentences(clean);
  if (cutShort(clean)) return null;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(clean)) clean = clean.charAt(0).toUpperCase() + clean.slice(1);
  return clean.split(' ').length >= 5 ? clean : null;
}

// A time stamp inside the text is page furniture between a standfirst and the lead: "… morale
// will suffer Thursday 21 July 2005 23.58 BST British soldiers will refuse …".
const INNER_TIME_STAMP = /\d{4},? \d{1,2}[.:]\d\d (?:BST|GMT|EDT|EST) /g;

/** The text after its last time stamp: the lead, without what the page put before it. */
function afterTimeStamp(text: string): string {
  let end = 0;
  for (const m of text.matchAll(INNER_TIME_STAMP)) end = m.index + m[0].length;
  return end > 0 && end < text.length ? text.slice(end) : text;
}

/**
 * A sentence the splitter cut short: inside parentheses ("… BP Plc (BP." of "(BP.L)") or at a
 * middle initial ("… Attorney General Eric H.").
 */
function cutShort(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')') || /(?:^|\s)\p{Lu}\.$/u.test(text);
}

// A headline ("First Debate's Fate Unclear As Obama Resists McCain's Call") capitalises nearly
// every word; a sentence, even one full of names, does not.
const TITLE_CASE_SHARE = 0.7;

function titleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 5 && capitalised >= TITLE_CASE_SHARE * words.length;
}

const ABBREVIATION =
  /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|U\.S|U\.K|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/** At most two sentences, and no more words than a summary needs. */
function firstSentences(text: string): string {
  let end = 0;
  let sentences = 0;
  for (const m of text.matchAll(/[.!?]["”’']?(?= ["“‘']?\p{Lu})/gu)) {
    const cut = m.index + m[0].length;
    // "Sen. Barack Obama", "Timothy F. Geithner": a title or an initial ends no sentence.
    if (ABBREVIATION.test(text.slice(text.lastIndexOf(' ', m.index) + 1, cut))) continue;
    if (sentences > 0 && text.slice(0, cut).split(' ').length > MAX_WORDS) break;
    end = cut;
    if (++sentences >= MAX_SENTENCES) break;
  }
  return end > 0 && end < text.length ? text.slice(0, end) : text;
}

/** One telling that might sum up a day: its text and how many articles tell its happening. */
export interface SummaryCandidate {
  text: string;
  /** How many articles tell the event the text tells (1 for a sentence that only names the day). */
  sources: number;
  /** Told by an article published on the day or within two days of it: a report of the day,
   * where a later article names it in passing ("since the April 20 explosion"). */
  fresh: boolean;
  /** The sentence names the day itself ("on Tuesday", "April 20"): it is about the day, where a
   * sentence dated only by the article's own date may tell anything. */
  dated?: boolean;
}

/** A sign, read in a clean sentence, of whether it reports a happening; `weight` is added. */
export interface SignRule extends TextRule {
  weight: number;
}

/**
 * What a journalist's day summary reads like: an actor did something, in the past tense. What
 * it does not: an opinion, a forecast, a quoted commentator. Weights are unit steps, set by
 * hand, never fitted to a story.
 */
export const HAPPENING_RULES: SignRule[] = [
  {
    name: 'past-action',
    weight: 1,
    pattern:
      /\b(?:[a-z]{2,}ed|said|told|fell|rose|won|lost|hit|struck|took|made|began|sank|sent|met|left|gave|held|paid|sold|bought|brought|broke|found|led|ran|shut|spread)\b/u,
    example: 'The House rejected the $700 billion bailout bill by a vote of 228-205.',
  },
  {
    name: 'named-actor',
    weight: 0.5,
    pattern: /\s\p{Lu}\p{Ll}/u,
    example: 'Federal regulators seized Washington Mutual.',
  },
  {
    // Not "would" or "will": news reports speech in them ("BP said it would pay"), and an
    // expectation is standAloneScore's to weigh.
    name: 'modal',
    weight: -1,
    pattern: /\b(?:could|might|may|should|must|ought)\b/,
    example: 'The plan could worsen the crisis.',
  },
  {
    name: 'opinion',
    weight: -1.5,
    pattern: /\b(?:I|we|We|our|Our|us|my|perhaps|Perhaps|probably|arguably|think|believe|seems?|supposed)\b/,
    example: 'What we are witnessing is the bankruptcy of modern economics.',
  },
  {
    name: 'quoted',
    weight: -1,
    pattern: /["“”]/,
    example: '"This is a disaster," said one trader.',
  },
];

/** How much a clean sentence reads as a report of a happening: the weights of its signs, added. */
export function happeningScore(text: string): number {
  let score = 0;
  for (const rule of HAPPENING_RULES) if (rule.pattern.test(text)) score += rule.weight;
  return score;
}

const CLAUSE_START = /^\s*\p{Ll}/u;
// What standAloneScore gives a whole sentence.
const WHOLE_SENTENCE_BONUS = 2;

// What being a fresh report of the day, and naming the day, are worth, in standAloneScore's units.
const FRESH_BONUS = 1.5;
const DATED_BONUS = 1;
// A second sentence joins the summary when it scores within this of the best and tells another
// happening: its words overlap the first's less than SAME_HAPPENING (cosine).
const SECOND_SENTENCE_MARGIN = 1;
const SAME_HAPPENING = 0.3;

/** How far each text shares its words with the others (the sum of its cosines to them): what
 * several sources say scores higher than what one says alone. */
function support(texts: string[]): number[] {
  const vectors = texts.map((text) => new Map(contentStems(text).map((stem) => [stem, 1])));
  return vectors.map((v, i) =>
    vectors.reduce((sum, w, j) => (j === i || texts[j] === texts[i] ? sum : sum + cosine(v, w)), 0),
  );
}

/**
 * The day's summary: among clean tellings, the one that reports a happening, that more tellings
 * share, of a happening more articles tell, in a fresh report that names the day, and that best
 * stands alone. '' when none is clean.
 */
export function daySummary(
  candidates: SummaryCandidate[],
  clean: (text: string) => string | null = cleanSummary,
): string {
  // The same sentence from several articles (wire copy) is one candidate that they all support.
  const byText = new Map<string, { candidate: SummaryCandidate; copies: number }>();
  for (const candidate of candidates) {
    const seen = byText.get(candidate.text);
    if (!seen) byText.set(candidate.text, { candidate, copies: 1 });
    else {
      seen.copies++;
      seen.candidate = {
        text: candidate.text,
        sources: Math.max(seen.candidate.sources, candidate.sources),
        fresh: seen.candidate.fresh || candidate.fresh,
        dated: seen.candidate.dated === true || candidate.dated === true,
      };
    }
  }
  const kept: Array<{ candidate: SummaryCandidate; text: string; copies: number }> = [];
  for (const { candidate, copies } of byText.values()) {
    const text = clean(candidate.text);
    if (text !== null) kept.push({ candidate, text, copies });
  }
  const shared = support(kept.map((k) => k.text)).map((s, i) => s + kept[i]!.copies - 1);
  const scored = kept.map(({ candidate, text }, i) => ({
    text,
    score:
      2 * Math.log1p(candidate.sources) +
      Math.log1p(shared[i]!) +
      standAloneScore(text) +
      happeningScore(text) +
      (candidate.fresh ? FRESH_BONUS : 0) +
      (candidate.dated ? DATED_BONUS : 0) -
      // A clause cut from inside a sentence ("jumped between massive losses and gains, closed
      // Friday …") reads whole once capitalised: it loses what standAloneScore gave it for that.
      (CLAUSE_START.test(candidate.text) ? WHOLE_SENTENCE_BONUS : 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return '';
  // A day often has more than one happening: a second sentence tells another, as well told.
  const bestWords = new Map(contentStems(best.text).map((stem) => [stem, 1]));
  const second = scored.find(
    (c) =>
      c.score >= best.score - SECOND_SENTENCE_MARGIN &&
      c.text.split(' ').length + best.text.split(' ').length <= MAX_WORDS &&
      cosine(bestWords, new Map(contentStems(c.text).map((stem) => [stem, 1]))) < SAME_HAPPENING,
  );
  return second ? `${best.text} ${second.text}` : best.text;
}
