// Word features for telling whether two sentences tell the same happening.

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about against between into through ' +
    'during before after above below over under again further then once here there when where why how all any both ' +
    'each few more most other some such no not only own same than too very can will just should would could may might ' +
    'must shall is are was were be been being have has had having do does did doing i me my we our you your he him his ' +
    'she her it its they them their what which who whom this that these those am as until while up down out off also ' +
    'said says say told according new one two three last first since year years day days week weeks month months ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'january february march april may june july august september october november december mr mrs ms percent'
  ).split(' '),
);

// Crude prefix stemming: "declared", "declares" and "declaration" share "declar"; cheap and
// language-agnostic enough for news prose, and it only has to hold within one date bucket.
const STEM_LENGTH = 6;

/** Content-word stems of a text, each once. */
export function contentStems(text: string): string[] {
  const stems = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    stems.add(word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word.replace(/s$/, ''));
  }
  return [...stems];
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [k, x] of a) {
    normA += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) normB += y * y;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** FNV-1a over the text, twice with different offsets, as 16 hex digits: a stable short id. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
