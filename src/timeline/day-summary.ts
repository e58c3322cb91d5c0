// What a key day's summary may be: a sentence that says what happened that day. Scraped news
// carries page furniture, time stamps, bylines, reader comments, captions and background facts
// into its sentences; each rule below names one kind, with an example, so a test can run them all.
import { withoutHeadline } from '../corpus/headline.js';
import { BACKGROUND_FACT } from '../nlp/furniture.js';
import { standAloneScore } from './summary.js';
import { contentStems, cosine } from './words.js';

export interface TextRule {
  name: string;
  pattern: RegExp;
  example: string;
}

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const ZONE = '(?:BST|GMT|UTC|EDT|EST|CDT|CST|PDT|PST|ET|JST|IST|CET|CEST|UK time)';
// "07:39", "4:23 pm", "6pm", with a zone or none; "1745 GMT", a 24-hour clock's four digits, only
// with its zone (four digits alone are a year).
const CLOCK = `(?:\\d{1,2}(?:[.:]\\d\\d(?: ?[apAP]\\.?[mM]\\.?)?| ?[apAP]\\.?[mM]\\.?)(?: ${ZONE})?|(?:[01]\\d|2[0-3])[0-5]\\d ?${ZONE})`;

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
    // Also a gallery's entry under its agency: "AP Apr. 21: Fire boat crews battle …".
    name: 'timeline-entry',
    pattern: new RegExp(`^(?:(?:AP|AFP|Reuters|Getty Images) )?${MONTH} \\d{1,2}(?:,? \\d{4})? ?[-–—:] `),
    example: 'May 19 - The first heavy oil from the spill sloshes ashore in Louisiana marshlands.',
  },
  {
    name: 'clock-time',
    // Also a live blog's entry: "6pm CDT: Doug Suttles says BP has restarted pumping mud".
    pattern: new RegExp(`^(?:[Ll]ast [Uu]pdated:? )?${CLOCK}(?:[:,]| [-–—:])? `),
    example: '1745 GMT: Rescuers pulled a girl alive from the rubble.',
  },
  {
    // A blog entry's author before its time stamp: "James Reynolds | 07:37 UK time, Friday, 29 May 2009 …".
    name: 'blog-byline',
    pattern: /^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} \| /,
    example: 'James Reynolds | China is taking the H1N1 threat pretty seriously.',
  },
  {
    // Also with the state after the place: "BELTON, Mo., Oct. 20 -- ".
    name: 'dateline',
    pattern:
      /^[A-Z][A-Z .'-]{1,30}(?:, [A-Z][a-z]+\.)?(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \((?:AP|AFP|Reuters|Bloomberg|CNN|UPI)\))? (?:--|[-–—]) /,
    example: 'WASHINGTON (Reuters) - BP agreed to set aside $20 billion for spill claims.',
  },
  {
    // A photo's credit before the lead ("(By Brendan Hoffman -- Getty Images) The director …"), or
    // its tail when the sentence began inside it ("The Washington Post) BELTON, Mo. …").
    name: 'credit',
    pattern: /^(?:\((?:By )?[^()]{1,40} --? [^()]{1,30}\)|[A-Z][^()]{0,40}\)) (?=["“]?\p{Lu})/u,
    example: '(By Brendan Hoffman -- Getty Images) The director of the budget office said the bailout could fail.',
  },
  {
    // The agency's tag left when the place before it went with the page's header.
    name: 'agency-tag',
    pattern: /^\((?:AP|AFP|Reuters|Bloomberg|CNN|UPI)\) (?:--|[-–—]) /,
    example: "(Reuters) - Oil from BP's spill could threaten the Alabama coast, forecasters said on Monday.",
  },
  {
    // The day is the row's own: "Yesterday, Bush called …" reads "Bush called …" under it.
    name: 'relative-day',
    pattern: /^(?:Yesterday|Today|Last night|This morning|Earlier today), /,
    example: "Yesterday, Bush called nearly every member of Texas's Republican delegation.",
  },
  {
    // A broadcaster's byline run into the text: "Political correspondent, BBC News Mr Cameron spent …".
    name: 'desk-byline',
    pattern:
      /^(?:\p{Lu}[\p{L}'’-]* ){0,4}(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter), (?:BBC News|BBC|CNN|Reuters|AP)(?: Online)?,? (?=\p{Lu})/u,
    example: 'Political correspondent, BBC News Mr Cameron spent 30 minutes on the phone to the president.',
  },
  {
    name: 'byline',
    pattern:
      /^By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:,? (?:Associated Press|AP|Reuters|BBC News)[\w ]{0,20})? (?=[A-Z])/,
    example: 'By Jane Smith The oil company said the well was capped.',
  },
];

// When a report came out, as the attribution ending a sentence says it: "on Monday", "last night".
const REPORT_DAY =
  '(?:late |early )?(?:on )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|last night)(?: (?:morning|afternoon|evening|night))?';

/** Sentences that are never a summary, whatever follows. */
export const REJECT_RULES: TextRule[] = [
  {
    name: 'page-furniture',
    pattern:
      /\b(?:Page last updated|Last updated at|Listen to|Click here|Share this|Report abuse|Recommend\?|Print this|E-?mail this|All rights reserved|Copyright|Sign up|Follow us|Comments? \(\d+\)|Related (?:links|stories)|discussion is (?:now )?closed|Letters for publication|If you need help using the site)\b|\((?:for|see) (?:full|more) coverage\b|\(see (?:below|above)\)/i,
    example: 'Page last updated at 07:39 GMT, Wednesday, 13 January 2010 08:39 UK',
  },
  {
    name: 'reader-comment',
    pattern: /^(?:@|Posted by\b|Reply\b|(?:Today, |Now, |So, )?I\b|IMHO\b|LOL\b)|\?["”’']?$/i,
    example: 'I think BP should pay for every last drop.',
  },
  {
    // A comment thread's header, with the reader's handle: "At 4:36 pm on 18 May 2009, topbear1974 wrote:".
    name: 'comment-header',
    pattern: new RegExp(
      `\\bAt ${CLOCK},?(?: on)? \\d{1,2}(?:st|nd|rd|th)? ${MONTH} \\d{4}, \\S+ wrote:|\\bThis comment was removed\\b`,
    ),
    example: 'At 4:36 pm on 18 May 2009, topbear1974 wrote: Very interesting.',
  },
  {
    // An editor's note on the article itself, not news of the day.
    name: 'correction',
    pattern:
      /^(?:(?:An )?[Ee]arlier versions? of this (?:article|story|report)|In the (?:article|story|report) (?:above|below)|This (?:article|story|report) (?:was|has been) (?:amended|corrected)|Corrections?:)/,
    example:
      'Earlier versions of this article, including in the print edition of The Washington Post, carried the wrong dateline.',
  },
  {
    // A pull quote's furniture, run into the lead after its speaker's name and title: "… and we're
    // not” End Quote Barack Obama US president If the pressure …".
    name: 'pull-quote',
    pattern: /\bEnd Quote\b/,
    example: "Everybody feels like we're done - and we're not” End Quote Barack Obama US president If the cap holds.",
  },
  {
    // Also a credit in words after the caption it closes: "… (By Harry Hamburg -- Associated Press)".
    name: 'caption-credit',
    pattern:
      /\((?:Photo|Picture|Image)?:? ?[A-Z][\w .]{0,30}\/(?:AP|AFP|Reuters|Getty Images|EPA|PA)\)|\bPhotograph: |\S \((?:By )?[A-Z][\w .'-]{0,30} --? (?:AP|AFP|Reuters|Getty Images|EPA|Associated Press|Bloomberg News|The Washington Post)\)/,
    example: 'A pelican covered in oil on a beach in Louisiana (Charlie Riedel/AP)',
  },
  {
    name: 'caption',
    pattern: new RegExp(
      `\\b[Ii]n this (?:undated |handout |file |aerial |video |${MONTH} \\d{1,2},? \\d{4},? )*(?:photo|photograph|picture|image|video|still)\\b|\\b[Ii]n an? (?:undated |handout |file |aerial )?(?:photo|photograph|picture|image) (?:made|taken|released|provided)\\b|^(?:Live video|Watch|Video|Gallery|Pictures|In pictures)\\b`,
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
    // Who said it, with what they said left in the clause before: the event split the sentence
    // after its report ("Oil could threaten the coasts this week, | U.S. forecasters said on
    // Monday, as public anger surged …").
    name: 'attribution-only',
    pattern: new RegExp(
      `^(?:[\\p{L}\\p{N}.'’-]+,? ){1,6}(?<!\\b(?:was|were|is|are|been|be) )(?:said|says|told reporters|reported|announced)(?:(?: ${REPORT_DAY})?\\.?$| ${REPORT_DAY}, (?:as|while|amid|after|when|before|adding|citing)\\b)`,
      'u',
    ),
    example: "U.S. forecasters said on Monday, as public anger surged over the country's worst environmental disaster.",
  },
  {
    // A fact true on any day ("Haiti is part of …"): a name, then "is/are" and a description.
    name: 'background',
    pattern: BACKGROUND_FACT,
    example: 'Haiti is part of a large Caribbean island called Hispaniola.',
  },
];

// Words that date a sentence to a day: a scene with none of them is a caption's, not a report's.
const DAY_WORD = new RegExp(
  `\\b(?:today|yesterday|tonight|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this|last) (?:morning|night|evening|afternoon)|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH})`,
  'i',
);
// A verb that makes a sentence a report, a claim or a tense other than the caption's present.
const NOT_A_SCENE =
  /\b(?:is|are|was|were|has|have|had|will|would|be|been|being|said|says|say|told|tells|according|can|could|may|might|should|must|do|does|did)\b/i;

// What a photo shows people doing, in the simple present: "A police woman wears a mask …",
// "President Obama meets with BP Chairman …", "Fire boat crews battle the blazing remnants …".
const SCENE_VERBS = (
  'walk wear stand sit look listen speak talk meet hold arrive depart leave gesture wave watch work battle ' +
  'struggle wash survey tour visit attend pose shake greet carry ride stop sanitize sanitise tackle pass fly ' +
  'float burn lie rest wait react smile sign deliver address inspect examine collect clean lay pray mourn ' +
  'protest march queue display receive cross drive enter exit sail swim pick'
).split(' ');
const SCENE_VERB_FORMS = new Set(
  SCENE_VERBS.flatMap((verb) => [
    verb,
    `${verb}s`,
    `${verb}es`,
    ...(/[^aeiou]y$/.test(verb) ? [`${verb.slice(0, -1)}ies`] : []),
  ]),
);
const PAST_VERB =
  /^(?:[a-z]{2,}ed|said|told|fell|rose|won|lost|took|made|began|sank|sent|met|left|gave|held|paid|sold|bought|brought|broke|found|led|ran|spread)\b/;
// Words after which a lower-case word is not a subject's verb.
const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with about as into over after before than its his her their our'.split(
    ' ',
  ),
);
const CLAUSE_WORDS = new Set('that which who whom whose where when while if because'.split(' '));
// How far into a caption its verb comes: after the subject, a name or a short noun phrase.
const SCENE_VERB_WITHIN = 9;

/**
 * A caption's scene: a subject, then a verb of what the photo shows in the simple present, in a
 * sentence with no auxiliary, no reporting verb and no word that dates it to a day.
 */
function scene(text: string): boolean {
  return !DAY_WORD.test(text) && !NOT_A_SCENE.test(text) && sceneVerb(text.split(' ', SCENE_VERB_WITHIN));
}

// A verb of saying or a source: what has one is a report, whatever its tense.
const SAYING = /\b(?:said|says|say|told|tells|according|announced|reported|confirmed)\b/i;

/**
 * Whether a sentence's first words are a subject, then a verb in the present continuous or the
 * present perfect continuous ("Japanese schools have been taking …", "Crews are battling …").
 */
function ongoingScene(words: string[]): boolean {
  for (let i = 1; i < Math.min(words.length - 1, SCENE_VERB_WITHIN); i++) {
    const previous = words[i - 1]!;
    if (FUNCTION_WORDS.has(previous.toLowerCase()) || CLAUSE_WORDS.has(previous.toLowerCase())) continue;
    const word = words[i]!;
    const verb =
      word === 'is' || word === 'are'
        ? words[i + 1]
        : (word === 'has' || word === 'have') && words[i + 1] === 'been'
          ? words[i + 2]
          : undefined;
    if (verb !== undefined) return /^\p{Ll}+ing$/u.test(verb) && verb !== 'being';
    if (PAST_VERB.test(word) || CLAUSE_WORDS.has(word)) return false;
  }
  return false;
}

/** Whether a scene's verb follows the subject among a sentence's first words. */
function sceneVerb(words: string[]): boolean {
  for (let i = 1; i < Math.min(words.length, SCENE_VERB_WITHIN); i++) {
    const word = words[i]!;
    const previous = words[i - 1]!;
    // The verb follows its subject's last word, a noun or a name: not "to visit", "the annual
    // work", "deep-cleaning work", "that carries".
    const afterSubject = !FUNCTION_WORDS.has(previous.toLowerCase()) && !/(?:ing|['’]s)$/.test(previous);
    // A plain form agrees with a plural or a name ("crews battle", "Obama survey"); after a
    // singular noun it is a noun itself ("a key step", "the deep-cleaning work").
    const agrees = /s$/.test(word) || /^\p{Lu}|(?:s|men|people|police|children)$/u.test(previous);
    if (SCENE_VERB_FORMS.has(word) && afterSubject && agrees) return true;
    // A past verb or a clause's opener first ("… banned public protests …") makes it a report.
    if (PAST_VERB.test(word) || CLAUSE_WORDS.has(word)) return false;
  }
  return false;
}

// A wire caption ends on its place and full date: "… in Mexico City April 24, 2009."; a report
// writes "on April 24, 2009".
const FINAL_DATE = new RegExp(`(?:,? ${WEEKDAY})? ${MONTH} \\d{1,2}, \\d{4}\\.?$`);
const DATE_PREPOSITIONS = new Set(
  'on of since until till by before after from to through and between dated than as the a its his her their'.split(' '),
);

function wireCaption(text: string): boolean {
  const m = FINAL_DATE.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1).replace(/[^a-z]/gi, '');
  return before.length > 0 && !DATE_PREPOSITIONS.has(word.toLowerCase());
}

function seen(text: string): boolean {
  const m = /\b(?:is|are) (?:seen|pictured|shown)\b/.exec(text);
  // "… the box which is seen as the best chance …" is a view held, not a photo.
  return m !== null && !/\b(?:which|that|who|widely)\b/.test(text.slice(0, m.index));
}

const IMAGE_OF =
  /^(?:(?:An?|This|The) )?(?:(?:aerial|undated|file|handout|satellite|video) )?(?:image|photo|photograph|picture|still|screen ?grab|video grab)s? (?:from|of|taken|shows|showing)\b/i;

const POSITION_MARKER = /\((?:\d(?:st|nd|rd|th) )?(?:[LRC]|L-R|R-L|left|right|cent(?:er|re)|top|bottom)\)/;

// The same in words after a name: "John Mack, left, and Vikram Pandit leave …", "the blowout
// preventer, bottom left, as oil rises", "Pictured, from left, are …". A bare side after a word in
// lower case is speech ("You would rather not have either, right, but …").
const POSITION_WORDS =
  /(?:(?<![\w.'’-])[\p{Lu}\d][\w.'’-]*|\)), (?:left|right|cent(?:er|re)),|, (?:far|bottom|top|upper|lower|(?:second|third) from) (?:left|right|cent(?:er|re)),|\b(?:from left|left to right)\b/u;

function positionMarker(text: string): boolean {
  return POSITION_MARKER.test(text) || POSITION_WORDS.test(text);
}

/** What a photo caption reads like; a caption is a summary only when nothing else is. */
export const CAPTION_RULES: Array<{ name: string; test: (text: string) => boolean; example: string }> = [
  {
    // Where each person stands in the photo: "(R)", "(C)", "(2nd L)", "(L-R)", ", left,".
    name: 'position-marker',
    test: positionMarker,
    example:
      'United Nations Secretary-General Ban Ki-moon (R) listens to WHO Director-General Margaret Chan (C) during a visit to Geneva.',
  },
  {
    name: 'wire-caption',
    test: wireCaption,
    example: 'A police woman wears a mask in Mexico City April 24, 2009.',
  },
  {
    // A picture agency's credit closing the caption: "… owned by the state of Louisiana (Reuters)."
    name: 'credit',
    test: (text) => /\((?:Reuters|AP|AFP|Getty Images|EPA|PA)\)\.?$/.test(text),
    example: "Oil washes up on the beach of Elmer's Island, a wildlife refuge in Louisiana (Reuters).",
  },
  {
    // What the picture is, said first: "An image from a video of a jagged pipe leaking oil …".
    name: 'image-of',
    test: (text) => IMAGE_OF.test(text) && !NOT_A_SCENE.test(text),
    example: 'An image from a video of a jagged pipe leaking millions of gallons of oil into the Gulf of Mexico.',
  },
  {
    // A caption's passive of seeing: "An oil slick is seen as the Deepwater Horizon rig burns."
    name: 'seen',
    test: seen,
    example: 'An oil slick is seen as the Deepwater Horizon oil rig burns in the Gulf of Mexico.',
  },
  {
    name: 'scene',
    test: scene,
    example: 'President Obama meets with BP Chairman Carl-Henric Svanberg in the Oval Office.',
  },
];

/** Whether a clean sentence reads as a photo caption (CAPTION_RULES). */
export function isCaption(text: string): boolean {
  return CAPTION_RULES.some((rule) => rule.test(text));
}

// Words that open a clause and are capitalised after a lower-case word only when a sentence end
// went missing: "… for almost a month The first oil from the spill has entered …".
const CLAUSE_OPENERS = new Set(
  'The This These Those There An Another Some Several Many It Its He She They We His Her Their Our'.split(' '),
);
// Words after which a capitalised word is a name, not a new clause: "said The Times", "of The".
const BEFORE_A_NAME = new Set(
  (
    'a an the and or but nor of in on at to for from by with about as into over after before than that ' +
    'said says say told according wrote reported called named dubbed like via per vs versus'
  ).split(' '),
);
// The verb of a speaker's tag after a quotation: "“… spill” BP said".
const SPEAKER_TAG = new Set('said says told tells added adds asked asks wrote writes reported reports'.split(' '));
// How far after the capital a speaker's tag may come ("” The New York Times said").
const SPEAKER_TAG_WITHIN = 3;
// A modal is followed by a verb: a capital after it starts a new clause ("… a tin can Engineers at BP …").
const MODALS = new Set('can could will would shall should may might must'.split(' '));

/**
 * A run of two sentences the page glued together with no full stop ("… had been opened Workers
 * in Louisiana tackle oil …"), cut at the glue: a lower-case word, then a capitalised one that
 * opens a clause (or either side is a caption). The caption side goes; of two reports, the one
 * that names a day, else the one after (a lead follows its headline or caption).
 */
function cutGlue(text: string): string {
  const words = [...text.matchAll(/\S+/g)];
  // Each sign is found once in the whole text; whether the head or the tail holds one is then a
  // comparison, so the scan stays linear however many glue points there are.
  const day = matchSpan(DAY_WORD, text);
  const report = matchSpan(NOT_A_SCENE, text);
  const saying = matchSpan(SAYING, text);
  const marker = matchSpan(POSITION_MARKER, text);
  const speakerTagAfter = (i: number): boolean =>
    words.slice(i + 1, i + 1 + SPEAKER_TAG_WITHIN).some((w) => SPEAKER_TAG.has(w[0].replace(/[,.]$/, '')));
  // A capitalised common word and a lower-case one that is no function word start a clause
  // ("… the virus Health officials in Japan …"); a name, a possessive, a day's name or a word
  // that goes on ("… lobbying for a resolution endorsed last Friday by …", "… suing BP Plc") do not.
  const opensClause = (i: number): boolean => {
    const next = words[i]![0];
    const after = words[i + 1]?.[0] ?? '';
    return (
      /^\p{Lu}\p{Ll}+$/u.test(next) &&
      !DAY_WORD.test(next) &&
      /^\p{Ll}+$/u.test(after) &&
      !FUNCTION_WORDS.has(after) &&
      !CLAUSE_WORDS.has(after)
    );
  };
  const firstWords = (from: number, to: number): string[] =>
    words.slice(from, Math.min(to, from + SCENE_VERB_WITHIN)).map((w) => w[0]);
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]![0];
    const next = words[i]![0];
    // A whole lower-case word, then a capitalised one: "U.S. The" or "(R) listens" glue nothing.
    const quoteClosed = /^\p{Ll}[\p{Ll}'’-]*["”]$/u.test(before);
    // "as” The worst": an opening quote the page wrote as a closing one follows a word before a name.
    if (
      !(quoteClosed || /^\p{Ll}[\p{Ll}'’-]*$/u.test(before)) ||
      !/^\p{Lu}/u.test(next) ||
      BEFORE_A_NAME.has(before.replace(/["”]$/, ''))
    )
      continue;
    const cut = words[i - 1]!.index + before.length;
    const tailStart = words[i]!.index;
    const headDay = day.firstEnd <= cut;
    const tailDay = day.lastStart >= tailStart;
    // A quotation closed with no mark after it ends a sentence the page ran on when a clause
    // opener follows ("… to “put a stop to this thing” The well …"), unless a speaker's tag comes
    // after it ("… spill” The Times said"); a name after it is the clause going on ("the “second
    // resolution” UK diplomats had been trying to secure").
    const opens = CLAUSE_OPENERS.has(next) || MODALS.has(before);
    if (quoteClosed && speakerTagAfter(i)) continue;
    // Only a caption's own marks: a date at the end belongs to the whole run, not to its tail.
    // A caption may also show what is going on ("Japanese schools have been taking precautions
    // against the virus"): glued to a report with no full stop, with no day and no one saying it.
    const headCaption =
      marker.firstEnd <= cut ||
      (!headDay && report.firstEnd > cut && sceneVerb(firstWords(0, i))) ||
      (!headDay && saying.firstEnd > cut && opensClause(i) && ongoingScene(firstWords(0, i)));
    const tailCaption =
      !tailDay &&
      ((report.lastStart < tailStart && sceneVerb(firstWords(i, words.length))) ||
        (saying.lastStart < tailStart && opensClause(i) && ongoingScene(firstWords(i, words.length))));
    if (!opens && !headCaption && !tailCaption) continue;
    const head = text.slice(0, cut);
    const tail = text.slice(tailStart);
    if (tailCaption && !headCaption) return `${head}.`;
    // A caption's own name may follow it ("… the offshore oil rig Deepwater Horizon."): what
    // follows a caption is cut off only when it reports, with a verb of report or a day.
    if (headCaption && !tailCaption) {
      if (opens || tailDay || report.lastStart >= tailStart) return tail;
      continue;
    }
    if (headDay && !tailDay) return `${head}.`;
    return tail;
  }
  return text;
}

/** Where a pattern's first match ends and its last begins in the text (none: past either end). */
function matchSpan(pattern: RegExp, text: string): { firstEnd: number; lastStart: number } {
  let firstEnd = Infinity;
  let lastStart = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
    firstEnd = Math.min(firstEnd, m.index + m[0].length);
    lastStart = m.index;
  }
  return { firstEnd, lastStart };
}

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
  clean = cutGlue(firstSentences(clean));
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
  /** The sentence is the lead of a fresh report: the reporter's own telling of the day's news. */
  lead?: boolean;
  /** The article the sentence is from, when it is one article's sentence. */
  article?: string;
  /** The sentence names days, none of them this one (its tie to the day is a page's stamp, or
   * another sentence's): it sums up the day only when nothing else does. */
  otherDay?: boolean;
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
// A news report's lead tells the day's happening first (the inverted pyramid): a unit step too.
const LEAD_BONUS = 1;
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
  // A sentence one article gives twice (as a naming of the day and as a telling of its event) is
  // one copy: only other articles' copies show agreement.
  const byText = new Map<string, { candidate: SummaryCandidate; copies: number; articles: Set<string> }>();
  for (const candidate of candidates) {
    const seen = byText.get(candidate.text);
    if (!seen) {
      const articles = new Set(candidate.article === undefined ? [] : [candidate.article]);
      byText.set(candidate.text, { candidate, copies: 1, articles });
    } else {
      if (candidate.article === undefined || !seen.articles.has(candidate.article)) seen.copies++;
      if (candidate.article !== undefined) seen.articles.add(candidate.article);
      seen.candidate = {
        text: candidate.text,
        sources: Math.max(seen.candidate.sources, candidate.sources),
        fresh: seen.candidate.fresh || candidate.fresh,
        dated: seen.candidate.dated === true || candidate.dated === true,
        lead: seen.candidate.lead === true || candidate.lead === true,
        otherDay: seen.candidate.otherDay === true && candidate.otherDay === true,
      };
    }
  }
  const kept: Array<{ candidate: SummaryCandidate; text: string; copies: number }> = [];
  for (const { candidate, copies } of byText.values()) {
    const text = clean(candidate.text);
    if (text !== null) kept.push({ candidate, text, copies });
  }
  const shared = support(kept.map((k) => k.text)).map((s, i) => s + kept[i]!.copies - 1);
  const scored = kept.map(({ candidate, text }, i) => {
    // Told well, without the lead's place: the measure a second happening is held to.
    const told =
      2 * Math.log1p(candidate.sources) +
      Math.log1p(shared[i]!) +
      standAloneScore(text) +
      happeningScore(text) +
      (candidate.fresh ? FRESH_BONUS : 0) +
      (candidate.dated ? DATED_BONUS : 0) -
      // A clause cut from inside a sentence ("jumped between massive losses and gains, closed
      // Friday …") reads whole once capitalised: it loses what standAloneScore gave it for that.
      (CLAUSE_START.test(candidate.text) ? WHOLE_SENTENCE_BONUS : 0);
    return {
      text,
      told,
      score: told + (candidate.lead ? LEAD_BONUS : 0),
      otherDay: candidate.otherDay === true,
      clause: CLAUSE_START.test(candidate.text),
    };
  });
  // A telling of another day, then a photo caption, sums up a day only when nothing else does.
  const ofTheDay = scored.filter((c) => !c.otherDay);
  const own = ofTheDay.length > 0 ? ofTheDay : scored;
  const reports = own.filter((c) => !isCaption(c.text));
  const told = reports.length > 0 ? reports : own;
  // So does a clause cut from inside a sentence ("Jumped between massive losses and gains, closed
  // Friday ..."): what it leaves out is often who did it.
  const whole = told.filter((c) => !c.clause);
  const pool = whole.length > 0 ? whole : told;
  pool.sort((a, b) => b.score - a.score);
  const best = pool[0];
  if (!best) return '';
  // A day often has more than one happening: a second sentence tells another, as well told.
  const bestWords = new Map(contentStems(best.text).map((stem) => [stem, 1]));
  const second = pool.find(
    (c) =>
      c !== best &&
      c.told >= best.told - SECOND_SENTENCE_MARGIN &&
      c.text.split(' ').length + best.text.split(' ').length <= MAX_WORDS &&
      cosine(bestWords, new Map(contentStems(c.text).map((stem) => [stem, 1]))) < SAME_HAPPENING,
  );
  return second ? `${best.text} ${second.text}` : best.text;
}
