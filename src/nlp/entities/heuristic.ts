// A fallback tagger for when the trained model cannot be loaded: capitalised runs typed by a few
// cue words. Far weaker than the model (see scripts/eval-ner.ts), but it keeps the app useful.
import type { EntityType } from '../../types.js';
import type { Tokens } from './tokens.js';
import type { TokenSpan } from './spans.js';

const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'also',
  'after',
  'before',
  'when',
  'while',
  'two',
  'three',
  'one',
  'some',
  'many',
  'security',
  'officials',
  'there',
  'as',
  'for',
  'with',
  'if',
  'by',
  'from',
  'police',
  'witnesses',
]);
const PARTICLES = new Set(['al', 'bin', 'ibn', 'van', 'von', 'de', 'der', 'da', 'di', 'du', 'la', 'le', 'el']);
const ORG_WORDS = new Set([
  'ministry',
  'party',
  'council',
  'bank',
  'group',
  'army',
  'force',
  'forces',
  'guard',
  'police',
  'agency',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'ltd',
  'company',
  'university',
  'committee',
  'union',
  'association',
  'resistance',
  'front',
  'brigades',
  'hezbollah',
  'hamas',
  'houthi',
  'movement',
  'organization',
  'organisation',
  'office',
  'department',
  'court',
  'parliament',
  'government',
  'news',
  'times',
  'fc',
]);
const PERSON_CUES = new Set([
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
  'leader',
  'commander',
  'chief',
  'secretary',
  'spokesman',
  'spokeswoman',
  'king',
  'queen',
  'prince',
  'general',
  'gen.',
]);
const PLACE_CUES = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into']);
const PLACE_WORDS = new Set(['zone', 'province', 'district', 'city', 'river', 'valley', 'island', 'street']);

function isCapitalised(word: string): boolean {
  return /^[A-Z\u00c0-\u00de]/.test(word);
}

/** Capitalised runs typed by cues; sentence-initial function words are skipped. */
export function tagByHeuristics(text: string, tokens: Tokens): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const words = tokens.starts.map((s, k) => text.slice(s, tokens.ends[k]));
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    const startsRun = isCapitalised(word) && !(k === 0 && SENTENCE_OPENERS.has(word.toLowerCase()));
    if (!startsRun) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < words.length) {
      const next = words[end]!;
      const dash = next.indexOf('-');
      const lower = (dash < 0 ? next : next.slice(0, dash)).toLowerCase();
      if (isCapitalised(next) || (PARTICLES.has(lower) && end + 1 < words.length)) end++;
      else if ((next === 'of' || next === 'in') && end + 1 < words.length && isCapitalised(words[end + 1]!)) end += 2;
      else break;
    }
    // A title opening the run ("Mr Smith", "President Biden") marks a person and is left out.
    if (end - k >= 2 && PERSON_CUES.has(word.toLowerCase()))
      spans.push({ first: k + 1, last: end - 1, type: 'PERSON' });
    else spans.push({ first: k, last: end - 1, type: typeOfRun(words, k, end) });
    k = end;
  }
  return spans;
}

function typeOfRun(words: string[], first: number, end: number): EntityType {
  const before = first > 0 ? words[first - 1]!.toLowerCase() : '';
  const lastWord = words[end - 1]!.toLowerCase();
  for (let k = first; k < end; k++) if (ORG_WORDS.has(words[k]!.toLowerCase())) return 'ORG';
  if (PLACE_WORDS.has(lastWord)) return 'PLACE';
  if (PERSON_CUES.has(before)) return 'PERSON';
  if (end - first >= 2 && end - first <= 4) return 'PERSON';
  if (PLACE_CUES.has(before)) return 'PLACE';
  return 'MISC';
}
