import uFuzzy from '@leeoniya/ufuzzy';
import { buildBigramIndex, type BigramIndex } from './bigrams.js';

// The fast first stage for large corpora: which events contain every query term, allowing one
// typo per term. uFuzzy scans ~100k short texts in tens of milliseconds where Fuse takes seconds
// (research note, section 2), and narrowing from the previous keystroke makes it cheaper still.

interface TermRules {
  intraSlice: [number, number];
  intraIns: 0 | 1;
  intraSub: 0 | 1;
  intraTrn: 0 | 1;
  intraDel: 0 | 1;
}

type RuleClass = 'exact' | 'one-error';

// One- and two-letter terms must match exactly, or almost every event would match "of".
function ruleClass(part: string): RuleClass {
  return /^\d+$/.test(part) || part.length <= 2 ? 'exact' : 'one-error';
}

const RULES: Record<RuleClass, TermRules> = {
  exact: { intraSlice: [1, Infinity], intraIns: 0, intraSub: 0, intraTrn: 0, intraDel: 0 },
  // Errors only after the first two letters, so every match of "earth" contains "ea" and
  // typing the third letter can narrow the second's matches. A typo in the first two
  // letters is left to the fallback.
  'one-error': { intraSlice: [2, Infinity], intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 },
};

// uFuzzy applies the rules to each run of letters and each run of digits in a term.
const termParts = (term: string): string[] => term.match(/[^\d]+|\d+/g) ?? [];

/**
 * Whether every event matching `longer` also matches `shorter`, so `longer` may be searched
 * among `shorter`'s matches only. True when `longer` extends `shorter`: an exact term of two
 * letters is the fixed start of every one-error variant of a longer one, and under the same
 * one-error rules an added letter only adds a requirement (a transposition or deletion at
 * the new end still leaves `shorter` matching with one insertion or none).
 */
export function canNarrow(shorter: string, longer: string): boolean {
  // uFuzzy treats "'s" and the like as a required suffix, which an extra letter can undo.
  return longer.startsWith(shorter) && !longer.includes("'");
}

/** The uFuzzy settings the prefilter matches with (and its shortcuts must agree with). */
export const MATCHER_OPTIONS: uFuzzy.Options = {
  // SingleError: one substitution, transposition, insertion or deletion per term ("earthqauke").
  intraMode: 1,
  intraRules: (part) => RULES[ruleClass(part)],
};

// Made on the first fuzzy match, not at start-up: uFuzzy builds an ICU collator when made.
let matcher: uFuzzy | null = null;

/** Indices into `haystacks` (ascending) whose text matches `term`, looking only at `among`. */
function strictMatches(
  haystacks: string[],
  bigrams: BigramIndex,
  term: string,
  among: readonly number[] | null,
): number[] {
  if (among !== null && among.length === 0) return [];
  // Every match holds the term's first two characters as typed (see RULES).
  const withStart = bigrams.eventsWith(term.slice(0, 2), among);
  // Three letters with one error allowed in the third include deleting it: the first two are
  // the whole test.
  const startDecides = term.length === 2 || (term.length === 3 && /^[a-z]{3}$/.test(term));
  if (withStart !== null && (startDecides || withStart.length === 0)) return withStart;
  const scan = withStart ?? among;
  const latin = /^[a-z\d']+$/.test(term);
  if (!latin || (!term.includes("'") && termParts(term).every((part) => ruleClass(part) === 'exact'))) {
    // What uFuzzy would match, without its case-insensitive regex: the haystacks are folded.
    // uFuzzy only knows a–z, so words in other scripts are matched exactly too.
    const found: number[] = [];
    if (scan === null) haystacks.forEach((text, i) => text.includes(term) && found.push(i));
    else for (const i of scan) if (haystacks[i]!.includes(term)) found.push(i);
    return found;
  }
  // uFuzzy only reads the index list; its type just does not say so.
  matcher ??= new uFuzzy(MATCHER_OPTIONS);
  return matcher.filter(haystacks, term, scan === null ? undefined : (scan as number[])) ?? [];
}

// A term must be this long before its halves are specific enough to be worth trying.
const FALLBACK_MIN_LENGTH = 5;

/**
 * When a term matches nothing even with one typo, events containing either half of it: a word
 * with two typos usually keeps one half intact. The ranking stage decides which are real.
 */
function fallbackMatches(haystacks: readonly string[], term: string, among: readonly number[] | null): number[] {
  if (term.length < FALLBACK_MIN_LENGTH) return [];
  const head = term.slice(0, Math.ceil(term.length / 2));
  const tail = term.slice(Math.floor(term.length / 2));
  const found: number[] = [];
  const test = (i: number): void => {
    const text = haystacks[i]!;
    if (text.includes(head) || text.includes(tail)) found.push(i);
  };
  if (among === null) for (let i = 0; i < haystacks.length; i++) test(i);
  else for (const i of among) test(i);
  return found;
}

interface TermStep {
  term: string;
  /** Matches of this term, with at most one typo, among the previous step's matches. */
  strict: number[];
  /** `strict`, or the fallback when `strict` is empty: what later terms narrow from. */
  matches: number[];
}

export interface Prefilter {
  /**
   * Events (ascending indices) matching every term, restricted to `among` (null: all events).
   * `amongKey` names `among`; a new key drops what earlier keystrokes computed.
   */
  matches(terms: readonly string[], among: readonly number[] | null, amongKey: string): number[];
}

/**
 * A prefilter over folded haystacks. It remembers one step per term of the previous query,
 * so typing reuses the earlier terms' results and narrows the growing last term, and
 * backspace or an edit recomputes only from the first term that changed.
 */
export function createPrefilter(haystacks: string[]): Prefilter {
  const bigrams = buildBigramIndex(haystacks);
  let previousKey: string | null = null;
  let previousSteps: TermStep[] = [];

  return {
    matches(terms, among, amongKey) {
      const reusable = previousKey === amongKey ? previousSteps : [];
      const steps: TermStep[] = [];
      let unchanged = true;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        const input = i === 0 ? among : steps[i - 1]!.matches;
        const before = reusable[i];
        if (unchanged && before !== undefined && before.term === term) {
          steps.push(before);
          continue;
        }
        const narrowed = unchanged && before !== undefined && canNarrow(before.term, term);
        unchanged = false;
        const strict = strictMatches(haystacks, bigrams, term, narrowed ? before.strict : input);
        const matches = strict.length > 0 ? strict : fallbackMatches(haystacks, term, input);
        steps.push({ term, strict, matches });
      }
      previousKey = amongKey;
      previousSteps = steps;
      return steps.length === 0 ? [...(among ?? haystacks.keys())] : steps[steps.length - 1]!.matches;
    },
  };
}
