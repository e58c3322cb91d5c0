// Corrections after tagging that follow from how English builds names, for names the CoNLL-1996
// training data rarely showed: a name takes the type of its head noun, and a capitalised word
// before a noun for fighters that is not a nationality names a group. On eng.testa these move
// micro F1 by less than 0.1 either way; on current news they fix the militias and zones.
import type { EntityMention, EntityType } from '../../types.js';
import { GAZETTEER_LISTS, headNounType, lowerWordHash, sequenceHash, type Lexicon } from './features.js';
import { CALENDAR_WORDS, COMPANY_LEGAL_FORMS, STORM_WORDS } from './known-names.js';
import { displayName, type TokenSpan } from './spans.js';
import type { Tokens } from './tokens.js';

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'mx', 'mx.', 'messrs', 'messrs.']);
// Offices said before a name ("President Bush", "Senator McCain"): CoNLL leaves them outside the
// name, and a reader wants one "Bush", not one per title.
const TITLES = new Set([
  'president',
  'vice-president',
  'senator',
  'sen.',
  'sen',
  'representative',
  'rep.',
  'rep',
  'congressman',
  'congresswoman',
  'governor',
  'gov.',
  'gov',
  'mayor',
  'secretary',
  'minister',
  'chancellor',
  'premier',
  'chairman',
  'chairwoman',
  'ambassador',
  'judge',
  'justice',
  'general',
  'gen.',
  'colonel',
  'col.',
  'lieutenant',
  'lt.',
  'sergeant',
  'sgt.',
  'captain',
  'capt.',
  'admiral',
  'adm.',
  'commander',
  'candidate',
  'democrat',
  'republican',
  'professor',
  'prof.',
  'coach',
  'detective',
  'officer',
  // Not "Pope", "King", "Prince", "Sheikh": with them the name is how the person is known
  // ("Pope Francis" is not the Francis of another story).
]);
// Words that are capitalised only because they open a sentence or a headline, never part of a
// person's name: "Although McCain", "With Obama", "Was Bush".
const NOT_NAME_WORDS = new Set([
  'a',
  'about',
  'after',
  'against',
  'although',
  'among',
  'an',
  'and',
  'are',
  'as',
  'at',
  'because',
  'before',
  'between',
  'both',
  'but',
  'by',
  'could',
  'did',
  'does',
  'during',
  'even',
  'for',
  'from',
  'has',
  'had',
  'have',
  'how',
  'if',
  'in',
  'into',
  'is',
  'like',
  'meanwhile',
  'might',
  'must',
  'nor',
  'not',
  'of',
  'on',
  'only',
  'or',
  'should',
  'since',
  'so',
  'than',
  'that',
  'the',
  'then',
  'these',
  'this',
  'those',
  'though',
  'to',
  'under',
  'unless',
  'unlike',
  'until',
  'was',
  'were',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'why',
  'with',
  'within',
  'without',
  'would',
  'yet',
]);
const GROUP_NOUNS = new Set([
  'rebels',
  'militia',
  'militias',
  'militants',
  'fighters',
  'guerrillas',
  'insurgents',
  'movement',
]);
const MINISTRY_HASH = lowerWordHash('ministry', 0, 8);
const MISC_LIST = 1 << GAZETTEER_LISTS.indexOf('MISC');
const ORG_LIST = 1 << GAZETTEER_LISTS.indexOf('ORG');
const NATIONALITY_LISTS = (1 << GAZETTEER_LISTS.indexOf('DEMONYM')) | (1 << GAZETTEER_LISTS.indexOf('COUNTRY'));

function isNotPartOfName(word: string, hash: number, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (HONORIFICS.has(lower) || TITLES.has(lower) || NOT_NAME_WORDS.has(lower)) return true;
  // A headline's verb ("Battling Obama", "Exorcising Bush"), unless it is also a name (Channing).
  return /^\p{Lu}\p{Ll}+ing$/u.test(word) && !lexicon.personWords.has(hash);
}

/** Retypes tagged spans of one sentence by their head noun and the noun after them. */
export function refineSpans(text: string, tokens: Tokens, spans: TokenSpan[], lexicon: Lexicon): TokenSpan[] {
  // Most sentences of a page hold no name: nothing to build then.
  if (spans.length === 0) return spans;
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  const hash = (k: number): number => lowerWordHash(text, tokens.starts[k]!, tokens.ends[k]!);
  const absorbed = new Set<number>();
  // "An HPA spokesman", "Who said": a function word alone, capitalised by its place in the
  // sentence, is not a name (in capitals it may be one: "WHO").
  const named = spans.filter(
    (span) =>
      span.first !== span.last ||
      !NOT_NAME_WORDS.has(word(span.first).toLowerCase()) ||
      word(span.first) === word(span.first).toUpperCase(),
  );
  return named
    .map((original, index) => {
      let span = original;
      // "Mr Bush", "President Bush", "Although Bush": a courtesy title, an office or a word
      // capitalised by its place in the sentence is not part of the name.
      while (
        span.type === 'PERSON' &&
        span.last > span.first &&
        isNotPartOfName(word(span.first), hash(span.first), lexicon)
      ) {
        span = { ...span, first: span.first + 1 };
      }
      // "Green Zone", "Revolutionary Guard": the head noun types a name of several words.
      if (span.last > span.first && span.type === 'PERSON') {
        const head = headNounType(hash(span.last));
        if (head) span = { ...span, type: head };
      }
      // "Hurricane Katrina", "Typhoon Haiyan": a storm is named by a word for storms before a
      // given name, and it is an event, not a person. The tagger may leave the storm word out
      // of the span ("Hurricane [Katrina]"): a capitalised one just before it belongs in it.
      if (span.type === 'PERSON' || span.type === 'MISC') {
        let first = span.first;
        while (
          first > 0 &&
          isStormWord(word(first - 1)) &&
          text.slice(tokens.ends[first - 1], tokens.starts[first]) === ' '
        )
          first--;
        if (first < span.first) span = { ...span, first, type: 'MISC' };
      }
      // Storm words then one name ("Tropical Storm Alex") is a storm whatever the tagger typed.
      if (span.last > span.first && span.type !== 'PLACE') {
        let k = span.first;
        while (k < span.last && STORM_WORDS.has(word(k).toLowerCase())) k++;
        if (k === span.last) span = { ...span, type: 'MISC' };
      }
      // "Iranian" + "Revolutionary Guard": a nationality before an organisation named by its head
      // noun is part of that name (a bare "German Bundesbank" keeps them apart, as CoNLL does).
      // A ministry is not: "the French Interior Ministry" is France's, its name "Interior Ministry"
      // (CoNLL train keeps 5 of 7 such ministries apart, and joins 33 of 33 parties, agencies, …).
      const next = named[index + 1];
      if (
        span.type === 'MISC' &&
        span.first === span.last &&
        next &&
        next.type === 'ORG' &&
        hash(next.last) !== MINISTRY_HASH &&
        next.first === span.last + 1 &&
        next.last > next.first &&
        headNounType(hash(next.last)) === 'ORG' &&
        /^ +$/.test(text.slice(tokens.ends[span.last], tokens.starts[next.first]))
      ) {
        span = { first: span.first, last: next.last, type: 'ORG' };
        absorbed.add(index + 1);
      }
      // "the Houthi rebels": a capitalised word before a noun for fighters that is not a nationality,
      // nor a word the training text names peoples and faiths with ("Moslem militants", "Hutu
      // rebels": the MISC list mined from it, where it is no organisation).
      if (
        span.type === 'MISC' &&
        span.first === span.last &&
        span.last + 1 < tokens.starts.length &&
        GROUP_NOUNS.has(word(span.last + 1).toLowerCase())
      ) {
        const lists = lexicon.gazetteer.get(sequenceHash([hash(span.first)], 0, 1)) ?? 0;
        const w = word(span.first);
        const people = (lists & MISC_LIST) !== 0 && (lists & ORG_LIST) === 0;
        if (
          (lists & NATIONALITY_LISTS) === 0 &&
          !people &&
          /^\p{Lu}[\p{L}']+$/u.test(w) &&
          !/(?:ian|ese|ish)$/i.test(w)
        )
          span = { ...span, type: 'ORG' as EntityType };
      }
      return span;
    })
    .filter((_, index) => !absorbed.has(index));
}

// Nouns that follow a group's name but never a person's ("a senior Kataib Hezbollah commander").
const AFTER_GROUP_NAMES =
  /^\s+(?:militia|militias|rebels|fighters|militants|guerrillas|commander|commanders|members)\b/i;

/**
 * Document consistency for groups: a name of several words that the tagger read as a person but
 * that the article, somewhere, follows with "militia" or "commander" is a group everywhere in it.
 */
export function groupsNamedLikePeople(text: string, mentions: EntityMention[]): EntityMention[] {
  const groups = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' && /\s/.test(m.text) && AFTER_GROUP_NAMES.test(text.slice(m.end, m.end + 16)))
      groups.add(m.text.toLowerCase());
  }
  if (groups.size === 0) return mentions;
  return mentions.map((m) =>
    m.type !== 'ORG' && groups.has(m.text.toLowerCase()) ? { ...m, type: 'ORG' as EntityType } : m,
  );
}

// Words that put a company's name right after them, never a person's: "investment bank Bear
// Stearns", "mortgage giants Fannie Mae and Freddie Mac", "the bailout of AIG".
const BEFORE_COMPANY_NAMES =
  /(?:\b(?:investment bank|bank|lender|insurer|carmaker|automaker|retailer|airline|brokerage|conglomerate|chipmaker|drugmaker|giants?)|\b(?:bailout|takeover|acquisition|purchase|sale|shares|collapse|bankruptcy|rescue)\sof|\bstake\sin|\bmerger\swith)\s+$/i;
// "Ontario-based Magna": CoNLL train has 5 organisations and 2 nationalities right after
// "-based", no person; current news has experts ("Houston-based Rhonda Murgatroyd"), named with
// a given name and a surname, so the cue counts for a one-word name or one the tagger typed ORG.
const BASED_BEFORE_NAMES = /\w-based +$/;
// Nouns for a business in lower case ("press distributor Hachette", "the utility Cukurova"):
// CoNLL-2003 train has 57 organisations, 3 MISC and no person or place right after these and
// a few more; of those, "operator", "producer", "maker", "developer" and "publisher" also name
// people and countries in current news ("hair salon operator Miriam Guerrero", "the smallest
// producer Ecuador", "publisher Rupert Murdoch") and are left out. A team or club is one too
// ("first division team Deportivo Coruna"; train: 16 organisations after "team", "club" or
// "side", none else; "side" is left out, as in "on the Mexican side Juarez").
const COMPANY_NOUN_BEFORE_NAMES =
  /\b(?:firm|company|group|distributor|supplier|manufacturer|consortium|chain|utility|concern|subsidiary|team|club) +$/;

/**
 * Document consistency for companies named like people: a name that the article, somewhere, puts
 * after a word for a company (or joins with "and" to one that is) is a company everywhere in it,
 * also where the tagger read it as a person there and as a company here.
 */
export function companiesNamedLikePeople(text: string, mentions: EntityMention[]): EntityMention[] {
  const companies = new Set<string>();
  // Names after a noun for a business: companies though the tagger read them as places too
  // ("the utility Cukurova"); a place after "collapse of" or "stake in" may be a country.
  const named = new Set<string>();
  mentions.forEach((m, k) => {
    if (m.type === 'MISC') return;
    const key = m.text.toLowerCase();
    if (COMPANY_NOUN_BEFORE_NAMES.test(text.slice(Math.max(0, m.start - 16), m.start))) named.add(key);
    else if (m.type === 'PLACE') return;
    else if (!BEFORE_COMPANY_NAMES.test(text.slice(Math.max(0, m.start - 24), m.start))) {
      const based = BASED_BEFORE_NAMES.test(text.slice(Math.max(0, m.start - 8), m.start));
      if (!based || (m.type === 'PERSON' && m.text.includes(' '))) return;
    }
    companies.add(key);
    const next = mentions[k + 1];
    if (next && next.type === 'PERSON' && /^\s+and\s+$/.test(text.slice(m.end, next.start)))
      companies.add(next.text.toLowerCase());
  });
  if (companies.size === 0) return mentions;
  return mentions.map((m) => {
    const key = m.text.toLowerCase();
    const company = m.type === 'PERSON' ? companies.has(key) : m.type === 'PLACE' && named.has(key);
    return company ? { ...m, type: 'ORG' as EntityType } : m;
  });
}

/**
 * "The Islamic Resistance in Iraq": an organisation of several words, "in", then a place, written
 * the same way at least twice in an article, is one name. (A one-off "Hamas in Gaza" stays apart.)
 */
export function groupsNamedWithPlaces(text: string, mentions: EntityMention[]): EntityMention[] {
  const joined = (k: number): string | null => {
    const org = mentions[k]!;
    const place = mentions[k + 1];
    if (org.type !== 'ORG' || !place || place.type !== 'PLACE' || !/\s/.test(org.text)) return null;
    return /^\s+in\s+$/.test(text.slice(org.end, place.start))
      ? text.slice(org.start, place.end).replace(/\s+/g, ' ')
      : null;
  };
  const counts = new Map<string, number>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const name = joined(k);
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (![...counts.values()].some((c) => c >= 2)) return mentions;
  const out: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const name = joined(k);
    if (name !== null && counts.get(name)! >= 2) {
      const end = mentions[k + 1]!.end;
      const written = text.slice(mentions[k]!.start, end);
      out.push({ ...mentions[k]!, end, text: written, name: displayName(written) });
      k++;
    } else out.push(mentions[k]!);
  }
  return out;
}

/**
 * "Hurricane Katrina … Katrina killed hundreds": a lone given name that ends the name of a storm
 * named in the article is that storm, not a person.
 */
export function stormsNamedAlone(mentions: EntityMention[]): EntityMention[] {
  const storms = new Map<string, string>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (m.type === 'MISC' && words.length > 1 && words.slice(0, -1).every((w) => STORM_WORDS.has(w.toLowerCase())))
      storms.set(words[words.length - 1]!.toLowerCase(), m.name);
  }
  if (storms.size === 0) return mentions;
  return mentions.map((m) => {
    const lone = !m.name.includes(' ') && (m.type === 'PERSON' || m.type === 'MISC');
    const storm = lone ? storms.get(m.name.toLowerCase()) : undefined;
    return storm === undefined ? m : { ...m, name: storm, type: 'MISC' as EntityType };
  });
}

// THING_NOUN: "the antiviral drug Tamiflu", "the tanker Exxon Valdez", "the drillship Discoverer
// Enterprise": a name right after a common noun for a medicine or a vessel names that thing, a
// product or a craft (MISC), wherever the article names it again; the tagger, which has seen few
// such names, types them as people, places and firms by turns (Timeline17 h1n1: Tamiflu 72
// places, 63 people, 41 MISC, 15 organisations). CoNLL-2003 train has 2 names after such a noun,
// both MISC ("ferry Trident Seven", "drug Avonex"); "carrier" is left out (national carrier
// EgyptAir: an airline).
const THING_NOUNS: ReadonlySet<string> = new Set([
  ...['drug', 'drugs', 'medicine', 'medicines', 'vaccine', 'antiviral', 'anti-viral', 'antivirals'],
  ...['tanker', 'supertanker', 'ship', 'vessel', 'rig', 'drillship', 'freighter', 'ferry', 'warship'],
]);

// The lower-cased word that ends right before `at`, past spaces; '' when none.
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  let start = end;
  while (start > 0 && /[\p{L}-]/u.test(text.charAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** THING_NOUN rule: a name after a noun for a medicine or a vessel, and its other mentions, are MISC. */
export function thingsAfterClassNoun(text: string, mentions: EntityMention[]): EntityMention[] {
  let things: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type === 'MISC' || !THING_NOUNS.has(wordBefore(text, m.start))) continue;
    things ??= new Set();
    things.add(m.name);
  }
  if (!things) return mentions;
  const found = things;
  return mentions.map((m) =>
    found.has(m.name) ? { ...m, type: 'MISC' as EntityType, typedByRule: true as const } : m,
  );
}

/** "Hurricane", "Storm": a capitalised word for storms, as it opens a storm's name. */
function isStormWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && STORM_WORDS.has(word.toLowerCase());
}

// NAME_WITH_POSSESSIVE: "Lloyd's", "McDonald's", "Moody's", "Boatmen's" are names with the 's in
// them. The article tells it when one of its "'s" cannot be a possessive, as a word that a
// possessive never takes follows it ("Lloyd's said", "gave Lloyd's a reprieve", "Lloyd's of
// London", "Boatmen's was the prize"), and when it never names it without the 's. A possessive
// alone ("Apple's shares", "Serbia's army", "Obama's aides") keeps its name bare.
const POSSESSIVE_NAME_MIN_MENTIONS = 2;
const NOT_POSSESSED = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'said',
  'says',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'did',
  'does',
  'reported',
  'announced',
  'added',
  'told',
  'agreed',
  'declined',
]);
// Marks that end a clause: a possessive never stands before them.
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', ')', '!', '?', '"', '\n', '']);

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

// The length of a possessive "'s" or " 's" at `at` ending a word, or 0.
function possessiveAt(text: string, at: number): number {
  const from = text.charCodeAt(at) === 32 ? at + 1 : at;
  const quote = text.charCodeAt(from);
  if (quote !== 39 && quote !== 0x2019) return 0;
  const s = text.charCodeAt(from + 1);
  if (s !== 115 && s !== 83) return 0;
  return isWordChar(text.charAt(from + 2)) ? 0 : from + 2 - at;
}

// Whether what follows `at` (after spaces) is a word or mark that a possessive never takes.
function notPossessedAt(text: string, at: number): boolean {
  let from = at;
  while (text.charCodeAt(from) === 32) from++;
  let to = from;
  while (to < text.length && isWordChar(text.charAt(to))) to++;
  if (to === from) return CLAUSE_ENDS.has(text.charAt(from));
  return NOT_POSSESSED.has(text.slice(from, to).toLowerCase());
}

// How often `name` stands as a word in `text` with "'s" after it, without, and with an "'s" that
// is no possessive.
function possessiveCounts(text: string, name: string): { withS: number; bare: number; telling: number } {
  let withS = 0;
  let bare = 0;
  let telling = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isWordChar(text.charAt(at - 1)) || isWordChar(text.charAt(end))) continue;
    const length = possessiveAt(text, end);
    if (length === 0) {
      bare++;
      continue;
    }
    withS++;
    if (notPossessedAt(text, end + length)) telling++;
  }
  return { withS, bare, telling };
}

/** NAME_WITH_POSSESSIVE: the mentions of a name the article writes with its 's take the 's. */
export function namesWithPossessive(text: string, mentions: EntityMention[]): EntityMention[] {
  const places = new Map<string, number>();
  for (const m of mentions) {
    if (m.type === 'PERSON' && /\s/.test(m.text)) continue;
    if (possessiveAt(text, m.end) > 0) places.set(m.text, (places.get(m.text) ?? 0) + (m.type === 'PLACE' ? 1 : -1));
  }
  const named = new Map<string, EntityType>();
  for (const [name, placeVotes] of places) {
    const { withS, bare, telling } = possessiveCounts(text, name);
    if (bare === 0 && withS >= POSSESSIVE_NAME_MIN_MENTIONS && telling > 0)
      named.set(name, placeVotes > 0 ? 'PLACE' : 'ORG');
  }
  if (named.size === 0) return mentions;
  return mentions.map((m) => {
    const length = possessiveAt(text, m.end);
    const type = length === 0 ? undefined : named.get(m.text);
    if (type === undefined) return m;
    const written = text.slice(m.start, m.end + length);
    return { ...m, end: m.end + length, text: written, name: displayName(written), type };
  });
}

// INITIALS_OPEN_NAME: "O.J. Simpson", "P.V. Krishnamoorthy", "A.G. Edwards & Sons", "J.P. Morgan":
// initials written just before a person's or a company's name are part of it; the tagger often
// leaves them out or reads them as a name of their own. Abbreviations of places ("U.S.", "D.C.")
// open only the name of an organisation ("U.S. Treasury", "N.Y. Times"): before a person's they
// end a sentence or name where the person is from ("in Washington, D.C. Obama said").
const PLACE_ABBREVIATIONS = new Set([
  'U.S.',
  'U.K.',
  'U.N.',
  'E.U.',
  'U.S.A.',
  'U.A.E.',
  'D.C.',
  'N.Y.',
  'N.J.',
  'L.A.',
]);

// The start of a token of two or more initials ("O.J.", "W.N.F.") ending at `end`, or -1.
function initialsBefore(text: string, end: number): number {
  let at = end;
  let letters = 0;
  while (at >= 2 && text.charCodeAt(at - 1) === 46 && /\p{Lu}/u.test(text.charAt(at - 2))) {
    at -= 2;
    letters++;
  }
  return letters < 2 || (at > 0 && !/[\s(]/.test(text.charAt(at - 1))) ? -1 : at;
}

/**
 * INITIALS_OPEN_NAME: a person's or company's name takes the initials written just before it,
 * whether the tagger left them out or read them as a name of their own ("A.G." a place).
 */
export function namesOpenedByInitials(text: string, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || text.charCodeAt(m.start - 1) !== 32) {
      out.push(m);
      continue;
    }
    let start = initialsBefore(text, m.start - 1);
    if (start >= 0 && m.type === 'PERSON' && PLACE_ABBREVIATIONS.has(text.slice(start, m.start - 1))) start = -1;
    const previousEnd = previous?.end ?? 0;
    // The initials stand alone, or are a mention of their own and nothing more.
    const alone = start >= previousEnd;
    const taggedApart = previous !== undefined && previous.start === start && previousEnd === m.start - 1;
    if (start < 0 || (!alone && !taggedApart)) {
      out.push(m);
      continue;
    }
    if (taggedApart) out.pop();
    const written = text.slice(start, m.end);
    out.push({ ...m, start, text: written, name: displayName(written) });
  }
  return out;
}

// ROAD_NUMBER: "Interstate 95", "Route 66", "Highway 1" are places, named by the word and the
// number together; the tagger, which CoNLL's training text never showed a road, read the word
// alone as an organisation ("ORG: Interstate").
const ROAD_NUMBER = /\b(?:Interstates?|Route|Highway|Motorway|Freeway)\s\d{1,4}[A-Z]?\b/g;

/** ROAD_NUMBER: a road's word and number are one place, in place of what was tagged in it. */
export function roadsNamedByNumber(text: string, mentions: EntityMention[]): EntityMention[] {
  const roads: EntityMention[] = [];
  for (const match of text.matchAll(ROAD_NUMBER)) {
    const start = match.index;
    const written = match[0];
    roads.push({ start, end: start + written.length, text: written, type: 'PLACE', name: displayName(written) });
  }
  if (roads.length === 0) return mentions;
  const kept = mentions.filter((m) => !roads.some((r) => m.start < r.end && r.start < m.end));
  return [...kept, ...roads].sort((a, b) => a.start - b.start);
}

// PORTFOLIO_BEFORE_MINISTER: "Interior Minister Rehman Malik", "Japan's Finance Minister": the
// portfolio before "Minister" names no organisation (the ministry would); CoNLL-2003 train leaves
// 117 of the 121 words before "Minister" untagged. One word only: an acronym ("EU Ministers") or
// a name of several words ("EU Finance Ministers" read as one) may hold an organisation.
const BEFORE_MINISTER = /^ Ministers?(?![\p{L}-])/u;

/** PORTFOLIO_BEFORE_MINISTER: drops a one-word organisation tagged on a minister's portfolio. */
export function withoutPortfolios(text: string, mentions: EntityMention[]): EntityMention[] {
  return mentions.filter(
    (m) =>
      m.type !== 'ORG' ||
      m.text.includes(' ') ||
      m.text === m.text.toUpperCase() ||
      !BEFORE_MINISTER.test(text.slice(m.end, m.end + 11)),
  );
}

// SCORE_LINE: "Sale 31 Wasps 33", "Currie 45 Heriot 's F.P. 5": a line that is a name, a score, a
// name and a score gives a result, and each name is one team, however the tagger cut or left it.
// CoNLL-2003 train has 482 such lines: 936 of their 945 names are organisations, 8 national teams
// (places), none cut in two. A team is a place only where the tagger read it as one and it names
// a country (the list also holds capitals: "Livingston 1 Hamilton 0" is a club). Words of a name start with a capital ("Jed-Forest"), but for a few
// joining ones ("Heriot 's F.P.", "Brighton & Hove"); a month or a lower-case word ("Quarter ended
// June 30") makes it no result.
const SCORE_LINE_JOINERS = new Set(["'s", '&', 'de', 'of', 'and']);
const MAX_SCORE_LINE = 16;
// Calendar words with the months that are also given names and the months' abbreviations.
const SCORE_LINE_CALENDAR = new Set([
  ...CALENDAR_WORDS,
  ...['april', 'may', 'june', 'august', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct'],
  ...['nov', 'dec'],
]);
const COUNTRY_LIST = 1 << GAZETTEER_LISTS.indexOf('COUNTRY');

/** SCORE_LINE: the two teams of a result line, as tagged spans; other sentences as they were. */
export function teamsInScoreLine(text: string, tokens: Tokens, spans: TokenSpan[], lexicon: Lexicon): TokenSpan[] {
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  // A note in brackets may end the line: "HOUSTON 5 Chicago 4 ( 11 innings )", "Anyang 3 Chonnam
  // 3 ( halftime 2-0 )" (CoNLL-2003 train: 20 such lines, every name a club).
  let n = tokens.starts.length;
  if (n > 0 && word(n - 1) === ')') {
    let open = n - 2;
    while (open >= 0 && word(open) !== '(' && word(open) !== ')') open--;
    if (open >= 0 && word(open) === '(') n = open;
  }
  if (n < 4 || n > MAX_SCORE_LINE || spans.length === 0) return spans;
  const isScore = (k: number): boolean => /^\d{1,3}$/.test(word(k));
  if (!isScore(n - 1)) return spans;
  let middle = -1;
  for (let k = 1; k < n - 2; k++) {
    if (!isScore(k)) continue;
    if (middle >= 0) return spans;
    middle = k;
  }
  if (middle < 0) return spans;
  const team = (first: number, last: number): TokenSpan | null => {
    for (let k = first; k <= last; k++) {
      const w = word(k);
      const capital = /^\p{Lu}/u.test(w) && !/\d/.test(w);
      if (k === first ? !capital : !capital && !SCORE_LINE_JOINERS.has(w.toLowerCase())) return null;
      if (SCORE_LINE_CALENDAR.has(w.toLowerCase())) return null;
    }
    const hashes = [];
    for (let k = first; k <= last; k++) hashes.push(lowerWordHash(text, tokens.starts[k]!, tokens.ends[k]!));
    const lists = lexicon.gazetteer.get(sequenceHash(hashes, 0, hashes.length)) ?? 0;
    const tagged = spans.find((span) => span.first === first && span.last === last);
    const country = tagged?.type === 'PLACE' && (lists & COUNTRY_LIST) !== 0;
    return { first, last, type: country ? 'PLACE' : 'ORG', typedByRule: true };
  };
  const home = team(0, middle - 1);
  const away = team(middle + 1, n - 2);
  return home && away ? [home, away, ...spans.filter((span) => span.first >= n)] : spans;
}

// FIXTURE_LINE: "OAKLAND AT BOSTON", "CALIFORNIA AT NEW YORK": a line in capitals naming a game
// gives the visiting team and the home team's city, and CoNLL-2003 train annotates all 99 such
// lines so: the visitors an organisation, the city a place. Only where the tagger found a name on
// each side, so that a headline in capitals ("TALKS AT GENEVA") is left alone.
const MAX_FIXTURE_SIDE = 3;

/** FIXTURE_LINE: the visitors (ORG) and the home city (PLACE) of an "X AT Y" line in capitals. */
export function teamsInFixtureLine(text: string, tokens: Tokens, spans: TokenSpan[]): TokenSpan[] {
  const n = tokens.starts.length;
  if (n < 3 || n > 2 * MAX_FIXTURE_SIDE + 1 || spans.length < 2) return spans;
  let at = -1;
  for (let k = 0; k < n; k++) {
    const word = text.slice(tokens.starts[k], tokens.ends[k]);
    if (word === 'AT') {
      if (at >= 0) return spans;
      at = k;
    } else if (!/^[A-Z][A-Z.'-]*$/.test(word)) return spans;
  }
  if (at < 1 || at > MAX_FIXTURE_SIDE || at < n - 1 - MAX_FIXTURE_SIDE || at === n - 1) return spans;
  if (!spans.some((span) => span.last < at) || !spans.some((span) => span.first > at)) return spans;
  return [
    { first: 0, last: at - 1, type: 'ORG', typedByRule: true },
    { first: at + 1, last: n - 1, type: 'PLACE', typedByRule: true },
  ];
}

// TABLE_ROW: "NEW YORK 72 53 .576 -", "Birmingham 2 1 1 0 5 4 4": a line that is a name and then
// only figures (two or more) is a row of a standings table, and the name one team. CoNLL-2003
// train has 1,023 such lines: 912 name one organisation, 48 a person (a golfer's or a batsman's
// scores), 4 a country (a national team), the rest no entity or a name with more in it. So a
// name the tagger read whole as an organisation or a place is a team, as in a score line: a
// place only when it names a country; a person stays what the tagger read, unmarked.
const TABLE_FIGURE = /^(?:\d+(?:\.\d+)?|\.\d+|-)$/;

/** TABLE_ROW: the team a standings row opens with, as a tagged span; other sentences as they were. */
export function teamsInTableRow(text: string, tokens: Tokens, spans: TokenSpan[], lexicon: Lexicon): TokenSpan[] {
  const n = tokens.starts.length;
  const span = spans[0];
  if (spans.length !== 1 || span!.first !== 0 || span!.type === 'PERSON' || span!.type === 'MISC') return spans;
  const { last } = span!;
  let figures = 0;
  for (let k = last + 1; k < n; k++) {
    const word = text.slice(tokens.starts[k], tokens.ends[k]);
    if (!TABLE_FIGURE.test(word)) return spans;
    if (word !== '-') figures++;
  }
  if (figures < 2) return spans;
  const hashes = [];
  for (let k = 0; k <= last; k++) hashes.push(lowerWordHash(text, tokens.starts[k]!, tokens.ends[k]!));
  const lists = lexicon.gazetteer.get(sequenceHash(hashes, 0, hashes.length)) ?? 0;
  const country = span!.type === 'PLACE' && (lists & COUNTRY_LIST) !== 0;
  return [{ first: 0, last, type: country ? 'PLACE' : 'ORG', typedByRule: true }];
}

// COMPANIES_IN_A_LIST: "Chevron Corp and Texaco Inc" names two companies: a legal form ends a
// company's name, so an "and" or "&" right after one starts another. CoNLL-2003 train keeps all
// 9 such pairs apart; no name runs on past a legal form and an "and".
/** COMPANIES_IN_A_LIST: splits an organisation span at an "and" that follows a legal form. */
export function companiesInAList(text: string, tokens: Tokens, spans: TokenSpan[]): TokenSpan[] {
  if (!spans.some((span) => span.type === 'ORG' && span.last - span.first >= 3)) return spans;
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let first = span.first;
    for (let k = span.first + 2; span.type === 'ORG' && k < span.last; k++) {
      const w = text.slice(tokens.starts[k], tokens.ends[k]);
      if (w !== 'and' && w !== '&') continue;
      const before = text
        .slice(tokens.starts[k - 1], tokens.ends[k - 1])
        .toLowerCase()
        .replace(/\.$/, '');
      if (k - 1 === first || !COMPANY_LEGAL_FORMS.has(before)) continue;
      out.push({ first, last: k - 1, type: 'ORG' });
      first = k + 1;
    }
    out.push(first === span.first ? span : { first, last: span.last, type: span.type });
  }
  return out;
}

// SHORT_COMPANY_NAME: an article that names "Kia Motor Corp" or "Magna International Inc" with
// its legal form calls it "Magna" and "Taylor" after: a one-word name that opens the name of a
// company with its legal form in the same article is that company where the tagger read it as a
// person ("But Taylor said the work boat ..." after "Taylor Energy Co."). Not where it read a
// place: "China National Offshore Oil Corp", "Singapore Airlines Ltd" leave China and Singapore
// places (tried: on Timeline17 h1n1 and bpoil 12 places became companies).
/** SHORT_COMPANY_NAME: a person-typed first word of an article's legal-form company name is the company. */
export function companiesByFirstWord(mentions: EntityMention[]): EntityMention[] {
  let firstWords: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 3 || !COMPANY_LEGAL_FORMS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, '')))
      continue;
    firstWords ??= new Set();
    firstWords.add(words[0]!);
  }
  if (!firstWords) return mentions;
  const found = firstWords;
  return mentions.map((m) => (m.type === 'PERSON' && found.has(m.text) ? { ...m, type: 'ORG' as EntityType } : m));
}
