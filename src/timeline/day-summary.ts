// What a key day's summary may be: a sentence that says what happened that day. Scraped news
// carries page furniture, time stamps, bylines, reader comments, captions and background facts
// into its sentences; each rule below names one kind, with an example, so a test can run them all.
import { withoutHeadline } from '../corpus/headline.js';
import { standAloneScore } from './summary.js';

export interface TextRule {
  name: string;
  pattern: RegExp;
  example: string;
}

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const CLOCK = '\\d{1,2}[.:]\\d\\d(?: ?[ap]\\.?m\\.?)?(?: (?:BST|GMT|UTC|EDT|EST|CDT|CST|PDT|PST|ET))?';

/** Prefixes cut off the front of a sentence; what remains may still be a summary. */
export const PREFIX_RULES: TextRule[] = [
  {
    name: 'time-stamp',
    pattern: new RegExp(
      `^(?:${WEEKDAY} )?(?:\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2},? \\d{4})(?:,? ${CLOCK})?(?: \\(\\w+\\))?(?: ?[-–—:])? `,
    ),
    example: 'Saturday 25 April 2009 23.24 BST Swine flu has similar symptoms to seasonal flu.',
  },
  {
    name: 'timeline-entry',
    pattern: new RegExp(`^${MONTH} \\d{1,2}(?:,? \\d{4})? ?[-–—:] `),
    example: 'May 19 - The first heavy oil from the spill sloshes ashore in Louisiana marshlands.',
  },
  {
    name: 'clock-time',
    pattern: new RegExp(`^(?:Last updated:? )?${CLOCK}(?: [-–—:])? `, 'i'),
    example: '07:39 GMT Rescuers pulled a girl alive from the rubble.',
  },
  {
    name: 'dateline',
    pattern:
      /^[A-Z][A-Z .'-]{1,30}(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \((?:AP|AFP|Reuters|Bloomberg|CNN|UPI)\))? (?:--|[-–—]) /,
    example: 'WASHINGTON (Reuters) - BP agreed to set aside $20 billion for spill claims.',
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
      /\b(?:Page last updated|Last updated at|Listen to|Click here|Share this|Report abuse|Recommend\?|Print this|E-?mail this|All rights reserved|Copyright|Sign up|Follow us|Comments? \(\d+\)|Related (?:links|stories))\b/i,
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
    pattern:
      /\bin this (?:undated |handout |file |aerial |video )*(?:photo|photograph|picture|image|video|still)\b|^(?:Live video|Watch|Video|Gallery|Pictures|In pictures)\b/i,
    example: 'Debris floats in the Gulf of Mexico after the rig sank, in this handout photograph.',
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
const MAX_SENTENCES = 2;
const MAX_WORDS = 45;

/** The text cleaned for a day summary, or null when it is no summary at all. */
export function cleanSummary(text: string): string | null {
  let clean = withoutHeadline(text.replace(/\s+/g, ' ').trim());
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
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(clean)) clean = clean.charAt(0).toUpperCase() + clean.slice(1);
  return clean.split(' ').length >= 5 ? clean : null;
}

// A headline ("First Debate's Fate Unclear As Obama Resists McCain's Call") capitalises nearly
// every word; a sentence, even one full of names, does not.
const TITLE_CASE_SHARE = 0.7;

function titleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 5 && capitalised >= TITLE_CASE_SHARE * words.length;
}

/** At most two sentences, and no more words than a summary needs. */
function firstSentences(text: string): string {
  let end = 0;
  let sentences = 0;
  for (const m of text.matchAll(/[.!?]["”’']?(?= ["“‘']?\p{Lu})/gu)) {
    const cut = m.index + m[0].length;
    if (sentences > 0 && text.slice(0, cut).split(' ').length > MAX_WORDS) break;
    end = cut;
    if (++sentences >= MAX_SENTENCES) break;
  }
  return end > 0 && end < text.length ? text.slice(0, end) : text;
}

/** One telling that might sum up a day: its text and how many articles tell its happening. */
export interface SummaryCandidate {
  text: string;
  sources: number;
  /** Told by an article published on the day or within two days of it: a report of the day,
   * where a later article names it in passing ("since the April 20 explosion"). */
  fresh: boolean;
}

// What being a fresh report of the day is worth against other tellings, in standAloneScore's units.
const FRESH_BONUS = 1.5;

/**
 * The day's summary: among clean tellings, the one of the happening most articles tell (the
 * sentence several sources share), then a fresh report of the day, then the one that best stands
 * alone. '' when none is clean.
 */
export function daySummary(
  candidates: SummaryCandidate[],
  clean: (text: string) => string | null = cleanSummary,
): string {
  let best = '';
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const cleaned = clean(candidate.text);
    if (cleaned === null) continue;
    const score = 2 * Math.log1p(candidate.sources) + standAloneScore(cleaned) + (candidate.fresh ? FRESH_BONUS : 0);
    if (score > bestScore) {
      bestScore = score;
      best = cleaned;
    }
  }
  return best;
}
