import type { AnalyzedArticle, ArticleEvent, KeyDate, TimeExpression, TimelineEvent } from '../types.js';
import { dayIndex, dayOf } from './calendar.js';
import { cleanSummary, daySummary, type SummaryCandidate } from './day-summary.js';
import { compareText } from '../compare.js';
import { MONTH_NAME, WEEKDAY_NAME } from '../nlp/time/lexicon.js';

/** What the corpus says about one day; counts are of articles, so one article counts once. */
export interface DayFeatures {
  /** Articles whose text names the day (a time expression resolving to it). */
  mentions: number;
  /** Articles published the day after that name the day: news of a happening comes out the next day. */
  nextDay: number;
  /** Articles published in the week after the day that name it: the follow-up a happening gets. */
  followUp: number;
  /** Articles published more than a week later that still name the day: it is remembered. */
  recalled: number;
  /** Articles published in the REPORTED_DAYS after the day that name it: the news of a happening
   * comes out the next day, or the one after when it happened late or on a weekend. */
  reported: number;
  /** Articles published more than a month after the day that name it: it outlived the news cycle
   * (a month is as long as a story may go quiet before its coverage is a new burst). */
  remembered: number;
  /** Articles whose lead tells of the day: what an article leads with is what it is about. */
  leads: number;
  /** Sources of the day's most widely told event: how far the articles agree on what happened. */
  agreement: number;
  /** Coverage in the week from the day against the month before it (mean articles a day, each
   * smoothed by half an article): a happening makes its story's coverage rise, whatever the
   * story's size, so a small second burst years after the first counts as much as the first. */
  burst: number;
  /** Events dated to the day (page furniture and background left out). */
  events: number;
}

export type DayFeature = keyof DayFeatures;

/** A way of ranking days: the features whose evidence multiplies (their log values add). */
export interface KeyDateMethod {
  name: string;
  features: DayFeature[];
  /** 'agreement': days of equal evidence go to the one whose most told event more sources agree
   * on before the earlier one; otherwise straight to the earlier one. */
  ties?: 'agreement';
}

const SCORES: KeyDateMethod[] = [
  { name: 'mentions', features: ['mentions'] },
  { name: 'next day × recalled', features: ['nextDay', 'recalled'] },
  { name: 'reported × remembered', features: ['reported', 'remembered'] },
  { name: 'next day × recalled × burst', features: ['nextDay', 'recalled', 'burst'] },
  { name: 'follow-up × agreement', features: ['followUp', 'agreement'] },
  { name: 'mentions × agreement × leads', features: ['mentions', 'agreement', 'leads'] },
];

/**
 * The few rankings `bench:story` chooses among by leave-one-story-out (each fold picks on the
 * other stories and is scored on the one left out): each score with ties to the earlier day, then
 * with ties to the day more sources agree on first. Each is a product of counts, none weighted:
 * nothing here is fitted to a story.
 */
export const KEY_DATE_METHODS: KeyDateMethod[] = [
  ...SCORES,
  ...SCORES.map((method): KeyDateMethod => ({
    ...method,
    name: `${method.name}, ties by agreement`,
    ties: 'agreement',
  })),
];

/**
 * What ships: the method every leave-one-story-out fold over the four Timeline17 development
 * stories chose (`npm run bench:story` prints the folds): a day is key when the news reports it in
 * the two days after and articles still name it more than a month on, after the news cycle; of
 * two days with equal evidence, the earlier. The folds chose that over ties to the day more
 * sources agree on; it leans on where key days sit (the development stories' timelines lie in the
 * earlier part of their coverage), so it only orders days the evidence cannot tell apart.
 */
export const KEY_DATE_METHOD: KeyDateMethod = KEY_DATE_METHODS[2]!;

// A story's key days lie within its coverage; days named long before the first article or after
// the last are background ("since 11 September 2001") and rank after every day inside.
const COVERAGE_MARGIN_DAYS = 7;

// News of a happening keeps coming for about a week; naming it after that is looking back.
const FOLLOW_UP_DAYS = 7;
// A report published this many days after the day is still news of it.
const FRESH_DAYS = 2;
const REPORTED_DAYS = FRESH_DAYS;

// A month without an article is a story gone quiet: coverage after it is a new burst. (The four
// development stories never go two weeks without one.)
const QUIET_DAYS = 30;
const REMEMBERED_DAYS = QUIET_DAYS;

const BURST_DAYS = 7;
const BEFORE_BURST_DAYS = 30;
const BURST_SMOOTHING = 0.5;

/** The day a TIMEX3 value names and its day number, remembered: a corpus names few days often. */
function dayReader(): (value: string) => { day: string; index: number } | null {
  const seen = new Map<string, { day: string; index: number } | null>();
  return (value) => {
    let read = seen.get(value);
    if (read === undefined) {
      const day = dayOf(value);
      const index = day === null ? null : dayIndex(day);
      seen.set(value, (read = day === null || index === null ? null : { day, index }));
    }
    return read;
  };
}

function emptyFeatures(): DayFeatures {
  return {
    mentions: 0,
    nextDay: 0,
    followUp: 0,
    recalled: 0,
    reported: 0,
    remembered: 0,
    leads: 0,
    agreement: 0,
    burst: 1,
    events: 0,
  };
}

/** Timeline events that tell a happening of one day: page furniture and background are none. */
export function isDayEvent(event: TimelineEvent): boolean {
  return dayOf(event.date) !== null && event.mod === undefined && cleanSummary(event.summary) !== null;
}

/**
 * The timeline's events dated to a day, by day, most told first (events dated only relative to a
 * day, "days before", are not on it). Their summaries are not cleaned here: cleaning costs more
 * than all the rest of key dates, so only the events a listed day shows are cleaned.
 */
export function eventsByDay(timeline: TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byDay = new Map<string, TimelineEvent[]>();
  for (const event of timeline) {
    const day = dayOf(event.date);
    if (day === null || event.mod !== undefined) continue;
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  for (const list of byDay.values()) list.sort((a, b) => b.sources.length - a.sources.length);
  return byDay;
}

/** How many events are dated to a day, and how many sources its most told event has. */
export interface DayEvents {
  events: number;
  agreement: number;
}

/** Each day's count of events and agreement, from its events most told first (eventsByDay). */
export function dayEventCounts(byDay: ReadonlyMap<string, readonly TimelineEvent[]>): Map<string, DayEvents> {
  const counts = new Map<string, DayEvents>();
  for (const [day, events] of byDay) counts.set(day, { events: events.length, agreement: events[0]!.sources.length });
  return counts;
}

/** What day features read of an article: its publication day, the days it names and its lead's events. */
export interface DatedArticle {
  date: string | null;
  /** The article's text, to tell the ends of a range of days (rangeEnds); without it none is told. */
  text?: string;
  /** Without their `text` (or their TimeForm read from it), a month-day written without its year
   * is read as the time normaliser dated it (storyYears tells it from one written with its year). */
  times: ReadonlyArray<
    Pick<TimeExpression, 'type' | 'value' | 'mod'> & Partial<Pick<TimeExpression, 'text' | 'start' | 'end'>> & TimeForm
  >;
  events: ReadonlyArray<Pick<ArticleEvent, 'date' | 'mod' | 'lead'>>;
}

type DatedTime = DatedArticle['times'][number];

// The month and weekday names are the time expressions' own (lexicon.ts): a form they read as a
// month-day is told here as one too.
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const WEEKDAY_OPENING = `(?:${WEEKDAY_NAME},? )?`;

/**
 * How a time expression writes a day of the month, as data: a rule's name, its pattern over the
 * expression's text, and examples it must and must not match (a test runs them).
 */
export interface MonthDayRule {
  name: string;
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

/** A month and a day with no year: "September 11", "11 September", "Sept. 11th", "the 11th of September". */
export const BARE_MONTH_DAY: MonthDayRule = {
  name: 'bare month-day',
  pattern: new RegExp(
    `^${WEEKDAY_OPENING}(?:the )?(?:${MONTH_NAME} ${DAY_NUMBER}|${DAY_NUMBER} (?:of )?${MONTH_NAME})$`,
    'i',
  ),
  examples: ['September 11', '11 September', 'Sept. 11th', 'the 11th of September', 'Sunday, March 7'],
  counterExamples: ['September 11 2001', '11 September, 2001', 'yesterday', 'Thursday', 'September'],
};

/** A month and a day with the year written out: "September 11, 2001", "11 September 2001". */
export const MONTH_DAY_YEAR: MonthDayRule = {
  name: 'month-day with its year',
  pattern: new RegExp(
    `^${WEEKDAY_OPENING}(?:the )?(?:${MONTH_NAME} ${DAY_NUMBER},? \\d{4}|${DAY_NUMBER} (?:of )?${MONTH_NAME},? \\d{4})$`,
    'i',
  ),
  examples: ['September 11, 2001', '11 September 2001', 'Sept. 11 2001', 'Tuesday, September 11, 2001'],
  counterExamples: ['September 11', 'September 2001', '2001', 'the 11th'],
};

/**
 * How a time expression writes its day, as storyYears and rangeEnds read it from the texts: kept
 * with the expression where its text is not at hand (an archive's facts, `timeForms`).
 */
export interface TimeForm {
  /** 'bare': a month-day without a year; 'year': a month-day with its value's year written out. */
  monthDay?: 'bare' | 'year';
  /** It names its day as an end of a range of days (rangeEnds). */
  rangeEnd?: boolean;
}

/** How a time expression writes its month-day: its TimeForm's, or read from its text. */
function monthDayForm(time: Pick<DatedTime, 'value' | 'text' | 'monthDay'>): TimeForm['monthDay'] {
  if (time.monthDay !== undefined || time.text === undefined) return time.monthDay;
  const text = time.text.trim();
  if (BARE_MONTH_DAY.pattern.test(text)) return 'bare';
  const day = dayOf(time.value);
  return day !== null && MONTH_DAY_YEAR.pattern.test(text) && text.includes(day.slice(0, 4)) ? 'year' : undefined;
}

/** The TimeForm of each of an article's time expressions, in their order, read from the texts. */
export function timeForms(article: DatedArticle): TimeForm[] {
  const ends = rangeEnds(article);
  return article.times.map((time) => {
    const form: TimeForm = {};
    const monthDay = monthDayForm(time);
    if (monthDay !== undefined) form.monthDay = monthDay;
    if (ends.has(time)) form.rangeEnd = true;
    return form;
  });
}

// A month-day's year is the story's when at least this many articles write it with that year,
// and more articles write it so than with every other year together: one article's aside ("on
// 28 April 2009") does not outweigh a story's own day.
const STORY_YEAR_ARTICLES = 2;

/**
 * The year each month-day is written with in the story, 'MM-DD' → 'YYYY': an article writes "11
 * September 2001" once and "September 11" after, and another article of the same story,
 * writing "September 11" alone, means the same day (a bare month-day is dated by the normaliser
 * to the year nearest the article, so a story of 2005 recalling 2001 would put its September 11
 * in 2005). The story extends to all its articles what the normaliser does within one.
 */
export function storyYears(articles: readonly DatedArticle[]): Map<string, string> {
  const writers = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const written = new Set<string>();
    for (const time of article.times) {
      const day = monthDayForm(time) === 'year' ? dayOf(time.value) : null;
      if (day !== null) written.add(day);
    }
    for (const day of written) {
      const monthDay = day.slice(5);
      let years = writers.get(monthDay);
      if (!years) writers.set(monthDay, (years = new Map()));
      years.set(day.slice(0, 4), (years.get(day.slice(0, 4)) ?? 0) + 1);
    }
  }
  const table = new Map<string, string>();
  for (const [monthDay, years] of writers) {
    let total = 0;
    let best: [string, number] = ['', 0];
    for (const [year, count] of years) {
      total += count;
      if (count > best[1]) best = [year, count];
    }
    if (best[1] >= STORY_YEAR_ARTICLES && 2 * best[1] > total) table.set(monthDay, best[0]);
  }
  return table;
}

/** The value a time expression names in its story: a bare month-day takes the story's year for it. */
export function storyValue(
  time: Pick<DatedTime, 'value' | 'text' | 'monthDay'>,
  years: ReadonlyMap<string, string>,
): string {
  if (years.size === 0) return time.value;
  const day = dayOf(time.value);
  if (day === null || monthDayForm(time) !== 'bare') return time.value;
  const year = years.get(day.slice(5));
  return year === undefined || year === day.slice(0, 4) ? time.value : `${year}${time.value.slice(4)}`;
}

// Two days joined as a range ("August 30 - September 9", "3 May to 5 May"), or a day followed by
// the last day of its range ("September 1 - 10"). Only the few characters between are read.
const RANGE_JOIN = /^\s*(?:[-–—]|to|until|till|through)\s*$/i;
const RANGE_GAP = 10;
const RANGE_TO_DAY = /^\s?[-–—]\s?\d/;
// "between June 3 and June 5": the two days are a range's ends as "June 3 to June 5" are.
const BETWEEN_JOIN = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const BETWEEN_REACH = 9;

const NO_TIMES: ReadonlySet<DatedTime> = new Set();

/**
 * The time expressions of an article that name a day as an end of a range of days: a festival's
 * "September 1 - 10", a schedule's "January 24 - February 4". A range's ends are where a span
 * starts and stops, not happenings of those days, and a list of ranges names many days at once.
 * Without the article's text, those its TimeForm marks; none without the expressions' offsets.
 */
export function rangeEnds(article: DatedArticle): ReadonlySet<DatedTime> {
  const { text, times } = article;
  if (times.length === 0) return NO_TIMES;
  if (text === undefined) return new Set(times.filter((time) => time.rangeEnd === true));
  const ends = new Set<DatedTime>();
  for (let k = 0; k < times.length; k++) {
    const time = times[k]!;
    if (time.start === undefined || time.end === undefined) return NO_TIMES;
    if (RANGE_TO_DAY.test(text.slice(time.end, time.end + 4))) ends.add(time);
    const next = times[k + 1];
    if (next?.start === undefined || next.start < time.end || next.start - time.end > RANGE_GAP) continue;
    const join = text.slice(time.end, next.start);
    if (
      RANGE_JOIN.test(join) ||
      (BETWEEN_JOIN.test(join) && BETWEEN_BEFORE.test(text.slice(Math.max(0, time.start - BETWEEN_REACH), time.start)))
    )
      ends.add(time).add(next);
  }
  return ends;
}

/** Salience evidence for every day that some article names or was published on. */
export function dayFeatures(
  articles: readonly DatedArticle[],
  timeline: TimelineEvent[],
  eventDays: ReadonlyMap<string, DayEvents> = dayEventCounts(eventsByDay(timeline)),
  years: ReadonlyMap<string, string> = storyYears(articles),
): Map<string, DayFeatures> {
  const features = new Map<string, DayFeatures>();
  const at = (day: string): DayFeatures => {
    let f = features.get(day);
    if (!f) features.set(day, (f = emptyFeatures()));
    return f;
  };
  const published = new Map<number, number>();
  const read = dayReader();
  for (const article of articles) {
    const publishedIndex = article.date === null ? null : (read(article.date)?.index ?? null);
    const mentioned = new Map<string, number>();
    const ends = rangeEnds(article);
    for (const time of article.times) {
      if (time.type !== 'DATE' && time.type !== 'TIME') continue;
      const named = read(storyValue(time, years));
      if (named === null || time.mod === 'BEFORE' || time.mod === 'AFTER' || ends.has(time)) continue;
      mentioned.set(named.day, named.index);
    }
    const inLead = new Set<string>();
    for (const event of article.events) {
      if (event.mod !== undefined || !event.lead) continue;
      const day = read(event.date)?.day;
      if (day !== undefined) inLead.add(day);
    }
    for (const [day, index] of mentioned) {
      const f = at(day);
      f.mentions++;
      if (publishedIndex === null || publishedIndex <= index) continue;
      if (publishedIndex === index + 1) f.nextDay++;
      if (publishedIndex <= index + FOLLOW_UP_DAYS) f.followUp++;
      else f.recalled++;
      if (publishedIndex <= index + REPORTED_DAYS) f.reported++;
      if (publishedIndex > index + REMEMBERED_DAYS) f.remembered++;
    }
    for (const day of inLead) at(day).leads++;
    if (article.date !== null) {
      at(article.date);
      if (publishedIndex !== null) published.set(publishedIndex, (published.get(publishedIndex) ?? 0) + 1);
    }
  }
  for (const [day, { events, agreement }] of eventDays) {
    const f = at(day);
    f.events += events;
    f.agreement = Math.max(f.agreement, agreement);
  }
  const coverage = (from: number, days: number): number => {
    let n = 0;
    for (let i = from; i < from + days; i++) n += published.get(i) ?? 0;
    return n / days + BURST_SMOOTHING;
  };
  for (const [day, f] of features) {
    const index = dayIndex(day);
    if (index !== null) f.burst = coverage(index, BURST_DAYS) / coverage(index - BEFORE_BURST_DAYS, BEFORE_BURST_DAYS);
  }
  return features;
}

/**
 * A burst of coverage: publication days with no month of silence between them, widened by a
 * margin, and how many articles were published in it. A story told twice, years apart (a death,
 * then a trial), is two bursts.
 */
export interface CoverageBurst {
  first: number;
  last: number;
  articles: number;
}

// A burst is the story told again when it has at least this share of the largest burst's
// articles; a few stray articles (an anniversary piece) are measured against the largest burst:
// one article of one is no story's whole coverage.
const RETOLD_SHARE = 0.05;

/** The corpus' bursts of coverage, in order; none when no article is dated. */
export function coverageBursts(articles: ReadonlyArray<Pick<AnalyzedArticle, 'date'>>): CoverageBurst[] {
  const published = new Map<number, number>();
  for (const article of articles) {
    const index = article.date === null ? null : dayIndex(article.date);
    if (index !== null) published.set(index, (published.get(index) ?? 0) + 1);
  }
  const bursts: CoverageBurst[] = [];
  for (const day of [...published.keys()].sort((a, b) => a - b)) {
    const last = bursts.at(-1);
    if (last && day - (last.last - COVERAGE_MARGIN_DAYS) < QUIET_DAYS) {
      last.last = day + COVERAGE_MARGIN_DAYS;
      last.articles += published.get(day)!;
    } else {
      bursts.push({
        first: day - COVERAGE_MARGIN_DAYS,
        last: day + COVERAGE_MARGIN_DAYS,
        articles: published.get(day)!,
      });
    }
  }
  return bursts;
}

/** A feature on the log scale, so that features multiply: counts as log(1 + count), the burst ratio as its log. */
export function featureValue(features: DayFeatures, name: DayFeature): number {
  return name === 'burst' ? Math.log(features.burst) : Math.log1p(features[name]);
}

export function dayScore(features: DayFeatures, method: KeyDateMethod): number {
  return method.features.reduce((score, name) => score + featureValue(features, name), 0);
}

/**
 * Days with an event, ranked by `method`: those inside a burst of coverage first, then by their
 * standing in their burst (the share of its days that score higher), then by score, ties to the
 * earlier day (or first to the day more sources agree on, as `method.ties` says). A story told
 * again years later (the trial after the death) is told by other articles, often fewer and of
 * another density of dates: each burst's days are measured against each other, so each burst's
 * best days come first, side by side, whichever burst names its days more. A stray burst of
 * under RETOLD_SHARE of the largest's articles, and a day outside every burst, are measured
 * against the largest burst's days. The score returned is the method's.
 */
export function rankDays(
  features: Map<string, DayFeatures>,
  bursts: CoverageBurst[],
  method: KeyDateMethod,
): Array<{ date: string; score: number }> {
  const largest = bursts.reduce<CoverageBurst | undefined>(
    (most, burst) => (most === undefined || burst.articles > most.articles ? burst : most),
    undefined,
  );
  const days: Array<{ date: string; score: number; inside: boolean; agreement: number; among?: CoverageBurst }> = [];
  const scoresIn = new Map<CoverageBurst, number[]>();
  for (const [date, f] of features) {
    // A day no event is dated to has nothing to show: it is never a key date.
    if (f.events === 0) continue;
    const index = dayIndex(date);
    const burst = index === null ? undefined : bursts.find((b) => index >= b.first && index <= b.last);
    const among = burst && burst.articles >= RETOLD_SHARE * largest!.articles ? burst : largest;
    const score = dayScore(f, method);
    const inside = bursts.length === 0 || burst !== undefined;
    days.push({ date, score, inside, agreement: method.ties ? f.agreement : 0, among });
    if (among === burst && burst) {
      const scores = scoresIn.get(burst);
      if (scores) scores.push(score);
      else scoresIn.set(burst, [score]);
    }
  }
  for (const scores of scoresIn.values()) scores.sort((a, b) => b - a);
  const standing = (day: (typeof days)[number]): number => {
    const scores = (day.among && scoresIn.get(day.among)) ?? [];
    return scores.length === 0 ? 0 : higherScores(scores, day.score) / scores.length;
  };
  const ranked = days.map((day) => ({ ...day, standing: standing(day) }));
  ranked.sort(
    (a, b) =>
      Number(b.inside) - Number(a.inside) ||
      a.standing - b.standing ||
      b.score - a.score ||
      b.agreement - a.agreement ||
      compareText(a.date, b.date),
  );
  return ranked.map(({ date, score }) => ({ date, score }));
}

/** How many of `scores`, highest first, are higher than `score`. */
function higherScores(scores: readonly number[], score: number): number {
  let low = 0;
  let high = scores.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scores[middle]! > score) low = middle + 1;
    else high = middle;
  }
  return low;
}

// How many of a day's events, and of each event's tellings, compete for its summary.
const SUMMARY_EVENTS = 4;
const SUMMARY_TELLINGS = 3;

/**
 * How many of the top days get a summary chosen among the tellings of their events; the days
 * after them (a tail nobody reads far into) show their most told clean event's own summary.
 * Choosing costs a cleaning of every telling; over the whole tail of a large corpus it would
 * cost more than all the rest of key dates.
 */
export const SUMMARISED_DAYS = 100;

/** A day's event with its summary cleaned. */
interface CleanEvent {
  event: TimelineEvent;
  clean: string;
}

// How many sentences that name a day, from fresh reports of it, compete for its summary.
const SUMMARY_NAMINGS = 10;

// A day named as the edge of a span ("the hurricane season starting 1 June", "from Monday") is
// not what the sentence tells of: the sentence is no report of the day.
const SPAN_EDGE = /\b(?:starting|beginning|from|since|until|till|through|ending)(?: on)? $/i;
const SPAN_EDGE_REACH = 16;

/** The time expression at `at` names its day as the edge of a span. */
function spanEdge(article: AnalyzedArticle, sentenceStart: number, at: number): boolean {
  return SPAN_EDGE.test(article.text.slice(Math.max(sentenceStart, at - SPAN_EDGE_REACH), at));
}

/**
 * The time expression at `at` may name its day as the edge of a span, for a sentence starting
 * somewhere before it: whether the text is needed to tell (an archive reads few articles' texts).
 */
export function maySpanEdge(text: string, at: number): boolean {
  for (let from = Math.max(0, at - SPAN_EDGE_REACH); from < at; from++)
    if (SPAN_EDGE.test(text.slice(from, at))) return true;
  return false;
}

/**
 * A telling names days, none of them `day`: its tie to the day is something else, as a page's time
 * stamp ("1:13 am IST ABUJA (Reuters) - A meningitis outbreak ... the Health Ministry said on
 * Wednesday" in a Thursday story), so it reports the day it names.
 */
function tellsOtherDay(
  article: AnalyzedArticle,
  start: number,
  end: number,
  day: string,
  clean: (text: string) => string | null,
): boolean {
  // Only what the summary shows: a page's date stamp cut off its front names no day of it.
  const shown = clean(sentenceText(article, start, end));
  const at = shown === null ? -1 : article.text.indexOf(shown.slice(1, SHOWN_KEY), start);
  const from = at > start && at < end ? at - 1 : start;
  let other = false;
  for (const time of article.times) {
    if (time.start < from || time.start >= end || time.mod !== undefined) continue;
    // A part of a day ("last night") names it; a clock time may be the page's stamp, so it does not.
    const partOfDay = time.type === 'TIME' && PART_OF_DAY.test(time.value);
    if (time.type !== 'DATE' && !partOfDay) continue;
    const named = dayOf(time.value);
    if (named === day) return false;
    if (named !== null && time.type === 'DATE') other = true;
  }
  return other;
}

/** A telling names `day` itself, as a naming does (a day's expression, or a part of it: "last night"). */
export function namesDay(article: AnalyzedArticle, start: number, end: number, day: string): boolean {
  return article.times.some(
    (time) =>
      time.start >= start &&
      time.start < end &&
      time.mod === undefined &&
      (time.type === 'DATE' || (time.type === 'TIME' && PART_OF_DAY.test(time.value))) &&
      dayOf(time.value) === day,
  );
}

/** An event whose first telling names only other days than `day` (tellsOtherDay). */
function otherDayEvent(
  event: TimelineEvent,
  day: string,
  byId: ReadonlyMap<string, AnalyzedArticle>,
  clean: (text: string) => string | null,
): boolean {
  const first = event.sources[0];
  const article = first && byId.get(first.articleId);
  return article !== undefined && tellsOtherDay(article, first.start, first.end, day, clean);
}

// How much of a cleaned summary's front finds where it starts in its article's text.
const SHOWN_KEY = 24;
// TIMEX3 parts of a day: morning, midday, afternoon, evening, night ("2005-07-19TNI").
const PART_OF_DAY = /T(?:MO|MI|AF|EV|NI|DT)$/;

/** A telling names `day` only as the edge of a span ("the season starting 1 June"). */
function tellsSpanEdge(article: AnalyzedArticle, start: number, end: number, day: string): boolean {
  return article.times.some(
    (time) =>
      time.start >= start && time.start < end && dayOf(time.value) === day && spanEdge(article, start, time.start),
  );
}

const NO_YEARS: ReadonlyMap<string, string> = new Map();

/**
 * A telling names `day` only by a month-day its story writes with another year ("the September 11
 * attacks" in a story of 2005 that writes "11 September 2001"): it tells of that other day.
 */
function tellsOtherYear(
  article: AnalyzedArticle,
  start: number,
  end: number,
  day: string,
  years: ReadonlyMap<string, string>,
): boolean {
  if (years.size === 0) return false;
  let named = false;
  for (const time of article.times) {
    if (time.start < start || time.start >= end || dayOf(time.value) !== day) continue;
    if (dayOf(storyValue(time, years)) === day) return false;
    named = true;
  }
  return named;
}

/** An event whose first telling names its day only as the edge of a span, or only by a month-day
 * of another year: it tells no happening of the day. */
function spanEdgeEvent(
  event: TimelineEvent,
  day: string,
  byId: ReadonlyMap<string, AnalyzedArticle>,
  years: ReadonlyMap<string, string> = NO_YEARS,
): boolean {
  const first = event.sources[0];
  const article = first && byId.get(first.articleId);
  return (
    article !== undefined &&
    (tellsSpanEdge(article, first.start, first.end, day) || tellsOtherYear(article, first.start, first.end, day, years))
  );
}

/** A sentence that names a day (a time expression resolving to it) in a fresh report of the day. */
export interface Naming {
  article: AnalyzedArticle;
  start: number;
  end: number;
}

/** A sentence of an article naming `day` in a fresh report of it (the article published `published`). */
export interface ArticleNaming {
  day: string;
  published: number;
  start: number;
  end: number;
}

/**
 * The sentences of one article that name a day among `days` and report it fresh: the article is
 * published on the day or within FRESH_DAYS after. Two expressions naming a day in one sentence
 * make it one naming.
 */
export function articleNamings(article: AnalyzedArticle, days: (day: string) => boolean): ArticleNaming[] {
  const read = dayReader();
  const published = article.date === null ? null : (read(article.date)?.index ?? null);
  if (published === null) return [];
  const found: ArticleNaming[] = [];
  const lastByDay = new Map<string, number>();
  let s = 0;
  for (const time of article.times) {
    if ((time.type !== 'DATE' && time.type !== 'TIME') || time.mod !== undefined) continue;
    const named = read(time.value);
    if (named === null || !days(named.day)) continue;
    const { day, index } = named;
    if (published < index || published > index + FRESH_DAYS) continue;
    while (s < article.sentences.length && article.sentences[s]!.end <= time.start) s++;
    const sentence = article.sentences[s];
    if (!sentence || sentence.start > time.start) continue;
    if (spanEdge(article, sentence.start, time.start)) continue;
    if (lastByDay.get(day) === sentence.start) continue;
    lastByDay.set(day, sentence.start);
    found.push({ day, published, start: sentence.start, end: sentence.end });
  }
  return found;
}

/**
 * Of each day's fresh namings, in the articles' order, the SUMMARY_NAMINGS earliest published
 * (the article any value: an archive chooses before it reads the articles chosen).
 */
export function earliestNamings<A = AnalyzedArticle>(
  namings: Iterable<{ article: A } & ArticleNaming>,
): Map<string, Array<{ article: A; start: number; end: number }>> {
  const byDay = new Map<string, Array<{ article: A } & ArticleNaming>>();
  for (const naming of namings) {
    let list = byDay.get(naming.day);
    if (!list) byDay.set(naming.day, (list = []));
    list.push(naming);
  }
  const kept = new Map<string, Array<{ article: A; start: number; end: number }>>();
  for (const [day, list] of byDay) {
    list.sort((a, b) => a.published - b.published);
    kept.set(
      day,
      list.slice(0, SUMMARY_NAMINGS).map(({ article, start, end }) => ({ article, start, end })),
    );
  }
  return kept;
}

/**
 * For each day, the sentences naming it in articles published on the day or within FRESH_DAYS
 * after: the reports of the day, the earliest published first (only `days` are sorted and kept,
 * at most SUMMARY_NAMINGS each).
 */
function freshNamings(articles: AnalyzedArticle[], days: Set<string>): Map<string, Naming[]> {
  const wanted = (day: string): boolean => days.has(day);
  return earliestNamings(
    articles.flatMap((article) => articleNamings(article, wanted).map((naming) => ({ article, ...naming }))),
  );
}

/**
 * The text of a sentence of an article, without the article's headline when the sentence is the
 * headline run into the lead (the corpus made the headline the title: `openingHeadline`).
 */
function sentenceText(article: AnalyzedArticle, start: number, end: number): string {
  const { title, text } = article;
  const opening = text.length - text.trimStart().length;
  if (start > opening || title.length === 0 || !text.startsWith(title, start)) return text.slice(start, end);
  const leadStart = start + title.length;
  return leadStart < end && /^\s+\p{Lu}/u.test(text.slice(leadStart, leadStart + 4))
    ? text.slice(leadStart, end).trimStart()
    : text.slice(start, end);
}

/** The sentence from `start` to `end` is its article's lead (the events layer marks the lead's events). */
function isLead(article: AnalyzedArticle, start: number, end: number): boolean {
  return article.events.some((event) => event.lead && event.start >= start && event.start < end);
}

/** Each telling of the day's most told events, with how many articles tell its event, and the
 * fresh reports' sentences that name the day. */
function summaryCandidates(
  day: string,
  told: CleanEvent[],
  byId: ReadonlyMap<string, AnalyzedArticle>,
  namings: readonly Naming[],
  years: ReadonlyMap<string, string>,
  clean: (text: string) => string | null,
): SummaryCandidate[] {
  const candidates: SummaryCandidate[] = namings.map(({ article, start, end }) => ({
    text: sentenceText(article, start, end),
    sources: 1,
    fresh: true,
    dated: true,
    lead: isLead(article, start, end),
    otherDay: tellsOtherDay(article, start, end, day, clean),
    article: article.id,
  }));
  const index = dayIndex(day)!;
  for (const { event, clean: summary } of told) {
    const sources = event.sources.length;
    if (spanEdgeEvent(event, day, byId, years)) continue;
    candidates.push({ text: summary, sources, fresh: false, otherDay: otherDayEvent(event, day, byId, clean) });
    for (const source of event.sources.slice(0, SUMMARY_TELLINGS)) {
      const article = byId.get(source.articleId);
      if (!article) continue;
      const published = article.date === null ? null : dayIndex(article.date);
      const fresh = published !== null && published >= index && published <= index + FRESH_DAYS;
      candidates.push({
        text: sentenceText(article, source.start, source.end),
        sources,
        fresh,
        lead: fresh && isLead(article, source.start, source.end),
        dated: namesDay(article, source.start, source.end, day),
        otherDay: tellsOtherDay(article, source.start, source.end, day, clean),
        article: article.id,
      });
    }
  }
  return candidates;
}

/**
 * Days ranked by salience (most salient first), each summed up by a sentence of what happened:
 * the first `summarised` days by the best telling of their most told events, the rest by their
 * most told event's summary. A day none of whose events has a clean summary (page furniture,
 * background), or whose events only name it as the edge of a span, is not listed: every listed
 * day has a summary.
 */
export function keyDates(
  articles: AnalyzedArticle[],
  timeline: TimelineEvent[],
  method: KeyDateMethod = KEY_DATE_METHOD,
  summarised: number = SUMMARISED_DAYS,
): KeyDate[] {
  const byDay = eventsByDay(timeline);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const eventDays = dayEventCounts(byDay);
  const years = storyYears(articles);
  const ranked = rankDays(dayFeatures(articles, timeline, eventDays, years), coverageBursts(articles), method);
  // The days summed up from tellings: the top ones, and as many again for days left unlisted.
  const namings = freshNamings(articles, new Set(ranked.slice(0, NAMED_DAYS * summarised).map((d) => d.date)));
  return listKeyDates(ranked, eventDays, byDay, byId, namings, summarised, years);
}

/** How many days, per day summarised, have their fresh namings gathered. */
export const NAMED_DAYS = 2;

/**
 * The ranked days listed with a summary (keyDates' second half). `byDay` need hold of each
 * day's events, most told first, only as many as are read: up to SUMMARY_EVENTS clean ones of
 * the first `summarised` days listed and the first clean one not naming its day as a span's
 * edge of the others; `byId` the articles of their tellings (an absent one is not told from),
 * `namings` the fresh namings of the days summarised, and `years` the story's year of each
 * month-day (storyYears: a telling naming the day only by a month-day of another year is none).
 */
export function listKeyDates(
  ranked: ReadonlyArray<{ date: string; score: number }>,
  eventDays: ReadonlyMap<string, DayEvents>,
  byDay: ReadonlyMap<string, readonly TimelineEvent[]>,
  byId: ReadonlyMap<string, AnalyzedArticle>,
  namings: ReadonlyMap<string, readonly Naming[]>,
  summarised: number = SUMMARISED_DAYS,
  years: ReadonlyMap<string, string> = NO_YEARS,
): KeyDate[] {
  // Each text is cleaned once: one sentence is often a telling of several events.
  const cleaned = new Map<string, string | null>();
  const clean = (text: string): string | null => {
    let result = cleaned.get(text);
    if (result === undefined) cleaned.set(text, (result = cleanSummary(text)));
    return result;
  };
  const listed: KeyDate[] = [];
  for (const { date, score } of ranked) {
    const events = byDay.get(date) ?? [];
    const full = listed.length < summarised;
    const told: CleanEvent[] = [];
    for (const event of events) {
      const text = clean(event.summary);
      // The tail shows its first event's summary as it is: one naming the day only as a span's
      // edge would tell what happened another day (the head's candidates leave it out too).
      if (text !== null && (full || !spanEdgeEvent(event, date, byId, years))) told.push({ event, clean: text });
      if (told.length >= (full ? SUMMARY_EVENTS : 1)) break;
    }
    if (told.length === 0) continue;
    const summary = full
      ? daySummary(summaryCandidates(date, told, byId, namings.get(date) ?? [], years, clean), clean)
      : told[0]!.clean;
    // A day with nothing to say is not listed: its events only name it as the edge of a span
    // ("fell two percent from Monday's close" tells of Tuesday), so no sentence reports it.
    if (summary === '') continue;
    listed.push({ date, score: Math.round(score * 1000) / 1000, events: eventDays.get(date)?.events ?? 0, summary });
  }
  return listed;
}
