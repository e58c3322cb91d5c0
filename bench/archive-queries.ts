// Full-text queries for bench:archive, drawn from the corpus's own text so every one can match:
// single words and two-word pairs that stand side by side in an article, spread from common
// ("government") to rare (a handful of articles), as a reader's searches are. Deterministic.
import type { SourceArticle } from './perf-corpus.js';

const STOP = new Set(
  (
    'that this with from have were said will would their there they been which about after ' +
    'when what more than also into other some could over them only then these those most such ' +
    'where while being because should very just like does year years time percent told says'
  ).split(' '),
);

/** Lower-case words of four letters or more, in order. */
function words(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z]{4,}/g)) found.push(match[0]);
  return found;
}

/** `count` items spread evenly over `ranked` (most frequent first). */
function spread<T>(ranked: T[], count: number): T[] {
  if (ranked.length <= count) return ranked;
  return Array.from({ length: count }, (_, i) => ranked[Math.floor((i * (ranked.length - 1)) / (count - 1))]!);
}

/** `singles` words and `pairs` adjacent word pairs, each found in at least two source articles. */
export function benchQueries(sources: readonly SourceArticle[], singles = 30, pairs = 20): string[] {
  const wordDf = new Map<string, number>();
  const pairDf = new Map<string, number>();
  for (const { text } of sources) {
    const list = words(text);
    const seenWords = new Set(list.filter((w) => !STOP.has(w)));
    const seenPairs = new Set<string>();
    for (let i = 1; i < list.length; i++) {
      if (!STOP.has(list[i - 1]!) && !STOP.has(list[i]!) && list[i - 1] !== list[i])
        seenPairs.add(`${list[i - 1]} ${list[i]}`);
    }
    for (const w of seenWords) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
    for (const p of seenPairs) pairDf.set(p, (pairDf.get(p) ?? 0) + 1);
  }
  const ranked = (df: Map<string, number>): string[] =>
    [...df]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([term]) => term);
  return [...spread(ranked(wordDf), singles), ...spread(ranked(pairDf), pairs)];
}
