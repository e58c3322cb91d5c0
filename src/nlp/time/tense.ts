// Which way an underspecified date leans ("Friday", "in August"): HeidelTime resolves such dates in
// news by the tense of the clause around them; we look for the nearest tense cue in the sentence.

export type Tense = 'past' | 'future' | 'present';

export interface TenseCue {
  start: number;
  end: number;
  tense: Tense;
}

// A future cue outranks the past form of the same words ("scheduled", "planned", "expected to").
const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|going to|plans? to|planning to|planned to|scheduled|expects? to|expected to|is to|are to|set to|due to (?:be|start|begin|open|arrive|meet|vote|report)|intends? to|hopes? to|aims? to|(?:decided|agreed|voted|promised|vowed|pledged|threatened|wanted|hoped|intended|prepared|ready|likely|unlikely|poised|slated) to|upcoming|coming|next(?!\s+to\b)|tomorrow|would)\b/gi;
const PAST_CUE =
  /\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|previously|went|came|took|made|gave|met|fell|rose|won|lost|sold|bought|left|held|got|saw|found|became|ran|struck|paid|spent|wrote|spoke|sent|brought|kept|began|led|fought|fled|shot|knew|thought|has been|have been)\b/gi;
// More irregular past forms, lower case only ("Drew", "Sang" and "Hung" are also names);
// ambiguous ones ("hit", "cut", "set", "put", "lay") are left out.
const IRREGULAR_PAST =
  /\b(?:withdrew|drew|threw|flew|grew|blew|stood|understood|sought|caught|taught|felt|meant|heard|built|stole|chose|rode|wore|tore|broke|woke|froze|drove|arose|swore|sank|sang|rang|swam|ate|hid|dealt|dug|hung|stuck|swung|sat|laid|shook|forgot|overcame|undertook|swept|wept|lent|bent|slid)\b/g;
// Verbs whose past is their base form ("hit", "cut", "put"): in news, "Floods hit Paris on
// Monday" reports a past day far more often than a schedule, so they lean past, unless a
// determiner makes them nouns ("the cut", "a hit").
const AMBIGUOUS_PAST = /\b(?:hit|cut|put|shut|hurt|quit|spread|burst|split|shed|let|beat|cast)\b/g;
// After "to", a modal or "do", such a verb is an infinitive, and the modal is the cue.
const INFINITIVE_BEFORE =
  /\b(?:to|will|would|shall|should|can|could|may|might|must|do|does|did|'ll|n't)\s+(?:not\s+)?$/i;
// Regular past forms, lower case only ("United" is a name), without "need", "speed", "hundred".
const REGULAR_PAST = /\b(?![a-z]*eed\b|hundred\b)[a-z]{2,}ed\b/g;
// "unspecified", "undisclosed", "unnamed" describe; "unveiled", "uncovered", "undermined" are verbs.
const NEGATED_ADJECTIVE = /^un(?!der|veil|cover|leash|earth|lock|load|pack|fold|it|seat|mask|wrap|do)/;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these)\s+$/i;
const PASSIVE_AUXILIARY = /\b(?:be|being|is|are|am)\s+$/i;
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
      if (taken.has(m.index)) continue;
      taken.add(m.index);
      // A past participle after a form of "be" is a passive ("would be paid", "will be held"):
      // its tense is the auxiliary's, which is a cue of its own.
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
const CLAUSE_BREAK = /;|\b(?:but|while|whereas|although|that|which|who)\b/;

/**
 * The tense nearest to a span: a cue to its left counts fully, one to its right a little less
 * ("said Friday", "Friday, it said"). Cues inside the span are the expression's own words.
 */
export function tenseAt(cues: readonly TenseCue[], start: number, end: number, text?: string): Tense {
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  const cueBefore = cues.some((c) => c.end <= start);
  for (const c of cues) {
    if (c.end > start && c.start < end) continue;
    if (text !== undefined && c.start >= end) {
      const between = text.slice(end, c.start);
      // A cue to the right counts only within the clause: "when it meets on Thursday but has
      // maintained …" and "a package Wednesday that would pour …" are about other events.
      if (CLAUSE_BREAK.test(between)) continue;
      // "… will discuss it on Thursday, she added": a reporting tag after a comma dates the
      // report, not the date inside the reported clause, when that clause has a verb of its own.
      if (cueBefore && between.includes(',') && REPORTING_VERB.test(text.slice(c.start, c.end))) continue;
    }
    const distance = c.end <= start ? start - c.end : (c.start - end) * 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c;
    }
  }
  return best?.tense ?? 'present';
}

// Words right before a date that point ahead whatever the verb's tense: deadlines and schedules
// ("extended to Nov. 20", "payable Dec. 7", "by February", "expected in December").
const LOCAL_FUTURE =
  /\b(?:by|until|till|expected (?:in|on|by)|due (?:in|on|by)|effective|payable|starting|beginning|as early as|as soon as|no later than|(?:expires?|expiring|ends|begins|starts|opens|closes|takes? effect)(?:\s+(?:at|on|in|by))?|scheduled for|set for|planned for|slated for|ahead of)\s+(?:at (?:the )?(?:least|earliest|latest)\s+)?(?:(?:early|mid|late|the end of|the middle of)[- ]?\s*)?$/i;
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

/** A lean given by the words just before a span, or null when there is none. */
export function localTense(text: string, start: number): Tense | null {
  const before = text.slice(Math.max(0, start - LOCAL_WINDOW), start);
  if (LOCAL_FUTURE.test(before)) {
    // "had filed reports by Wednesday", "had been due to expire Friday": a deadline told in the
    // past perfect had already come by the time of the report.
    return endsInPastPerfect(text.slice(Math.max(0, start - PAST_PERFECT_WINDOW), start)) ? 'past' : 'future';
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
