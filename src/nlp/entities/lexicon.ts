// Building gazetteers: names are tokenised and hashed exactly as the tagger will see them.
import { GAZETTEER_LISTS, lowerWordHash, sequenceHash, MAX_GAZETTEER_WORDS } from './features.js';
import { tokenize } from './tokens.js';

export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

/** Adds `name` to `list` in the gazetteer map (hash of its lowercased words → list bits). */
export function addToGazetteer(gazetteer: Map<number, number>, name: string, list: GazetteerList): void {
  const key = nameHash(name);
  if (key === null) return;
  gazetteer.set(key, (gazetteer.get(key) ?? 0) | (1 << GAZETTEER_LISTS.indexOf(list)));
}

/** The gazetteer key of a name, or null when it has no words or too many. */
export function nameHash(name: string): number | null {
  const tokens = tokenize(name);
  const n = tokens.starts.length;
  if (n === 0 || n > MAX_GAZETTEER_WORDS) return null;
  const words = new Uint32Array(n);
  for (let k = 0; k < n; k++) words[k] = lowerWordHash(name, tokens.starts[k]!, tokens.ends[k]!);
  return sequenceHash(words, 0, n);
}

export function wordHash(word: string): number {
  return lowerWordHash(word, 0, word.length);
}
