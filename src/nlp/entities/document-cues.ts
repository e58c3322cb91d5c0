// Document-level evidence for the tagger: what the contexts of every occurrence of a word in the
// article say about it ("Mr" before it somewhere, "shares" after it, "said" after it, written in
// lower case elsewhere). A token sees the cues of its word across the whole article, so one
// telling context types all mentions alike: document-level consistency learned, not voted.
import { lowerWordHash, type Lexicon } from './features.js';
import type { Tokens } from './tokens.js';

// Cue bits.
const AFTER_TITLE = 1;
const BEFORE_SAID = 2;
const BEFORE_COMPANY_WORD = 4;
const AFTER_PLACE_PREPOSITION = 8;
const BEFORE_POSSESSIVE = 16;
const AFTER_THE = 32;
const AFTER_FIRST_NAME = 64;
const BEFORE_CAPITALISED = 128;
const LOWER_CASE_SEEN = 256;
const CAPITALISED_MID_SENTENCE = 512;
const AFTER_CAPITALISED = 1024;
const BEFORE_PERSON_WORD = 2048;
const AFTER_ORG_PREPOSITION = 4096;
const BEFORE_GROUP_NOUN = 8192;
const BEFORE_PLACE_NOUN = 16384;

const hashes = (words: string[]): Set<number> => new Set(words.map((w) => lowerWordHash(w, 0, w.length)));

const TITLES = hashes([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'president',
  'minister',
  'judge',
  'coach',
  'captain',
  'chairman',
  'spokesman',
  'spokeswoman',
  'secretary',
  'senator',
  'sen.',
  'gen.',
  'general',
  'colonel',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cardinal',
  'bishop',
  'sheikh',
  'leader',
  'chief',
  'director',
  'manager',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'premier',
  'governor',
  'ambassador',
  'envoy',
  'officer',
  'commander',
  'analyst',
  'economist',
  'trader',
]);
const SAID = hashes(['said', 'says', 'told', 'added', 'wrote', 'declared', 'insisted', 'admitted']);
const COMPANY_WORDS = hashes([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'sa',
  'ag',
  'nv',
  'bv',
  'spa',
  'ab',
  'group',
  'holdings',
  'shares',
  'stock',
  'share',
  'unit',
  'subsidiary',
  'bank',
  'newspaper',
  'daily',
  'agency',
  'party',
  'club',
]);
// Nouns that follow the name of a group or of a place ("the Kataib Hezbollah militia", "the
// Ras Issa area").
const GROUP_NOUNS = hashes([
  'militia',
  'militias',
  'rebels',
  'group',
  'groups',
  'movement',
  'faction',
  'brigade',
  'brigades',
  'army',
  'forces',
  'guerrillas',
  'fighters',
  'militants',
  'organisation',
  'organization',
  'party',
  'commander',
  'spokesman',
  'leader',
  'leaders',
  'members',
  'officials',
  'team',
  'side',
  'board',
  'executives',
]);
const PLACE_NOUNS = hashes([
  'area',
  'district',
  'province',
  'region',
  'city',
  'town',
  'village',
  'neighbourhood',
  'neighborhood',
  'county',
  'state',
  'port',
  'border',
  'valley',
  'island',
  'islands',
  'river',
  'governorate',
  'camp',
  'suburb',
  'street',
  'square',
  'mountains',
  'coast',
  'peninsula',
  'strait',
  'refugee',
]);
const PLACE_PREPOSITIONS = hashes(['in', 'near', 'from', 'to', 'outside', 'across', 'into']);
const ORG_PREPOSITIONS = hashes(['of', 'for', 'by', 'with', 'against']);
const THE = hashes(['the']);
const POSSESSIVE = hashes(["'s", '’s']);

// Case of each UTF-16 code unit past Latin-1's letters, found on first sight: bit 1 when it is
// known, 2 when it changes in lower case (an upper-case letter), 4 when it changes in upper case.
const CASE_OF = new Uint8Array(0x10000);
const KNOWN = 1;
const CHANGES_IN_LOWER = 2;
const CHANGES_IN_UPPER = 4;

function caseOf(c: number): number {
  let bits = CASE_OF[c]!;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = KNOWN | (ch !== ch.toLowerCase() ? CHANGES_IN_LOWER : 0) | (ch !== ch.toUpperCase() ? CHANGES_IN_UPPER : 0);
    CASE_OF[c] = bits;
  }
  return bits;
}

function isUpperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return (caseOf(c) & CHANGES_IN_LOWER) !== 0;
}

function isLowerStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  return (caseOf(c) & CHANGES_IN_UPPER) !== 0;
}

// A sentence mostly in capitals (a headline): its case says nothing.
function inCapitals(text: string, tokens: Tokens): boolean {
  let letters = 0;
  let lower = 0;
  for (let k = 0; k < tokens.starts.length; k++) {
    for (let c = tokens.starts[k]!; c < tokens.ends[k]!; c++) {
      if (isLowerStart(text, c)) {
        lower++;
        letters++;
      } else if (isUpperStart(text, c)) letters++;
    }
    if (letters > 200) break;
  }
  return letters >= 6 && lower * 10 < letters;
}

// One map operation where the word already has these bits (most words, after their first sight).
function addCues(cues: Map<number, number>, key: number, bits: number): void {
  const had = cues.get(key);
  if (had === undefined || (had | bits) !== had) cues.set(key, (had ?? 0) | bits);
}

function capitalised(text: string, tokens: Tokens, k: number): boolean {
  return k >= 0 && k < tokens.starts.length && isUpperStart(text, tokens.starts[k]!);
}

/** Lowercased-word hash → OR of the cue bits of all its occurrences in the article. */
export function documentCues(
  text: string,
  sentences: Tokens[],
  personWords: Lexicon['personWords'],
): Map<number, number> {
  const cues = new Map<number, number>();
  let lower = new Uint32Array(64);
  for (const tokens of sentences) {
    const n = tokens.starts.length;
    if (lower.length < n) lower = new Uint32Array(n * 2);
    for (let k = 0; k < n; k++) lower[k] = lowerWordHash(text, tokens.starts[k]!, tokens.ends[k]!);
    const capitals = inCapitals(text, tokens);
    for (let k = 0; k < n; k++) {
      const start = tokens.starts[k]!;
      let bits = 0;
      if (isLowerStart(text, start)) {
        // Only that a word is written in lower case matters; its contexts do not.
        if (!capitals) addCues(cues, lower[k]!, LOWER_CASE_SEEN);
        continue;
      }
      if (!isUpperStart(text, start)) continue;
      if (!capitals && k > 0 && capitalised(text, tokens, k)) bits |= CAPITALISED_MID_SENTENCE;
      if (k > 0) {
        const previous = lower[k - 1]!;
        if (TITLES.has(previous)) bits |= AFTER_TITLE;
        if (PLACE_PREPOSITIONS.has(previous)) bits |= AFTER_PLACE_PREPOSITION;
        if (ORG_PREPOSITIONS.has(previous)) bits |= AFTER_ORG_PREPOSITION;
        if (THE.has(previous)) bits |= AFTER_THE;
        if (!capitals && capitalised(text, tokens, k - 1)) {
          bits |= AFTER_CAPITALISED;
          if (personWords.has(previous)) bits |= AFTER_FIRST_NAME;
        }
      }
      if (k + 1 < n) {
        const next = lower[k + 1]!;
        if (SAID.has(next)) bits |= BEFORE_SAID;
        if (COMPANY_WORDS.has(next)) bits |= BEFORE_COMPANY_WORD;
        if (GROUP_NOUNS.has(next)) bits |= BEFORE_GROUP_NOUN;
        if (PLACE_NOUNS.has(next)) bits |= BEFORE_PLACE_NOUN;
        if (POSSESSIVE.has(next)) bits |= BEFORE_POSSESSIVE;
        if (!capitals && capitalised(text, tokens, k + 1)) {
          bits |= BEFORE_CAPITALISED;
          if (personWords.has(next)) bits |= BEFORE_PERSON_WORD;
        }
      }
      addCues(cues, lower[k]!, bits);
    }
  }
  return cues;
}
