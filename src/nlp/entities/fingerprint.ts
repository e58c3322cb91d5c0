// The fingerprint of the feature templates a model was trained with. A weight row is found by the
// hash of its feature; add, drop or reorder a template, or change what one computes, and every
// hash after it moves: the old model would then tag with weights that belong to other features,
// silently and badly. The model file stores this fingerprint and the loader refuses a mismatch.
//
// It hashes two things: the template list (names and widths, FEATURE_TEMPLATES), and the features
// extracted from a fixed probe sentence with a fixed probe lexicon and its document cues, which
// catches a change in what a template computes (a suffix length, a head-noun list, a cue word)
// that nobody wrote into the list.
import { documentCues } from './document-cues.js';
import { extractFeatures, FeatureBuffers, FEATURE_TEMPLATES, mix, type Lexicon } from './features.js';
import { addToGazetteer, wordHash } from './lexicon.js';
import { tokenize } from './tokens.js';

// Words that reach every kind of template: a title, a person word, a gazetteer name, a head noun,
// a particle, a headline in capitals, digits, hyphens, quotes and a possessive.
const PROBE_TEXT =
  'Mr. John al-Smith told the Ministry of Oil in New York on 12-3 that "Acme Corp" shares fell.\n' +
  'ACME CORP SHARES FALL IN NEW YORK\n' +
  "Smith's Green Zone office, van der Berg said: oil rebels fight near the river.";

function probeLexicon(): Lexicon {
  const gazetteer = new Map<number, number>();
  addToGazetteer(gazetteer, 'New York', 'CITY');
  addToGazetteer(gazetteer, 'Acme Corp', 'ORG');
  addToGazetteer(gazetteer, 'John', 'PER');
  return { gazetteer, personWords: new Set(['john', 'smith', 'berg'].map(wordHash)) };
}

/** The fingerprint of `templates` as this build extracts them: a non-zero 32-bit number. */
export function featureFingerprint(templates: typeof FEATURE_TEMPLATES = FEATURE_TEMPLATES): number {
  let h = 0x6e657231;
  for (const [name, count] of templates) {
    for (let k = 0; k < name.length; k++) h = mix(h, name.charCodeAt(k));
    h = mix(h, count);
  }
  const lexicon = probeLexicon();
  const sentences = PROBE_TEXT.split('\n');
  let from = 0;
  const tokenised = sentences.map((line) => {
    const tokens = tokenize(PROBE_TEXT, from, from + line.length);
    from += line.length + 1;
    return tokens;
  });
  const cues = documentCues(PROBE_TEXT, tokenised, lexicon.personWords);
  const buffers = new FeatureBuffers();
  for (const tokens of tokenised) {
    const n = tokens.starts.length;
    extractFeatures(PROBE_TEXT, tokens.starts, tokens.ends, n, lexicon, buffers, cues);
    for (let k = 0; k < n * FeatureBuffers.perToken; k++) h = mix(h, buffers.features[k]!);
  }
  return h >>> 0;
}

let current: number | undefined;

/** This build's fingerprint, computed once (a few hundred microseconds). */
export function currentFeatureFingerprint(): number {
  current ??= featureFingerprint();
  return current;
}
