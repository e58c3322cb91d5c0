import type { ArticleEvent, EntityMention, Precision, Sentence, TimeExpression, TimeMod } from '../types.js';
import { BACKGROUND_FACT, isPageFurniture, opensComment } from './furniture.js';
import { precisionOf } from './time/precision.js';

// An empty line between two sentences: a new paragraph.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** A time expression that dates a clause: a calendar anchor, or a duration used relatively. */
interface DatingItem {
  time: TimeExpression;
  /** For "days after …": where the governed clause begins and how it relates to the anchor. */
  relative?: { clauseStart: number; mod: TimeMod };
  /** The end of a range begun by the item before ("from Thursday [to Saturday]"): the range's
   * days share one clause, the whole of what the range holds (endsRange). */
  rangeEnd?: boolean;
}

// "days after the US military launched …" tells of something before the anchor; "two weeks
// before …" of something after it.
const RELATIVE_LINK = /^\s*(?:just\s+|only\s+)?(after|before)\s+/i;

const RANGE_BOUND = /\b(?:since|until|till|through|throughout)\s+$/i;

// Clause boundaries, strongest first. Between two dating items the strongest boundary wins;
// ties go to the leftmost, because English puts time adverbials at the end of their clause
// ("X happened on Monday, and Y on Tuesday") more often than at the start.
// A boundary that opens with white space ("  ; ", " — ", " and ") starts where the white space
// starts. The patterns match one space before the mark or word and the cut is moved back over the
// rest of the run in code: a leading `\s+` in the pattern is retried at every character of a long
// run of spaces, at a cost of its length squared. The leftmost boundary is the same either way.
const BOUNDARIES: Array<{ pattern: RegExp; strength: number }> = [
  { pattern: /;\s+|\s[—–]\s+|\s--\s+/, strength: 4 },
  { pattern: /,\s+(?:and|but|while|whereas|which|who|when|where)\s+/i, strength: 3 },
  { pattern: /\sin (?:retaliation|response|reprisal) (?:for|to)\s+/i, strength: 3 },
  { pattern: /,\s+/, strength: 2 },
  { pattern: /\s(?:but|while|whereas|after|before|when|amid|following)\s+/i, strength: 2 },
  { pattern: /\s(?:and|that|which|who)\s+/i, strength: 1 },
];

// A clause that is nothing but its date ("On Monday,") tells nothing: the sentence tells it.
const MIN_CLAUSE_WORDS = 4;

// What an event may cost. Real prose stays far below both caps: on the Timeline17 stories and
// the Wikinews articles, 99 % of event texts are under 425 characters (the longer ones are
// run-together lists with no full stop) and no sentence of prose gave more than 7 events. A
// sentence of 5,000 month names gave 5,000 events that each carried the whole sentence (200 MB
// of output for a 40 KB file): with the caps, output grows linearly with the input.
/** An event's text is its clause, cut at a word boundary past this many characters (with "…"). */
export const EVENT_TEXT_MAX = 400;
/** A sentence tells at most this many events: its first dating expressions, in order. */
export const EVENTS_PER_SENTENCE_MAX = 8;

// Links left at either end of a clause cut out of a sentence ("…, and", "which …"). Matched by
// scanning, not by a regex: the repeated alternatives of one (`(?:\s*[,;:—–-]+|\s+and)+$`) let a
// run of 30 dashes backtrack exponentially.
const DANGLING_MARKS = new Set([',', ';', ':', '—', '–', '-']);
const DANGLING_START_WORDS = [
  'and',
  'but',
  'or',
  'so',
  'while',
  'whereas',
  'as',
  'amid',
  'after',
  'before',
  'following',
  'that',
  'which',
  'who',
  'when',
  'then',
];
const DANGLING_END_WORDS = [
  'and',
  'but',
  'or',
  'so',
  'while',
  'as',
  'amid',
  'that',
  'which',
  'who',
  'when',
  'then',
  ...['retaliation', 'response', 'reprisal'].flatMap((cause) => [`in ${cause} for`, `in ${cause} to`]),
];
const SPACE = /\s/;

// Wire-service datelines ("WASHINGTON (Reuters) - ", "Fri Jun 12, 2009 6:08 pm EDT GENEVA (Reuters) - ")
// are not part of what a sentence tells.
const DATELINE =
  /^[^()]{0,120}\((?:AP|AFP|Reuters|CNN|Xinhua|UPI|Bloomberg|dpa|BBC|CNSNews\.com)\)\s*(?:[-–—:]+\s*|(?=[A-Z]))/;

function isCalendarAnchor(time: TimeExpression): boolean {
  return (time.type === 'DATE' || time.type === 'TIME') && precisionOf(time.value) !== null;
}

// An author's initial, then the year in brackets: the APA reference style.
const CITATION_YEAR = /\b[A-Z]\.,?\s*\(\d{4}[a-z]?\)$/;

/** The index of the first item whose start is at or after `offset`; `items` sorted by start. */
function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byStart<T extends { start: number }>(items: T[]): T[] {
  return items.slice().sort((a, b) => a.start - b.start);
}

/** `times` sorted by start: only those of the sentence are read, so a sentence costs its own length. */
function datingItems(text: string, sentence: { start: number; end: number }, times: TimeExpression[]): DatingItem[] {
  // Overlapping expressions ("Monday" inside "Monday afternoon") date one clause: keep the first,
  // longest. Expressions are read in order of start, those of one start longest first, and the
  // reading stops once the sentence's budget of events (and the one after it, which bounds the
  // last clause) is kept with an anchor among them: a sentence of 30,000 month names is not read
  // to its end for the 8 events it may tell.
  const kept: DatingItem[] = [];
  let anchored = false;
  const group: DatingItem[] = [];
  for (let t = firstAtOrAfter(times, sentence.start); t < times.length && times[t]!.start < sentence.end; t++) {
    const time = times[t]!;
    if (group.length > 0 && time.start !== group[0]!.time.start) {
      anchored = keepGroup(text, group, kept) || anchored;
      if (anchored && kept.length > EVENTS_PER_SENTENCE_MAX) return kept;
    }
    const item = datingItem(text, sentence, time);
    if (item) group.push(item);
  }
  keepGroup(text, group, kept);
  return kept;
}

// The end of a range of days a preposition opens ("from Thursday to Saturday", "between June 3
// and June 5"): one clause tells what the range holds, on each of its dates. A range without
// one is a label more often than a report ("Approximate oil locations 22 April - 15 May").
const FROM_JOIN = /^\s*(?:to|until|till|through|thru|[-–—])\s*$/i;
const BETWEEN_JOIN = /^\s*and\s*$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const RANGE_GAP_MAX = 12;
const OPENER_REACH = 9;

function endsRange(text: string, last: DatingItem, item: DatingItem): boolean {
  if (last.relative || item.relative || item.time.start - last.time.end > RANGE_GAP_MAX) return false;
  const join = text.slice(last.time.end, item.time.start);
  const opener = text.slice(Math.max(0, last.time.start - OPENER_REACH), last.time.start);
  return (FROM_JOIN.test(join) && FROM_BEFORE.test(opener)) || (BETWEEN_JOIN.test(join) && BETWEEN_BEFORE.test(opener));
}

/** Moves `group` (items of one start) to `kept`, longest first, skipping what overlaps the last
 * kept and marking a range's end; true when an anchor was kept. */
function keepGroup(text: string, group: DatingItem[], kept: DatingItem[]): boolean {
  let anchored = false;
  group.sort((a, b) => b.time.end - a.time.end);
  for (const item of group) {
    const last = kept[kept.length - 1];
    if (last && item.time.start < last.time.end) continue;
    if (last && endsRange(text, last, item)) item.rangeEnd = true;
    kept.push(item);
    if (!item.relative) anchored = true;
  }
  group.length = 0;
  return anchored;
}

/** `time` as what dates a clause of `sentence`, or null when it dates none. */
function datingItem(text: string, sentence: { start: number; end: number }, time: TimeExpression): DatingItem | null {
  // A date in a dateline stamps the wire copy, not a happening.
  if (time.end > sentence.end) return null;
  if (isCalendarAnchor(time)) {
    // "Coon, N. (1980)." dates a publication in a reference list, not a happening.
    if (CITATION_YEAR.test(text.slice(Math.max(sentence.start, time.start - 6), Math.min(sentence.end, time.end + 1))))
      return null;
    // "since March 2003", "until June": the bound of a stretch of time, not when something happened.
    return RANGE_BOUND.test(text.slice(Math.max(sentence.start, time.start - 12), time.start)) ? null : { time };
  }
  if (time.type !== 'DURATION') return null;
  const link = RELATIVE_LINK.exec(text.slice(time.end, sentence.end));
  if (!link) return null;
  const mod: TimeMod = link[1]!.toLowerCase() === 'after' ? 'BEFORE' : 'AFTER';
  return { time, relative: { clauseStart: time.end + link[0].length, mod } };
}

/** The first match of `pattern` in `window` as offsets in `text`, its start moved back over the
 * white space before it (within the window). */
function boundaryIn(
  text: string,
  window: string,
  from: number,
  pattern: RegExp,
): { cut: number; resume: number } | null {
  const m = pattern.exec(window);
  if (!m) return null;
  let cut = from + m.index;
  while (cut > from && isSpace(text, cut - 1)) cut--;
  return { cut, resume: from + m.index + m[0].length };
}

/** Where the first boundary of at least `strength` after `from` begins, or `to`. */
function firstBoundary(text: string, from: number, to: number, strength: number): number {
  let cut = to;
  const window = text.slice(from, to);
  for (const boundary of BOUNDARIES) {
    if (boundary.strength < strength) continue;
    const found = boundaryIn(text, window, from, boundary.pattern);
    if (found) cut = Math.min(cut, found.cut);
  }
  return cut;
}

/** The offset where the clause of `left` ends and the clause of `right` begins. Only each
 * pattern's first match can win: a later one has the same strength and lies further right. */
function clauseBoundary(text: string, from: number, to: number): { cut: number; resume: number } {
  let best: { cut: number; resume: number; strength: number } | null = null;
  const window = text.slice(from, to);
  for (const { pattern, strength } of BOUNDARIES) {
    const found = boundaryIn(text, window, from, pattern);
    if (found && (!best || strength > best.strength || (strength === best.strength && found.cut < best.cut))) {
      best = { ...found, strength };
    }
  }
  if (best) return best;
  // No boundary: the two expressions share one clause; split between them, but never inside a
  // word ("today's activities": the possessive stays with "today").
  let cut = from;
  while (cut < to && !isSpace(text, cut)) cut++;
  return { cut, resume: cut };
}

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // ASCII white space is tab to carriage return and the space; the regex reads the rest.
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}

/** Whether `word` (lower case) is written at `at`, in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  // Compared character by character as toLowerCase would lower them, without a slice per word
  // tried: A–Z, and the Kelvin sign to "k", the one letter outside ASCII it lowers to one ASCII
  // letter ("İ" becomes two characters, so a word holding it never matches).
  if (at < 0 || at + word.length > text.length) return text.slice(at, at + word.length).toLowerCase() === word;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(at + i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code === KELVIN_SIGN) code = 107;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}
const KELVIN_SIGN = 0x212a;

/** Past the links a clause opens with in [from, to): runs of `, ; : — – -` and the space after
 * them, and DANGLING_START_WORDS followed by space, in any order and number. */
function skipDanglingStart(text: string, from: number, to: number): number {
  let at = from;
  for (;;) {
    if (at < to && DANGLING_MARKS.has(text[at]!)) {
      while (at < to && DANGLING_MARKS.has(text[at]!)) at++;
      while (at < to && isSpace(text, at)) at++;
      continue;
    }
    const word = DANGLING_START_WORDS.find(
      (w) => at + w.length < to && wordAt(text, at, w) && isSpace(text, at + w.length),
    );
    if (word === undefined) return at;
    at += word.length;
    while (at < to && isSpace(text, at)) at++;
  }
}

/** Where the links a clause ends with in [from, to) begin: runs of `, ; : — – -` with the space
 * before them, and DANGLING_END_WORDS with space before them. Peeled from the right, each step
 * is forced (no link ends in space, no two links end alike), so one pass finds what
 * `(?:\s*[,;:—–-]+|\s+(?:and|…))+$` would, at the same leftmost start. */
function danglingEndStart(text: string, from: number, to: number): number {
  let at = to;
  for (;;) {
    if (at > from && DANGLING_MARKS.has(text[at - 1]!)) {
      while (at > from && DANGLING_MARKS.has(text[at - 1]!)) at--;
      while (at > from && isSpace(text, at - 1)) at--;
      continue;
    }
    const word = DANGLING_END_WORDS.find(
      (w) => at - w.length > from && wordAt(text, at - w.length, w) && isSpace(text, at - w.length - 1),
    );
    if (word === undefined) return at;
    at -= word.length;
    while (at > from && isSpace(text, at - 1)) at--;
  }
}

/** The span without surrounding space and dangling links; a sentence's own opening ("After the
 * vote, …") is kept, since only a clause cut out of a sentence starts with a dangling link.
 * Nothing is trimmed that would leave the span empty. */
function trimSpan(text: string, start: number, end: number, sentenceStart: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e;) {
    changed = false;
    let lead = s;
    while (lead < e && isSpace(text, lead)) lead++;
    const opening = lead > sentenceStart ? skipDanglingStart(text, lead, e) : lead;
    if (opening > s && opening < e) {
      s = opening;
      changed = true;
    }
    let tail = e;
    while (tail > s && isSpace(text, tail - 1)) tail--;
    const closing = danglingEndStart(text, s, tail);
    if (closing < e && closing > s) {
      e = closing;
      changed = true;
    }
  }
  return { start: s, end: e };
}

/** Words of [start, end): runs of non-space holding an ASCII letter or digit. */
function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let counted = false;
  for (let at = start; at < end; at++) {
    if (isSpace(text, at)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const code = text.charCodeAt(at);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Canonical names of the mentions inside [start, end), first mention first; `mentions` sorted by start. */
function entitiesIn(mentions: EntityMention[], start: number, end: number): string[] {
  const names = new Set<string>();
  for (let m = firstAtOrAfter(mentions, start); m < mentions.length && mentions[m]!.start < end; m++) {
    if (mentions[m]!.end <= end) names.add(mentions[m]!.name);
  }
  return [...names];
}

/** The clause's words, single-spaced, cut to EVENT_TEXT_MAX at a word boundary. */
function eventText(text: string, start: number, end: number): string {
  const folded = foldedHead(text, start, end);
  if (folded.length <= EVENT_TEXT_MAX) return folded;
  const room = folded.slice(0, EVENT_TEXT_MAX - 1);
  const space = room.lastIndexOf(' ');
  // A word longer than half the room is cut inside; never between the halves of a surrogate pair.
  let cut = space > EVENT_TEXT_MAX / 2 ? space : room.length;
  const last = room.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${room.slice(0, cut).trimEnd()}…`;
}

/** The clause single-spaced and trimmed, or, when it is far longer than an event's text, a head
 * of it longer than EVENT_TEXT_MAX + 1 (the whole of a 100 KB sentence is not folded to keep 400
 * characters). Folding a head gives the start of the whole's folding: a run of white space cut at
 * the head's end still reads as one space. */
function foldedHead(text: string, start: number, end: number): string {
  if (end - start > HEAD_RAW) {
    const head = text
      .slice(start, start + HEAD_RAW)
      .replace(/\s+/g, ' ')
      .trimStart();
    if (head.length >= EVENT_TEXT_MAX + 2) return head;
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}
const HEAD_RAW = 4 * EVENT_TEXT_MAX;

function isApproximate(precision: Precision, mod: TimeMod | undefined): boolean {
  return mod !== undefined || (precision !== 'day' && precision !== 'time');
}

function sentenceSpan(text: string, sentence: Sentence): { start: number; end: number } {
  const dateline = DATELINE.exec(text.slice(sentence.start, sentence.end));
  return { start: sentence.start + (dateline?.[0].length ?? 0), end: sentence.end };
}

/**
 * Which sentences are the page's, not the story's: furniture (update stamps, share widgets) and
 * readers' comments, each from its header to the end of its paragraph. Neither tells an event,
 * and the names in them are not the story's.
 */
export function pageSentences(text: string, sentences: readonly Sentence[]): boolean[] {
  let inComment = false;
  let previousEnd = 0;
  return sentences.map((sentence) => {
    if (inComment && PARAGRAPH_BREAK.test(text.slice(previousEnd, sentence.start))) inComment = false;
    previousEnd = sentence.end;
    const whole = sentenceSpan(text, sentence);
    const told = text.slice(whole.start, whole.end);
    if (opensComment(told)) inComment = true;
    return inComment || isPageFurniture(told) || LINK_LABEL_AFTER.test(text.slice(sentence.end, sentence.end + 16));
  });
}

// A link's label after a sentence makes it another story's teaser: "Helicopter crashes into crane
// on London tower, kills two. Full Article Egypt orders cull of pig herds …" atop Reuters pages.
const LINK_LABEL_AFTER = /^\s*(?:Full Article|Full Story|Read (?:the )?full (?:article|story))\b/;

const LOWER_CASE_WORD = /\p{Ll}{3}/u;

/**
 * Dated happenings told by an article: each calendar time expression anchors the clause that
 * tells it; a duration used relatively ("days after …") dates its clause before or after the
 * sentence's anchor; the lead sentence without a date of its own reports the publication day.
 * Captions never become events.
 */
export function extractEvents(
  text: string,
  publicationDate: string | null,
  sentences: Sentence[],
  entities: EntityMention[],
  times: TimeExpression[],
  pages: readonly boolean[] = pageSentences(text, sentences),
): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  // A page's time stamp or byline line before the lead is no lead, nor a dateline standing alone
  // ("GRAND ISLE, La. -- GRAND ISLE, La."): a lead tells something, in words in lower case.
  const leadSentence = sentences.find((s, index) => {
    const told = text.slice(s.start, s.end);
    return !s.caption && !pages[index] && !isPageFurniture(told) && LOWER_CASE_WORD.test(told);
  });
  const publication = publicationDate !== null && precisionOf(publicationDate) === 'day' ? publicationDate : null;
  // Sorted once, so that each sentence reads only its own mentions and expressions.
  const mentions = byStart(entities);
  const timesByStart = byStart(times);

  let sentenceStart = 0;
  let sentenceEvents = 0;
  const push = (
    start: number,
    end: number,
    date: string,
    mod: TimeMod | undefined,
    lead: boolean,
    inferred: boolean,
  ): void => {
    const span = trimSpan(text, start, end, sentenceStart);
    if (span.end <= span.start) return;
    const precision = precisionOf(date);
    if (precision === null) return;
    // Two expressions of one clause-less sentence ("January, January 2024") tell one event.
    const told = events.slice(events.length - sentenceEvents);
    if (told.some((e) => e.start === span.start && e.end === span.end && e.date === date && e.mod === mod)) return;
    const event: ArticleEvent = {
      start: span.start,
      end: span.end,
      date,
      precision,
      approximate: inferred || isApproximate(precision, mod),
      text: eventText(text, span.start, span.end),
      entities: entitiesIn(mentions, span.start, span.end),
      lead,
    };
    if (mod !== undefined) event.mod = mod;
    events.push(event);
    sentenceEvents++;
  };

  sentences.forEach((sentence, index) => {
    if (sentence.caption || pages[index]) return;
    const lead = sentence === leadSentence;
    const whole = sentenceSpan(text, sentence);
    sentenceStart = whole.start;
    sentenceEvents = 0;
    const items = datingItems(text, whole, timesByStart);
    const hasAnchor = items.some((item) => !item.relative);
    let budget = EVENTS_PER_SENTENCE_MAX;
    // News leads report the publication day (the "on Wednesday" is often left out); a lead that
    // states a fact true on any day (an explainer's "Haiti is part of …") reports none.
    if (lead && !hasAnchor && publication !== null && !BACKGROUND_FACT.test(text.slice(whole.start, whole.end))) {
      // The lead's own clause ends where "days after …" begins, unless nothing comes before it.
      const firstRelative = items[0]?.relative ? items[0].time.start : whole.end;
      const own = wordCount(text, whole.start, firstRelative) >= MIN_CLAUSE_WORDS ? firstRelative : whole.end;
      push(whole.start, own, publication, undefined, true, false);
      budget--;
    }
    let regionStart = whole.start;
    let anchor: TimeExpression | null = null;
    // The last anchor's clause: a range's end is told by the clause of the day that opens it.
    let anchorClause: [number, number] | null = null;
    // Past the budget the sentence is a list or a table, not prose: its first dates stand for it.
    for (let i = 0; i < Math.min(items.length, budget); i++) {
      const item = items[i]!;
      if (item.rangeEnd && anchorClause !== null) {
        push(anchorClause[0], anchorClause[1], item.time.value, item.time.mod, lead, false);
        continue;
      }
      // The clause runs on past the ends of a range this item begins.
      let k = i + 1;
      while (items[k]?.rangeEnd) k++;
      const next = items[k];
      const headEnd = item.relative ? item.relative.clauseStart : items[k - 1]!.time.end;
      const boundary = next ? clauseBoundary(text, headEnd, next.time.start) : { cut: whole.end, resume: whole.end };
      const regionEnd = boundary.cut;
      if (item.relative) {
        // The duration counts from the anchor told before it in the sentence, else from the
        // publication day that news reports are written on.
        const from = anchor?.value ?? publication;
        // What "after"/"before" governs ends at the next comma or stronger boundary.
        const governedEnd = firstBoundary(text, item.relative.clauseStart, regionEnd, 2);
        // "two days before the vote": a bare noun phrase names an anchor, it tells no happening.
        const told = wordCount(text, item.relative.clauseStart, governedEnd) >= MIN_CLAUSE_WORDS;
        if (from !== null && told) push(item.relative.clauseStart, governedEnd, from, item.relative.mod, lead, true);
      } else {
        anchor = item.time;
        const clause =
          wordCount(text, regionStart, regionEnd) - wordCount(item.time.text, 0, item.time.text.length) >=
          MIN_CLAUSE_WORDS;
        anchorClause = clause ? [regionStart, regionEnd] : [whole.start, whole.end];
        push(anchorClause[0], anchorClause[1], item.time.value, item.time.mod, lead, false);
      }
      regionStart = boundary.resume;
    }
  });
  addReportingContext(events, sentences, mentions, timesByStart);
  return events;
}

/**
 * Undated sentences of a news report tell the happening its lead reports (who was killed, where
 * it was), so their names join the lead event's: the entity view and search then find the lead
 * by any name the report gives it. `mentions` and `times` sorted by start.
 */
function addReportingContext(
  events: ArticleEvent[],
  sentences: Sentence[],
  mentions: EntityMention[],
  times: TimeExpression[],
): void {
  const lead = events.find((event) => event.lead && event.mod === undefined);
  if (!lead) return;
  const names = new Set(lead.entities);
  let t = 0;
  for (const sentence of sentences) {
    if (sentence.caption) continue;
    while (t < times.length && times[t]!.end <= sentence.start) t++;
    const dated = t < times.length && times[t]!.start < sentence.end;
    if (dated) continue;
    for (const name of entitiesIn(mentions, sentence.start, sentence.end)) names.add(name);
  }
  lead.entities = [...names];
}
