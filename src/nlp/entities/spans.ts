// Turning token-level labels into mentions: nicknames in quotes joined to the name around them,
// quotes and possessives kept out of spans, and canonical names within one article.
import type { EntityMention, EntityType } from '../../types.js';
import { headNounType, lowerWordHash } from './features.js';
import type { Tokens } from './tokens.js';

/** A mention as a range of tokens (inclusive) of one sentence. */
export interface TokenSpan {
  first: number;
  last: number;
  type: EntityType;
  /** A confident rule gave the type (EntityMention.typedByRule). */
  typedByRule?: true;
}

// Small words inside a nickname: Roberto "Hands of Stone" Duran.
const NICKNAME_PARTICLES = new Set(['of', 'the', 'de', 'la', 'el', 'al', 'and']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '``']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', "''"]);

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/**
 * Joins `Wissam Mohammed “Abu Bakr” al-Saadi` into one PERSON: a person's name, a capitalised
 * nickname in quotes, then a capitalised surname (tagged or not).
 */
export function joinQuotedNicknames(text: string, tokens: Tokens, spans: TokenSpan[]): TokenSpan[] {
  if (spans.length === 0) return spans;
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  const out: TokenSpan[] = [];
  const n = tokens.starts.length;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const q = span.last + 1;
    if (span.type !== 'PERSON' || q >= n || !OPENING_QUOTES.has(word(q))) {
      out.push(span);
      continue;
    }
    let close = q + 1;
    while (close < n && close - q <= 5 && (startsUpper(word(close)) || NICKNAME_PARTICLES.has(word(close)))) close++;
    const after = close + 1;
    const joinable =
      close > q + 1 &&
      close < n &&
      CLOSING_QUOTES.has(word(close)) &&
      after < n &&
      (startsUpper(word(after)) || /^[a-z]{1,3}-[A-Z]/.test(word(after)));
    if (!joinable) {
      out.push(span);
      continue;
    }
    // The surname may have been tagged on its own, perhaps as more than one token.
    const tagged = spans.find((x) => x.first === after);
    const last = tagged ? tagged.last : after;
    out.push({ first: span.first, last, type: 'PERSON' });
    while (s + 1 < spans.length && spans[s + 1]!.first <= last) s++;
  }
  return out;
}

/** Character range of a token span with surrounding quotes and a possessive left out. */
export function trimmedRange(text: string, tokens: Tokens, span: TokenSpan): [number, number] | null {
  let first = span.first;
  let last = span.last;
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  while (first <= last && (OPENING_QUOTES.has(word(first)) || CLOSING_QUOTES.has(word(first)))) first++;
  while (
    last >= first &&
    (CLOSING_QUOTES.has(word(last)) || /^['’]s$/i.test(word(last)) || OPENING_QUOTES.has(word(last)))
  )
    last--;
  if (last < first) return null;
  return [tokens.starts[first]!, tokens.ends[last]!];
}

/** A name as written with white space folded and quotes made straight, for comparing. */
export function displayName(span: string): string {
  return span
    .replace(/\s+/g, ' ')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .trim();
}

// Words of a name that a later short mention may repeat: the nickname in quotes is skipped.
function nameWords(name: string): string[] {
  return name
    .replace(/"[^"]*"/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function withoutParticle(word: string): string {
  return word.replace(/^(?:al|el|ad|as|ash|an|at|az)-/i, '');
}

/**
 * Gives every mention its canonical name within the article: a surname or tail of a person's
 * full name ("Netanyahu", "al-Saadi") takes the full name and its type; case variants of the same
 * name share the first spelling seen.
 */
export function nameMentions(mentions: EntityMention[]): EntityMention[] {
  // Full names of people by their last word, and by their last two words when they have three
  // or more; each distinct name once, with where it occurs (ascending, as mentions come sorted).
  const bySurname = new Map<string, Person[]>();
  const byLastTwo = new Map<string, Person[]>();
  const seenNames = new Map<string, Person>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    let person = seenNames.get(m.name);
    if (!person) {
      const words = nameWords(m.name);
      if (words.length < 2) continue;
      person = { name: m.name, words, starts: [] };
      seenNames.set(m.name, person);
      addPerson(bySurname, withoutParticle(words[words.length - 1]!).toLowerCase(), person);
      if (words.length >= 3) addPerson(byLastTwo, lastTwoKey(words), person);
    }
    person.starts.push(m.start);
  }
  // Case variants share one spelling: the first not in capitals (a headline or dateline in
  // capitals should not name "Mexico City" as "MEXICO CITY"), else the first.
  const spellings = new Map<string, string>();
  for (const m of mentions) {
    const key = m.name.toLowerCase();
    const known = spellings.get(key);
    if (known === undefined || (isInCapitals(known) && !isInCapitals(m.name))) spellings.set(key, m.name);
  }
  // A short mention ("Obama", "Barack Obama") may stand for any full name it ends; the nearest
  // of them before it wins, else the first after it. The occurrences of all the full names it may
  // stand for are merged once per short form, so a page naming ten thousand Smiths stays linear.
  const occurrences = new Map<string, Occurrences | null>();
  const occurrencesOf = (key: string, candidates: Person[] | undefined): Occurrences | null => {
    let found = occurrences.get(key);
    if (found === undefined) {
      found = candidates ? mergeOccurrences(candidates) : null;
      occurrences.set(key, found);
    }
    return found;
  };
  return mentions.map((m) => {
    const words = nameWords(m.name);
    let found: Occurrences | null = null;
    if (words.length === 1) {
      const surname = withoutParticle(words[0]!).toLowerCase();
      found = occurrencesOf(`1\u0000${surname}`, bySurname.get(surname));
    } else if (words.length === 2) {
      const key = lastTwoKey(words);
      found = occurrencesOf(`2\u0000${key}`, byLastTwo.get(key));
    }
    if (found) return { ...m, name: found.names[nearestOwner(found, m.start)]!, type: 'PERSON' };
    const spelling = spellings.get(m.name.toLowerCase()) ?? m.name;
    return spelling === m.name ? m : { ...m, name: spelling };
  });
}

interface Person {
  name: string;
  words: string[];
  starts: number[];
}

/** Where full names occur, sorted by start, ties by the name's first sight (latest first). */
interface Occurrences {
  starts: number[];
  owners: number[];
  names: string[];
}

function addPerson(index: Map<string, Person[]>, key: string, person: Person): void {
  const list = index.get(key);
  if (list) list.push(person);
  else index.set(key, [person]);
}

// A name's last two words, lowercased: a two-word mention stands for a longer name ending so.
function lastTwoKey(words: string[]): string {
  return `${words[words.length - 2]!.toLowerCase()}\u0000${words[words.length - 1]!.toLowerCase()}`;
}

function mergeOccurrences(people: Person[]): Occurrences {
  const order: Array<[start: number, owner: number]> = [];
  people.forEach((person, owner) => {
    for (const start of person.starts) order.push([start, owner]);
  });
  order.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  return { starts: order.map((o) => o[0]), owners: order.map((o) => o[1]), names: people.map((p) => p.name) };
}

// The full name whose occurrence is the last at or before `at` (of equal ones, the name seen
// first); when all come after, the first occurrence's (likewise).
function nearestOwner(found: Occurrences, at: number): number {
  const { starts, owners } = found;
  if (starts[0]! > at) {
    let owner = owners[0]!;
    for (let k = 1; k < starts.length && starts[k] === starts[0]; k++) owner = Math.min(owner, owners[k]!);
    return owner;
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return owners[lo]!;
}

function isInCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

// A closing bracket at `at`, after spaces at most: "(BSE)" and a tokenised "( BSE )" alike.
function closesBracket(text: string, at: number): boolean {
  let k = at;
  while (text.charAt(k) === ' ') k++;
  return text.charAt(k) === ')';
}

// An acronym in capitals spells the initials of a name's capitalised words ("IRGC"); one that
// mixes cases spells those of every word, its small letters the small words' ("BoA", Bank of America).
function spells(letters: string, name: string): boolean {
  if (letters === letters.toUpperCase()) return initialsOf(name) === letters;
  if (!/^\p{Lu}/u.test(letters) || !/\p{Lu}$/u.test(letters)) return false;
  let initials = '';
  for (const word of name.split(/[\s-]+/)) initials += word.charAt(0);
  return initials === letters;
}

// Initials of a name's capitalised words: "Islamic Revolutionary Guard Corps" → "IRGC".
function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(/[\s-]+/)) {
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) initials += first;
  }
  return initials;
}

/**
 * "the National Association of Purchasing Management (NAPM)": an acronym in brackets right after a
 * name whose initials it spells names the same referent, there and wherever else the article uses it.
 */
export function nameAcronyms(text: string, mentions: EntityMention[]): EntityMention[] {
  const expansions = new Map<string, EntityMention>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const full = mentions[k]!;
    const acronym = mentions[k + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(full.end, acronym.start)) || !closesBracket(text, acronym.end)) continue;
    const letters = acronym.text.replace(/\./g, '');
    if (letters.length < 2 || !spells(letters, full.name)) continue;
    expansions.set(acronym.text, full);
  }
  if (expansions.size === 0) return mentions;
  // Both are of the type the full name's head noun says, when it says one: the tagger may read
  // "National League for Democracy" as a title (MISC) and "NLD" rightly as an organisation.
  const typeOf = (full: EntityMention): EntityType => {
    if (full.type === 'ORG' || full.type === 'PLACE') return full.type;
    // The head noun is the word before a lower-case one ("League for Democracy", "Treaty on
    // European Union"), else the last.
    const words = full.text.split(/\s+/);
    const linking = words.findIndex((w) => w !== w.toUpperCase() && w === w.toLowerCase());
    const head = linking > 0 ? words[linking - 1]! : words[words.length - 1]!;
    return headNounType(lowerWordHash(head, 0, head.length)) === 'ORG' ? 'ORG' : full.type;
  };
  const fulls = new Set([...expansions.values()]);
  return mentions.map((m) => {
    if (fulls.has(m)) return { ...m, type: typeOf(m) };
    const full = expansions.get(m.text);
    return full && full !== m ? { ...m, name: full.name, type: typeOf(full) } : m;
  });
}

// DEFINED_TERM: "the blowout preventer (BOP)", "remotely operated vehicles (ROVs)": an acronym in
// brackets after lower-case words it abbreviates names a thing, not an entity, there and wherever
// else the article uses it (a reader saw "BOP" among the organisations of the BP oil spill).
const MAX_TERM_LETTERS = 6;

// Whether `letters` abbreviate `words`: each word gives its first letter, and may give more of
// its letters in order ("blowout preventer" → BOP, "remotely operated vehicle" → ROV).
function abbreviates(letters: string, words: string[]): boolean {
  const spell = (l: number, w: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w]!;
    if (l >= letters.length || word.charAt(0) !== letters.charAt(l)) return false;
    // Letters this word gives after its first, in order: try every count.
    let next = l + 1;
    let from = 1;
    if (spell(next, w + 1)) return true;
    while (next < letters.length) {
      const at = word.indexOf(letters.charAt(next), from);
      if (at < 0) return false;
      next++;
      from = at + 1;
      if (spell(next, w + 1)) return true;
    }
    return false;
  };
  return spell(0, 0);
}

/** DEFINED_TERM rule: drops acronyms the article defines as lower-case words, with their other mentions. */
export function withoutDefinedTerms(text: string, mentions: EntityMention[]): EntityMention[] {
  let terms: Set<string> | null = null;
  for (const m of mentions) {
    if (m.text.length < 2 || m.text.length > MAX_TERM_LETTERS + 1 || !/^\p{Lu}{2}\p{L}*$/u.test(m.text)) continue;
    if (!closesBracket(text, m.end)) continue;
    let open = m.start - 1;
    while (open >= 0 && text.charAt(open) === ' ') open--;
    if (text.charAt(open) !== '(') continue;
    const letters = m.text.replace(/s$/, '').toLowerCase();
    const before = text
      .slice(Math.max(0, open - 60), open)
      .trimEnd()
      .split(/[\s-]+/);
    for (let k = 1; k <= letters.length && k <= before.length; k++) {
      const words = before.slice(before.length - k);
      if (!words.every((w) => /^\p{Ll}+$/u.test(w)) || !abbreviates(letters, words)) continue;
      terms ??= new Set();
      terms.add(m.text.replace(/s$/, ''));
      break;
    }
  }
  if (!terms) return mentions;
  const found = terms;
  return mentions.filter((m) => !found.has(m.text.replace(/s$/, '')));
}
