import type { Article } from '../types.js';
import { analyzeArticle } from '../nlp/index.js';
import { articleBudgetFor, BudgetExceeded, failureReason, withinBudget } from './budget.js';
import { toRecord, type AnalysisRecord } from './record.js';

/** What analysis reads of an article: its text and its date (times resolve against it). */
export type AnalysisInput = Pick<Article, 'text' | 'date'>;

/** What became of one article: its analysis, or why it has none (a problem line's reason). */
export type AnalysisOutcome = { record: AnalysisRecord } | { skipped: string };

export interface BatchOptions {
  /** Called as each article's analysis starts, with its index in the batch. */
  onArticle?: (index: number) => void;
  /** Interrupts an article's analysis in this thread after this long (worker threads are
   * watched from outside instead: they can be terminated). */
  budgetMs?: number;
}

export function analyzeInput({ text, date }: AnalysisInput): AnalysisRecord {
  return toRecord(
    analyzeArticle({ id: '', path: '', date, dateSource: date === null ? 'none' : 'header', title: '', text }),
  );
}

/** Each article analysed on its own: one that throws or runs past the budget is skipped with its
 * reason and the others are analysed as usual. */
export function analyzeBatch(articles: readonly AnalysisInput[], options: BatchOptions = {}): AnalysisOutcome[] {
  const { onArticle, budgetMs } = options;
  return articles.map((article, index) => {
    onArticle?.(index);
    try {
      const record =
        budgetMs === undefined
          ? analyzeInput(article)
          : withinBudget(() => analyzeInput(article), articleBudgetFor(budgetMs, article.text.length));
      return { record };
    } catch (error) {
      return { skipped: error instanceof BudgetExceeded ? error.message : failureReason(error) };
    }
  });
}
