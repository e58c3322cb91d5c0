// The real analyser with planted faults, for budget tests: an article holding HANG runs a
// regular expression that backtracks for longer than any test waits, one holding THROW throws
// an error whose message spans lines as a bundled stack would, one holding SLOW takes a while. Mocked in place of src/nlp's
// analyzeArticle in this thread, and bundled into a test worker (planted-nlp.ts).
import type { AnalyzedArticle, Article } from '../../src/types.js';

export const HANG = 'HANG';
export const THROW = 'THROW';
/** An article holding SLOW takes SLOW_MS of wall time, however busy the machine. */
export const SLOW = 'SLOW';
export const SLOW_MS = 400;

// The very pattern the linter forbids in src/: exponential on a run of 'a' and a mismatch.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const CATASTROPHIC = /^(?:a+b?)+$/;

export function planted(analyzeArticle: (article: Article) => AnalyzedArticle) {
  return (article: Article): AnalyzedArticle => {
    if (article.text.includes(HANG)) CATASTROPHIC.test(`${'a'.repeat(60)}!`);
    if (article.text.includes(SLOW)) {
      const until = Date.now() + SLOW_MS;
      while (Date.now() < until);
    }
    if (article.text.includes(THROW))
      throw new RangeError('Invalid string length\n    at Yi (/dist/analysis-worker.mjs:1:2345)');
    return analyzeArticle(article);
  };
}
