// Which way an underspecified date leans ("Friday", "in August"): HeidelTime resolves such dates in
// news by the tense of the clause around them; we look for the nearest tense cue in the sentence.

export type Tense = 'past' | 'future' | 'present';

export interface TenseCue {
  start: number;
  end: number;
  tense: Tense;
  /** The tense the cue gives a span before it, when not its own: "began tests Thursday and
   * expected them to last 48 hours" plans after the day, which the report's past dates. */
  tenseBefore?: Tense;
}

// A future cue outranks the past form of the same words ("scheduled", "planned", "expected to").
export const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|going to|plans? to|planning to|planned to|scheduled|expects?|expected to|is to|are to|was to|were to|set to|due to (?:be|start|begin|open|arrive|meet|vote|report)|intends? to|hopes? to|aims? to|(?:decided|agreed|voted|promised|vowed|pledged|threatened|wanted|hoped|intended|prepared|ready|likely|unlikely|poised|slated) to|upcoming|coming|next|tomorrow|would)\b/gi;
// "next to" is a preposition, not a cue (told apart in code: the lookahead left recheck to its fuzzer).
const NEXT_TO = /\s+to\b/y;
const WAS_TO = /^(?:was|were) to$/i;
const TO_BLAME = /\s+blame\b/y;
// "said it expected sales to rise in June", "planned the plant to reopen": a verb of intent in the
// past with its object and an infinitive tells a plan of that time, still ahead then (a future in
// the past); its "-ed" form alone ("sales fell more than expected") is no plan.
const PLAN_IN_THE_PAST = /^(?:expected|planned|intended|scheduled|forecast|projected|wanted|hoped|aimed)$/i;
const OBJECT_AND_INFINITIVE =
  /(?:\s+[\w'’-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\s)[a-z]/y;
const SET_PARTICLE = /\s(?:fire|aside|out|off|up|down|free|sail|foot)\b/y;
// "would have allowed", "would not have lost": a modal perfect tells what did not happen in the
// past; its participle is the cue (the past one), not "would".
const HAD_BEEN_BEFORE = /\bhad\s+been\s+$/i;
const GERUND_VERB_BEFORE = /\b(?:started|began|begun|kept|stopped|was|were|been|came)\s+$/i;
const MODAL_PERFECT = /\s+(?:not\s+)?have\b/y;
const PAST_CUE =
  /\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|previously|went|came|took|made|gave|met|fell|rose|won|lost|sold|bought|left|held|got|saw|found|became|ran|struck|paid|spent|wrote|spoke|sent|brought|kept|began|led|fought|fled|shot|knew|thought|has been|have been)\b/gi;
// More irregular past forms, lower case only ("Drew", "Sang" and "Hung" are also names);
// ambiguous ones ("hit", "cut", "set", "put", "lay") are left out.
const IRREGULAR_PAST =
  /\b(?:withdrew|drew|threw|flew|grew|blew|stood|understood|sought|caught|taught|felt|meant|heard|built|stole|chose|rode|wore|tore|broke|woke|froze|drove|arose|swore|sank|sang|rang|swam|ate|hid|dealt|dug|hung|stuck|swung|sat|laid|shook|forgot|overcame|undertook|swept|wept|lent|bent|slid)\b/g;
// Verbs whose past is their base form ("hit", "cut", "put"): in news, "Floods hit Paris on
// Monday" reports a past day far more often than a schedule, so they lean past, unless a
// determiner makes them nouns ("the cut", "a hit").
const AMBIGUOUS_PAST = /\b(?:hit|cut|put|shut|hurt|quit|spread|burst|split|shed|let|beat|cast|set)\b/g;
// After "to", a modal or "do", such a verb is an infinitive, and the modal is the cue.
const INFINITIVE_BEFORE =
  /\b(?:to|will|would|shall|should|can|could|may|might|must|do|does|did|'ll|n't)\s+(?:not\s+)?$/i;
// Regular past forms, lower case only ("United" is a name), without "need", "speed", "hundred"
// (left out in code: the lookahead that did it left recheck to its fuzzer).
export const REGULAR_PAST = /\b[a-z]{2,}ed\b/g;

// The past forms among words in "-eed" ("agreed", "guaranteed", "freed"); "need", "speed",
// "indeed" and the like are no verbs in the past.
const PAST_IN_EED = /^(?:dis)?(?:agr|guarant|fr|decr|refer)eed$/;

/** False for a match of a cue pattern that is no cue: "next to", "need", "hundred". */
export function isCue(re: RegExp, m: RegExpExecArray, sentence: string): boolean {
  if (re === REGULAR_PAST) return (!m[0].endsWith('eed') || PAST_IN_EED.test(m[0])) && m[0] !== 'hundred';
  // "set fire to", "set aside its misery", "set out in a letter": a verb; "the next set of
  // elections", "a TV set" are nouns.
  if (re === AMBIGUOUS_PAST && m[0] === 'set') {
    SET_PARTICLE.lastIndex = m.index + m[0].length;
    return SET_PARTICLE.test(sentence);
  }
  if (re === FUTURE_CUE && m[0].toLowerCase() === 'next') {
    NEXT_TO.lastIndex = m.index + m[0].length;
    return !NEXT_TO.test(sentence);
  }
  // "oil started coming from the cap late Sunday": a gerund after a past verb, no future.
  if (
    re === FUTURE_CUE &&
    m[0].toLowerCase() === 'coming' &&
    GERUND_VERB_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))
  )
    return false;
  // "The oil giant had been scheduled to start shutting valves Tuesday": a plan told in the past
  // perfect was overtaken by the report; "had" dates it.
  if (re === FUTURE_CUE && HAD_BEEN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return false;
  // "Elections were to be held in June": a plan told in the past; "was to blame" is no plan.
  if (re === FUTURE_CUE && WAS_TO.test(m[0])) {
    TO_BLAME.lastIndex = m.index + m[0].length;
    return !TO_BLAME.test(sentence);
  }
  if (re === FUTURE_CUE && m[0].toLowerCase() === 'would') {
    MODAL_PERFECT.lastIndex = m.index + m[0].length;
    return !MODAL_PERFECT.test(sentence);
  }
  return true;
}
// "unspecified", "undisclosed", "unnamed" describe; "unveiled", "uncovered", "undermined" are verbs.
const NEGATED_ADJECTIVE = /^un(?!der|veil|cover|leash|earth|lock|load|pack|fold|it|seat|mask|wrap|do)/;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these)\s+$/i;
const PASSIVE_AUXILIARY = /\b(?:be|being|is|are|am|get|gets|getting)\s+$/i;
const PRESENT_CUE = /\b(?:is|are|am|says|today|now|currently|this)\b/gi;

/** Tense cues of one sentence, in text order. */
export function tenseCues(text: string, start: number, end: number): TenseCue[] {
  const sentence = text.slice(start, end);
  const cues: TenseCue[] = [];
  const taken = new Set<number>();
  for (const [re, tense] of [
    [FUTURE_CUE, 'future'],
    [PAST_CUE, 'past'],
    [IRREGULAR_PAST, 'past'],
    [REGULAR_PAST, 'past'],
    [AMBIGUOUS_PAST, 'past'],
    [PRESENT_CUE, 'present'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      if (taken.has(m.index) || !isCue(re, m, sentence)) continue;
      taken.add(m.index);
      if (tense === 'past' && PLAN_IN_THE_PAST.test(m[0])) {
        OBJECT_AND_INFINITIVE.lastIndex = m.index + m[0].length;
        if (
          OBJECT_AND_INFINITIVE.test(sentence) &&
          !HAD_BEEN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))
        ) {
          const at = start + m.index;
          cues.push({ start: at, end: at + m[0].length, tense: 'future', tenseBefore: 'past' });
          continue;
        }
      }
      // A past participle after a form of "be" or of "get" is a passive ("would be paid", "will
      // be held", "getting beat up"): its tense is the auxiliary's, which is a cue of its own
      // ("got" is a past cue itself).
      if (tense === 'past' && PASSIVE_AUXILIARY.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      // An "-ed" word after a determiner, or a negated one, describes a noun ("the proposed
      // merger", "an unspecified date"): an adjective has no tense.
      if (re === AMBIGUOUS_PAST && INFINITIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (
        (re === REGULAR_PAST || re === AMBIGUOUS_PAST) &&
        (DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index)) || NEGATED_ADJECTIVE.test(m[0]))
      )
        continue;
      cues.push({ start: start + m.index, end: start + m.index + m[0].length, tense });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

const REPORTING_VERB = /^(?:said|says|added|adds|told|tells)$/i;
const CLAUSE_BREAK = /;|\b(?:but|while|whereas|although|that|which|who)\b/g;
// A clause word that starts right where a span ends, inside a longer word ("…Maywhich"): seen
// from the span's end it still reads as a word.
const CLAUSE_WORD_AT = /(?:but|while|whereas|although|that|which|who)\b/y;
const WORD_CHAR = /\w/;

/**
 * What `tenseAt` reads of one sentence, gathered once so that each span costs a binary search
 * rather than a scan of the sentence: a paragraph without a period may hold thousands of spans.
 */
export interface SentenceTense {
  /** Where the sentence's first word of substance starts (see `firstWordOfSubstance`). */
  substance: number;
  cues: readonly TenseCue[];
  /** The cues' starts, in order (the cues are sorted by start). */
  starts: readonly number[];
  /** Cue indices by end, and among equal ends the earlier cue last; and those ends. */
  byEnd: readonly number[];
  ends: readonly number[];
  /** Ends of the clause breaks (";", "but", "which" …), in text order, with their starts. */
  breakStarts: readonly number[];
  breakEnds: readonly number[];
  /** Offsets of the commas, in text order. */
  commas: readonly number[];
  /** For each cue, the first cue at or after it that is not a reporting verb ("said", "adds"). */
  nextNotReporting: Int32Array;
  /** Asides set off by a pair of dashes, as [open, close] offsets in the text, in order. */
  asides: ReadonlyArray<readonly [number, number]>;
  /** For each cue, the first cue at or after it that is outside every aside. */
  nextOutsideAside: Int32Array;
}

/** Cues, clause breaks and commas of the sentence `text[start, end)`. */
export function sentenceTense(text: string, start: number, end: number): SentenceTense {
  const cues = tenseCues(text, start, end);
  const byEnd = cues.map((_, i) => i).sort((a, b) => cues[a]!.end - cues[b]!.end || b - a);
  const ends = byEnd.map((i) => cues[i]!.end);
  const starts = cues.map((c) => c.start);
  const sentence = text.slice(start, end);
  const breakStarts: number[] = [];
  const breakEnds: number[] = [];
  const asides = parentheticalDashes(sentence);
  let aside = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    // "On Sunday, the countries -- those which use the euro -- had agreed": a clause set off
    // by a pair of dashes is an aside; the clause around it goes on after it.
    while (aside < asides.length && asides[aside]![1] <= m.index) aside++;
    if (aside < asides.length && asides[aside]![0] < m.index) continue;
    breakStarts.push(start + m.index);
    breakEnds.push(start + m.index + m[0].length);
  }
  const commas: number[] = [];
  for (let i = sentence.indexOf(','); i >= 0; i = sentence.indexOf(',', i + 1)) commas.push(start + i);
  const nextNotReporting = new Int32Array(cues.length);
  let next = cues.length;
  for (let i = cues.length - 1; i >= 0; i--) {
    if (!REPORTING_VERB.test(text.slice(cues[i]!.start, cues[i]!.end))) next = i;
    nextNotReporting[i] = next;
  }
  const substance = substanceOfClause(text, start, end, cues);
  const absoluteAsides = asides.map(([open, close]) => [start + open, start + close] as const);
  const nextOutsideAside = new Int32Array(cues.length);
  let outside = cues.length;
  for (let i = cues.length - 1, k = absoluteAsides.length - 1; i >= 0; i--) {
    while (k >= 0 && absoluteAsides[k]![0] >= cues[i]!.start) k--;
    if (k < 0 || absoluteAsides[k]![1] <= cues[i]!.start) outside = i;
    nextOutsideAside[i] = outside;
  }
  return {
    substance,
    cues,
    starts,
    byEnd,
    ends,
    breakStarts,
    breakEnds,
    commas,
    nextNotReporting,
    asides: absoluteAsides,
    nextOutsideAside,
  };
}

/**
 * The asides of a sentence set off by a pair of dashes (" -- … -- ", " — … — "), as [open, close]
 * offsets in text order: each spaced dash closes the aside the one before it opened.
 */
function parentheticalDashes(sentence: string): Array<[number, number]> {
  const dashes: number[] = [];
  for (let i = sentence.indexOf(' '); i >= 0 && i + 2 < sentence.length; i = sentence.indexOf(' ', i + 1)) {
    const c = sentence[i + 1]!;
    if (c === '—' || c === '–') {
      if (sentence[i + 2] === ' ') dashes.push(i);
    } else if (c === '-' && sentence[i + 2] === '-' && sentence[i + 3] === ' ') dashes.push(i);
  }
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k + 1 < dashes.length; k += 2) pairs.push([dashes[k]!, dashes[k + 1]!]);
  return pairs;
}

/** The first index of `sorted` whose value is at least `value` (its length when none is). */
function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tense nearest to a span of the sentence read by `sentenceTense`: a cue to its left counts
 * fully, one to its right a little less ("said Friday", "Friday, it said"). Cues inside the span
 * are the expression's own words. A cue to the right counts only within the clause: "when it
 * meets on Thursday but has maintained …" and "a package Wednesday that would pour …" are about
 * other events; and "… will discuss it on Thursday, she added": a reporting tag after a comma
 * dates the report, not the date inside the reported clause, when that clause has a cue of its own.
 */
export function tenseAt(s: SentenceTense, text: string, start: number, end: number): Tense {
  const { cues } = s;
  // Left: the cue ending nearest before the span, the earlier one of a tie.
  const k = firstAtLeast(s.ends, start + 1);
  const nearest = k > 0 ? cues[s.byEnd[k - 1]!]! : null;
  // "Airlines said flights resume on Saturday": a reporting verb whose object is a clause
  // ("flights resume …", not "in a statement on Saturday") dates the report, not the clause.
  const left = nearest && reportsClause(text, nearest, start) ? null : nearest;
  const leftDistance = left ? start - left.end : Infinity;
  // Right: the first cue starting at or after the span's end that the clause rules let count.
  let i = firstAtLeast(s.starts, end);
  const comma = s.commas[firstAtLeast(s.commas, end)] ?? Infinity;
  if (i < cues.length && comma < cues[i]!.start && (left || s.substance < start)) i = s.nextNotReporting[i]!;
  // A cue inside an aside the span is not in speaks for the aside only.
  if (i < cues.length && !insideAside(s, start)) i = s.nextOutsideAside[i]!;
  const right = cues[i];
  // "told a news conference on Saturday: “This oil spill threatens …”": a quotation opened after
  // the span is someone's speech, whose tense does not date the telling.
  // "Obama, who made his second visit on Friday, is sending officials": a day inside a relative
  // clause set off by commas is dated by that clause's verb, not by the main verb after it.
  if (left && right && insideAppositiveRelative(s, text, left, start) && commaBetween(s, end, right.start))
    return left.tense;
  if (
    right &&
    (right.start - end) * 2 < leftDistance &&
    clauseBreakEnd(s, text, end) > right.start &&
    !(left && QUOTE_OPENS.test(text.slice(end, right.start)))
  )
    return right.tenseBefore ?? right.tense;
  // "On Wednesday, on a visit to the ship that's collecting oil, Dudley got word": a day that
  // opens the sentence before a comma is dated by the main clause, whose verb may come after a
  // relative clause set off by commas.
  if (!left && right && s.substance >= start && OPENER_COMMA.test(text.slice(end, end + 2)))
    return mainClauseTense(s, i, end) ?? 'present';
  return left?.tense ?? 'present';
}

const QUOTE_OPENS = /[“"]/;
const APPOSITIVE_RELATIVE = /^,\s(?:who|which)$/;

/** True when the last clause word before `start` is a ", who" or ", which" that `left` follows. */
function insideAppositiveRelative(s: SentenceTense, text: string, left: TenseCue, start: number): boolean {
  const b = firstAtLeast(s.breakStarts, start) - 1;
  if (b < 0 || s.breakStarts[b]! > left.start) return false;
  return APPOSITIVE_RELATIVE.test(text.slice(Math.max(0, s.breakStarts[b]! - 2), s.breakEnds[b]!));
}

/** True when a comma lies in `[from, to)`. */
function commaBetween(s: SentenceTense, from: number, to: number): boolean {
  return (s.commas[firstAtLeast(s.commas, from)] ?? Infinity) < to;
}
const OPENER_COMMA = /^\s?,/;

/** The tense of the first cue from `from` on that no clause word still open governs: none lies
 * between the cue and the opener's end, or a comma closed the last one before the cue. */
function mainClauseTense(s: SentenceTense, from: number, openerEnd: number): Tense | null {
  for (let j = from; j < s.cues.length; j++) {
    const cue = s.cues[j]!;
    const b = firstAtLeast(s.breakStarts, cue.start) - 1;
    const breakEnd = b >= 0 ? s.breakEnds[b]! : -1;
    const closed = s.commas[firstAtLeast(s.commas, breakEnd)] ?? Infinity;
    if (b < 0 || s.breakStarts[b]! < openerEnd || closed < cue.start) return cue.tenseBefore ?? cue.tense;
  }
  return null;
}

// Words that open a sentence without making a clause of it: "Also on Friday, officials said".
const OPENING_WORDS = new Set([
  'on',
  'at',
  'in',
  'by',
  'until',
  'from',
  'since',
  'and',
  'but',
  'also',
  'early',
  'late',
  'last',
  'this',
  'next',
  'the',
  'a',
  'then',
  'later',
  'earlier',
  'before',
  'after',
  'of',
  'for',
  'during',
]);

/**
 * Where the first word of substance of `text[start, end)` starts (`end` when none does): a span
 * after it ("Flights resume on Saturday, the airline said") is inside a clause of its own, which
 * a reporting tag after a comma does not date, whether or not that clause has a cue ("resume" is
 * none); "Also on Friday, officials said" has none before the weekday, and the tag dates it.
 */
export function firstWordOfSubstance(text: string, start: number, end: number): number {
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    // "Speaking in California on Wednesday, Obama said …": a participle of speaking opens no
    // clause of its own; the telling after the comma dates it.
    if (m.index === start && SPEAKING_PARTICIPLE.test(m[0])) return end;
    if (!OPENING_WORDS.has(m[0].toLowerCase())) return m.index;
  }
  return end;
}
const WORD = /[a-z][\w'’-]*/gi;

// Prepositions that open a phrase framing the clause after it: "In an interview Thursday, he said".
const FRAMING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'after', 'before', 'following', 'with', 'amid']);
const OPENING_WORD = /^[^a-z]{0,3}([a-z]+)\s/i;

/**
 * `firstWordOfSubstance`, except that a sentence opened by a prepositional phrase with no verb
 * before its first comma ("In an interview Thursday, he said …", "In a teleconference Friday,
 * both said") has its substance in the clause after the comma: the phrase is no clause of its
 * own, and the telling after the comma dates it, as it dates "Also on Friday, officials said".
 */
function substanceOfClause(text: string, start: number, end: number, cues: readonly TenseCue[]): number {
  const opening = OPENING_WORD.exec(text.slice(start, start + 24));
  if (opening && FRAMING_PREPOSITIONS.has(opening[1]!.toLowerCase())) {
    const comma = text.indexOf(',', start);
    if (comma >= 0 && comma < end && !(cues.length > 0 && cues[0]!.start < comma))
      return firstWordOfSubstance(text, comma + 1, end);
  }
  return firstWordOfSubstance(text, start, end);
}
const SPEAKING_PARTICIPLE = /^(?:Speaking|Writing|Testifying|Appearing|Addressing|Asked|Questioned|Interviewed)$/;

/**
 * True when `cue` is a reporting verb ("said") and the word after it opens a reported clause
 * before `start`: a word of substance that is no preposition or day ("flights", "the", "it"),
 * where "said in a statement Saturday" and "said on Saturday" report on that day.
 */
export function reportsClause(text: string, cue: TenseCue, start: number): boolean {
  // "told"/"tells" first name the one told ("told reporters Friday"); a clause in the present
  // after that one word is what was told ("told reporters the plant reopens in June").
  if (TELLING_VERB.test(text.slice(cue.start, cue.end))) {
    const told = TOLD_OBJECT.exec(text.slice(cue.end, Math.min(start, cue.end + 24)));
    return told !== null && presentClauseAfter(text.slice(cue.end + told[0].length, start));
  }
  if (!SAYING_VERB.test(text.slice(cue.start, cue.end))) return false;
  // "“I was gung-ho for this test,” said Adm Thad Allen, the US incident commander, on
  // Wednesday": a verb after the quotation it closes tags the speech; its subject follows it.
  if (QUOTE_CLOSED_BEFORE.test(text.slice(Math.max(0, cue.start - 4), cue.start))) return false;
  // Only the few characters after the verb: a span far away costs no more than a near one.
  const next = FIRST_WORD.exec(text.slice(cue.end, Math.min(start, cue.end + 24)));
  if (next !== null && DETERMINER.test(next[0])) return presentClauseAfter(text.slice(cue.end, start));
  return next !== null && !ADJUNCT_START.has(next[0].toLowerCase()) && !isMannerAdverb(next[0]);
}
const DETERMINER = /^(?:the|a)$/i;
// A determiner, a noun (or two) and a verb in the present: "said the plant reopens", "said a new
// line opens". A preposition or a comma after the noun makes it the report's own phrase ("said the
// company in a statement on Friday", "said the day before").
const PRESENT_CLAUSE_START = /^\s+(?:the|a)\s+(?:[A-Za-z][\w'’-]*\s+)?[A-Za-z][\w'’-]*\s+[a-z]+[^s\W]s\s+[a-z]/;
const NO_VERB =
  /^(?:is|was|has|does|this|thus|its|his|hers|ours|theirs|yes|us|as|plus|news|series|means|less|across|always|perhaps)$/i;

/** True when `after`, the words after a reporting verb, open a clause told in the present. */
function presentClauseAfter(after: string): boolean {
  const m = PRESENT_CLAUSE_START.exec(after);
  if (!m) return false;
  const words = m[0].trim().split(/\s+/);
  const verb = words[words.length - 2]!;
  return !NO_VERB.test(verb) && !PREPOSITION.has(words[words.length - 3]!.toLowerCase());
}
const PREPOSITION = new Set(['in', 'on', 'at', 'for', 'of', 'with', 'by', 'from', 'to', 'after', 'before']);
const FIRST_WORD = /[a-z][\w'’-]*/i;
const QUOTE_CLOSED_BEFORE = /[,.!?]?["”]\s$/;

// "said optimistically Wednesday", "said repeatedly on Sunday": an adverb in -ly tells how the
// report was made; the nouns in -ly ("said family members were ...") open a reported clause.
const LY_ADVERB = /^[a-z]{2,}ly$/;
const LY_NOUNS = new Set(['family', 'supply', 'ally', 'rally', 'reply', 'assembly', 'anomaly', 'monopoly', 'only']);
function isMannerAdverb(word: string): boolean {
  return LY_ADVERB.test(word) && !LY_NOUNS.has(word);
}
const SAYING_VERB = /^(?:said|says|added|adds)$/i;
const TELLING_VERB = /^(?:told|tells)$/i;
// The one told, a word before the reported clause's determiner: "reporters", "investors", "him".
const TOLD_OBJECT = /^\s+[A-Za-z][\w'’-]*(?=\s+(?:the|a)\s)/;
// Words that open what a reporting verb says about the report itself, not a reported clause.
const ADJUNCT_START = new Set([
  ...OPENING_WORDS,
  'here',
  'there',
  'again',
  'separately',
  'publicly',
  'privately',
  'repeatedly',
  'through',
  'via',
  'with',
  'when',
  'while',
  'as',
  'yesterday',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** True when `offset` lies inside one of the sentence's dash asides. */
function insideAside(s: SentenceTense, offset: number): boolean {
  let lo = 0;
  let hi = s.asides.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.asides[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < s.asides.length && s.asides[lo]![0] < offset;
}

/** Where the first clause break at or after `from` ends (Infinity when none does). */
function clauseBreakEnd(s: SentenceTense, text: string, from: number): number {
  if (from > 0 && WORD_CHAR.test(text[from - 1]!) && WORD_CHAR.test(text[from] ?? '')) {
    CLAUSE_WORD_AT.lastIndex = from;
    if (CLAUSE_WORD_AT.test(text)) return CLAUSE_WORD_AT.lastIndex;
  }
  return s.breakEnds[firstAtLeast(s.breakStarts, from)] ?? Infinity;
}

// Words right before a date that point ahead whatever the verb's tense: deadlines and schedules
// ("extended to Nov. 20", "payable Dec. 7", "by February", "expected in December"). Two patterns,
// prepositions of a deadline and verbs of a schedule, rather than one: each is small enough for
// recheck to prove linear by automaton, where the joint one was left to its fuzzer. They read the
// window in ASCII lower case (asciiLower) instead of carrying the i flag, which made that proof
// take seconds; the two readings agree, as /i never lets a non-ASCII letter match an ASCII one.
const LOCAL_FUTURE = [
  /\b(?:by|until|till|(?<!than )expected (?:in|on|by)|due (?:in|on|by)|effective|payable|starting|beginning|as early as|as soon as|no later than)\s+(?:at (?:the )?(?:least|earliest|latest)\s+)?(?:(?:early|mid|late|the end of|the middle of)[- ]?\s*)?$/,
  /\b(?:(?:expires?|expiring|ends|begins|starts|opens|closes|takes? effect)(?:\s+(?:at|on|in|by))?|scheduled for|set for|planned for|slated for|ahead of)\s+(?:at (?:the )?(?:least|earliest|latest)\s+)?(?:(?:early|mid|late|the end of|the middle of)[- ]?\s*)?$/,
];

/** True when `window` ends in words that point ahead ("by", "expected in", "takes effect on"). */
export function pointsAhead(window: string): boolean {
  const lower = asciiLower(window);
  return LOCAL_FUTURE.some((re) => re.test(lower));
}

/** `text` as LOCAL_FUTURE reads it: A–Z lowered. toLowerCase lowers other letters too, which the
 * patterns cannot tell apart (a letter outside ASCII stays outside, and no space has a case),
 * except the two it lowers to ASCII: "İ" (to "i" and a combining dot) and the Kelvin sign "K". */
function asciiLower(text: string): string {
  return TO_ASCII_WHEN_LOWERED.test(text)
    ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
    : text.toLowerCase();
}
const TO_ASCII_WHEN_LOWERED = /[\u0130\u212a]/;
const LOCAL_WINDOW = 32;

// "since May", "since Tuesday": the date lies behind, whatever follows.
const LOCAL_PAST = /\b(?:since|ever since)\s+(?:(?:early|mid|late|the end of|the middle of)[- ]?\s*)?$/i;

// "Syria says Monday it will …": a day right after a reporting verb is the day of the report,
// which news tells on or before publication, whatever the tense of the lead.
const WEEKDAY_AHEAD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const REPORTED_ON =
  /\b(?:says|said|announces|announced|reports|reported|tells|told|confirms|confirmed|denies|denied|declares|declared)\s+(?:on\s+)?$/i;

// "had filed", "had not been", "had already gone": "had", then words of the chain, up to one
// that ends like a past participle, in the clause that ends the window. Plain string code: the
// pattern it replaces (/\bhad\s+(?:(?:not|already|been|just)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b[^.;!?]*$/)
// was quadratic on runs of "not just not just …".
const PERFECT_CHAIN = new Set(['not', 'already', 'been', 'just']);
const PARTICIPLE_END = /(?:ed|en|wn|ne|t)$/;

export function endsInPastPerfect(window: string): boolean {
  const clauseStart =
    Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf('!'), window.lastIndexOf('?')) + 1;
  const words = window.slice(clauseStart).split(/\s/);
  for (let i = 0; i < words.length; i++) {
    // "had" as a whole word: the token ends there and no letter, digit or _ comes before it.
    const token = words[i]!;
    if (!token.endsWith('had') || /\w/.test(token.charAt(token.length - 4))) continue;
    for (let j = i + 1; j < words.length; j++) {
      const word = words[j]!;
      if (word === '') continue;
      const letters = /^[a-z]*/.exec(word)![0];
      const boundary = !/\w/.test(word.charAt(letters.length));
      const suffix = PARTICIPLE_END.exec(letters);
      // A letter or more before the ending, as [a-z]+ required: "filed", "gone", "met".
      if (suffix && boundary && letters.length > suffix[0].length) return true;
      if (!PERFECT_CHAIN.has(word)) break;
    }
  }
  return false;
}
const PAST_PERFECT_WINDOW = 60;
const PAST_PASSIVE_WINDOW = 80;
const PARTICIPLE_BEFORE_DEADLINE =
  /\b(?!(?:delayed|postponed|deferred|extended|pushed|moved|rescheduled|adjourned)\b)[a-z]{3,}ed\s+(?:by|until)\s+(?:(?:early|mid|late|the end of)[- ]?\s*)?$/;
const PAST_AUXILIARY = /\b(?:was|were)\s/;
const PLAN_WORD =
  /\b(?:will|would|could|should|may|might|must|can|to be|expected|scheduled|planned|due|hopes?|aims?|set)\b/i;
// A modal or a verb of intent in the clause a deadline opens: "By Wednesday, workers should finish".
// In lower case only, and intent as a verb with its "to": the clause read starts at the date, and
// "By the end of May, the company's best hopes of plugging the leak rested on …" took its month
// for the modal "may" and its noun "hopes" for a verb.
const MODAL_AHEAD = /\b(?:will|would|shall|should|could|can|may|might|must|(?:hope|plan|expect|aim|want)s? to)\b|'ll\b/;
const CLAUSE_AHEAD_MAX = 160;

/** The rest of the sentence after `start`, up to its end (at most CLAUSE_AHEAD_MAX characters). */
function clauseAhead(text: string, start: number): string {
  const ahead = text.slice(start, start + CLAUSE_AHEAD_MAX);
  const stop = ahead.search(/[.!?](?:\s|$)/);
  return stop < 0 ? ahead : ahead.slice(0, stop);
}
// "Until Wednesday, BP had been planning to pay $10.5 billion, which would have left it …": a
// relative clause set off by a comma is not the clause the deadline frames.
const RELATIVE_AFTER_COMMA = /,\s(?:which|who)\b/;

/** `clauseAhead`, up to a relative clause set off by a comma. */
function mainClauseAhead(text: string, start: number): string {
  const ahead = clauseAhead(text, start);
  const relative = ahead.search(RELATIVE_AFTER_COMMA);
  return relative < 0 ? ahead : ahead.slice(0, relative);
}
const OPENING_DEADLINE =
  /(?:^|[.!?]["”’]?\s)\s*(?:By|Until|Till|As early as)\s+(?:(?:early|mid|late|the end of|the middle of)[- ]?\s*)?$/;

/** A lean given by the words just before a span, or null when there is none. */
export function localTense(text: string, start: number): Tense | null {
  const before = text.slice(Math.max(0, start - LOCAL_WINDOW), start);
  // "By June, the plant had closed", "Until October, he was chairman", "As early as February,
  // Halliburton was getting poor results": a deadline that opens the sentence frames the clause
  // after it, whose verb tells the way.
  if (OPENING_DEADLINE.test(before)) return MODAL_AHEAD.test(mainClauseAhead(text, start)) ? 'future' : null;
  if (pointsAhead(before)) {
    // "had filed reports by Wednesday", "had been due to expire Friday": a deadline told in the
    // past perfect had already come by the time of the report.
    if (endsInPastPerfect(text.slice(Math.max(0, start - PAST_PERFECT_WINDOW), start))) return 'past';
    // "Crew members were flown to a hospital and released by early Thursday evening": a past
    // passive reaching its deadline, with no modal or plan in the clause, has come.
    const clause = text.slice(Math.max(0, start - PAST_PASSIVE_WINDOW), start);
    return PARTICIPLE_BEFORE_DEADLINE.test(before) && PAST_AUXILIARY.test(clause) && !PLAN_WORD.test(clause)
      ? 'past'
      : 'future';
  }
  if (LOCAL_PAST.test(before)) return 'past';
  // Only a weekday: "says June sales will rise" is about June, not the day of the report.
  return REPORTED_ON.test(before) && WEEKDAY_AHEAD.test(text.slice(start, start + 9)) ? 'past' : null;
}

// A present-tense or future deadline verb right before a date ("expires Dec. 31", "take effect
// on Jan. 1", "will end Nov. 5"): the date has not come yet, however far the last one lies.
const STILL_TO_COME =
  /\b(?:expires|takes? effect|(?:is|are) due|will (?:expire|end|begin|start|open|close|take effect))\s+(?:on\s+)?$/i;

/** True when the words just before a span say its date is still to come. */
export function stillToCome(text: string, start: number): boolean {
  return STILL_TO_COME.test(text.slice(Math.max(0, start - LOCAL_WINDOW), start));
}
