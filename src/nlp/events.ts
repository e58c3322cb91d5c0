import type { ArticleEvent, EntityMention, Precision, Sentence, TimeExpression, TimeMod } from '../types.js';
import { precisionOf } from './time/precision.js';

/** A time expression that dates a clause: a calendar anchor, or a duration used relatively. */
interface DatingItem {
  time: TimeExpression;
  /** For "days after …": where the governed clause begins and how it relates to the anchor. */
  relative?: { clauseStart: number; mod: TimeMod };
}

// "days after the US military launched …" tells of something before the anchor; "two weeks
// before …" of something after it.
const RELATIVE_LINK = /^\s*(?:just\s+|only\s+)?(after|before)\s+/i;

const RANGE_BOUND = /\b(?:since|until|till|through|throughout)\s+$/i;

// Clause boundaries, strongest first. Between two dating items the strongest boundary wins;
// ties go to the leftmost, because English puts time adverbials at the end of their clause
// ("X happened on Monday, and Y on Tuesday") more often than at the start.
const BOUNDARIES: Array<{ pattern: RegExp; strength: number }> = [
  { pattern: /\s*;\s+|\s+[—–]\s+|\s+--\s+/g, strength: 4 },
  { pattern: /,\s+(?:and|but|while|whereas|which|who|when|where)\s+/gi, strength: 3 },
  { pattern: /\s+in (?:retaliation|response|reprisal) (?:for|to)\s+/gi, strength: 3 },
  { pattern: /,\s+/g, strength: 2 },
  { pattern: /\s+(?:but|while|whereas|after|before|when|amid|following)\s+/gi, strength: 2 },
  { pattern: /\s+(?:and|that|which|who)\s+/gi, strength: 1 },
];

// A clause that is nothing but its date ("On Monday,") tells nothing: the sentence tells it.
const MIN_CLAUSE_WORDS = 4;

const DANGLING_START =
  /^(?:[,;:—–-]+\s*|(?:and|but|or|so|while|whereas|as|amid|after|before|following|that|which|who|when|then)\s+)+/i;
const DANGLING_END =
  /(?:\s*[,;:—–-]+|\s+(?:and|but|or|so|while|as|amid|that|which|who|when|then|in (?:retaliation|response|reprisal) (?:for|to)))+$/i;
// Wire-service datelines ("WASHINGTON (Reuters) - ", "Fri Jun 12, 2009 6:08 pm EDT GENEVA (Reuters) - ")
// are not part of what a sentence tells.
const DATELINE =
  /^[^()]{0,120}?\((?:AP|AFP|Reuters|CNN|Xinhua|UPI|Bloomberg|dpa|BBC|CNSNews\.com)\)\s*(?:[-–—:]+\s*|(?=[A-Z]))/;

function isCalendarAnchor(time: TimeExpression): boolean {
  return (time.type === 'DATE' || time.type === 'TIME') && precisionOf(time.value) !== null;
}

// An author's initial, then the year in brackets: the APA reference style.
const CITATION_YEAR = /\b[A-Z]\.,?\s*\(\d{4}[a-z]?\)$/;

function datingItems(text: string, sentence: { start: number; end: number }, times: TimeExpression[]): DatingItem[] {
  const items: DatingItem[] = [];
  for (const time of times) {
    // A date in a dateline stamps the wire copy, not a happening.
    if (time.start < sentence.start || time.end > sentence.end) continue;
    if (isCalendarAnchor(time)) {
      // "Coon, N. (1980)." dates a publication in a reference list, not a happening.
      if (
        CITATION_YEAR.test(text.slice(Math.max(sentence.start, time.start - 6), Math.min(sentence.end, time.end + 1)))
      )
        continue;
      // "since March 2003", "until June": the bound of a stretch of time, not when something happened.
      if (!RANGE_BOUND.test(text.slice(Math.max(sentence.start, time.start - 12), time.start))) items.push({ time });
      continue;
    }
    if (time.type !== 'DURATION') continue;
    const link = RELATIVE_LINK.exec(text.slice(time.end, sentence.end));
    if (!link) continue;
    const mod: TimeMod = link[1]!.toLowerCase() === 'after' ? 'BEFORE' : 'AFTER';
    items.push({ time, relative: { clauseStart: time.end + link[0].length, mod } });
  }
  items.sort((a, b) => a.time.start - b.time.start || b.time.end - a.time.end);
  // Overlapping expressions ("Monday" inside "Monday afternoon") date one clause: keep the first, longest.
  const kept: DatingItem[] = [];
  for (const item of items)
    if (kept.length === 0 || item.time.start >= kept[kept.length - 1]!.time.end) kept.push(item);
  return kept;
}

/** Where the first boundary of at least `strength` after `from` begins, or `to`. */
function firstBoundary(text: string, from: number, to: number, strength: number): number {
  let cut = to;
  const window = text.slice(from, to);
  for (const boundary of BOUNDARIES) {
    if (boundary.strength < strength) continue;
    boundary.pattern.lastIndex = 0;
    const m = boundary.pattern.exec(window);
    if (m) cut = Math.min(cut, from + m.index);
  }
  return cut;
}

/** The offset where the clause of `left` ends and the clause of `right` begins. */
function clauseBoundary(text: string, from: number, to: number): { cut: number; resume: number } {
  let best: { cut: number; resume: number; strength: number } | null = null;
  const window = text.slice(from, to);
  for (const { pattern, strength } of BOUNDARIES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (!best || strength > best.strength || (strength === best.strength && from + m.index < best.cut)) {
        best = { cut: from + m.index, resume: from + m.index + m[0].length, strength };
      }
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  // No boundary: the two expressions share one clause; split between them.
  return best ?? { cut: from, resume: from };
}

/** The span without surrounding space and dangling links; a sentence's own opening ("After the
 * vote, …") is kept, since only a clause cut out of a sentence starts with a dangling link. */
function trimSpan(text: string, start: number, end: number, sentenceStart: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e;) {
    changed = false;
    const slice = text.slice(s, e);
    const lead = /^\s+/.exec(slice)?.[0].length ?? 0;
    const dangling = s + lead > sentenceStart ? (DANGLING_START.exec(slice.slice(lead))?.[0].length ?? 0) : 0;
    if (lead + dangling > 0 && lead + dangling < slice.length) {
      s += lead + dangling;
      changed = true;
    }
    const rest = text.slice(s, e);
    const tail = /\s+$/.exec(rest)?.[0].length ?? 0;
    const danglingEnd = DANGLING_END.exec(rest.slice(0, rest.length - tail))?.[0].length ?? 0;
    if (tail + danglingEnd > 0 && tail + danglingEnd < rest.length) {
      e -= tail + danglingEnd;
      changed = true;
    }
  }
  return { start: s, end: e };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function entitiesIn(entities: EntityMention[], start: number, end: number): string[] {
  const names: string[] = [];
  for (const mention of entities) {
    if (mention.start >= start && mention.end <= end && !names.includes(mention.name)) names.push(mention.name);
  }
  return names;
}

function isApproximate(precision: Precision, mod: TimeMod | undefined): boolean {
  return mod !== undefined || (precision !== 'day' && precision !== 'time');
}

function sentenceSpan(text: string, sentence: Sentence): { start: number; end: number } {
  const dateline = DATELINE.exec(text.slice(sentence.start, sentence.end));
  return { start: sentence.start + (dateline?.[0].length ?? 0), end: sentence.end };
}

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
): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const leadSentence = sentences.find((s) => !s.caption);
  const publication = publicationDate !== null && precisionOf(publicationDate) === 'day' ? publicationDate : null;

  let sentenceStart = 0;
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
    const event: ArticleEvent = {
      start: span.start,
      end: span.end,
      date,
      precision,
      approximate: inferred || isApproximate(precision, mod),
      text: text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
      entities: entitiesIn(entities, span.start, span.end),
      lead,
    };
    if (mod !== undefined) event.mod = mod;
    events.push(event);
  };

  for (const sentence of sentences) {
    if (sentence.caption) continue;
    const lead = sentence === leadSentence;
    const whole = sentenceSpan(text, sentence);
    sentenceStart = whole.start;
    const items = datingItems(text, whole, times);
    const hasAnchor = items.some((item) => !item.relative);
    // News leads report the publication day (the "on Wednesday" is often left out).
    if (lead && !hasAnchor && publication !== null) {
      // The lead's own clause ends where "days after …" begins, unless nothing comes before it.
      const firstRelative = items[0]?.relative ? items[0].time.start : whole.end;
      const own = wordCount(text.slice(whole.start, firstRelative)) >= MIN_CLAUSE_WORDS ? firstRelative : whole.end;
      push(whole.start, own, publication, undefined, true, false);
    }
    let regionStart = whole.start;
    let anchor: TimeExpression | null = null;
    items.forEach((item, i) => {
      const next = items[i + 1];
      const headEnd = item.relative ? item.relative.clauseStart : item.time.end;
      const boundary = next ? clauseBoundary(text, headEnd, next.time.start) : { cut: whole.end, resume: whole.end };
      const regionEnd = boundary.cut;
      if (item.relative) {
        // The duration counts from the anchor told before it in the sentence, else from the
        // publication day that news reports are written on.
        const from = anchor?.value ?? publication;
        // What "after"/"before" governs ends at the next comma or stronger boundary.
        const governedEnd = firstBoundary(text, item.relative.clauseStart, regionEnd, 2);
        // "two days before the vote": a bare noun phrase names an anchor, it tells no happening.
        const told = wordCount(text.slice(item.relative.clauseStart, governedEnd)) >= MIN_CLAUSE_WORDS;
        if (from !== null && told) push(item.relative.clauseStart, governedEnd, from, item.relative.mod, lead, true);
      } else {
        anchor = item.time;
        const clause = text.slice(regionStart, regionEnd);
        const told = wordCount(clause) - wordCount(item.time.text) >= MIN_CLAUSE_WORDS;
        const [start, end] = told ? [regionStart, regionEnd] : [whole.start, whole.end];
        push(start, end, item.time.value, item.time.mod, lead, false);
      }
      regionStart = boundary.resume;
    });
  }
  addReportingContext(events, sentences, entities, times);
  return events;
}

/**
 * Undated sentences of a news report tell the happening its lead reports (who was killed, where
 * it was), so their names join the lead event's: the entity view and search then find the lead
 * by any name the report gives it.
 */
function addReportingContext(
  events: ArticleEvent[],
  sentences: Sentence[],
  entities: EntityMention[],
  times: TimeExpression[],
): void {
  const lead = events.find((event) => event.lead && event.mod === undefined);
  if (!lead) return;
  let t = 0;
  for (const sentence of sentences) {
    if (sentence.caption) continue;
    while (t < times.length && times[t]!.end <= sentence.start) t++;
    const dated = t < times.length && times[t]!.start < sentence.end;
    if (dated) continue;
    for (const name of entitiesIn(entities, sentence.start, sentence.end))
      if (!lead.entities.includes(name)) lead.entities.push(name);
  }
}
