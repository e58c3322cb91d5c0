// How long one article's analysis may take. Analysis is synchronous code over text a stranger
// wrote: a rule that backtracks on some run of punctuation can take minutes on 130 characters.
// Past the budget the article is skipped and named as a problem, and the rest of the corpus
// goes on. In a worker thread the worker is terminated and replaced (src/pipeline/pool.ts); in
// this thread the analysis runs under V8's script timeout, which interrupts even a regular
// expression in the middle of its backtracking (a watchdog thread terminates the running
// script; the isolate then carries on with the next article).
import vm from 'node:vm';

/** Three seconds: a hundred times what a long article takes (bench/perf.ts), and short enough
 * that a few hostile articles in a corpus delay it by seconds, not minutes. */
export const DEFAULT_ARTICLE_BUDGET_MS = 3000;

/** The budget: NEWS_TUI_ARTICLE_BUDGET_MS (milliseconds, a positive number) or the default. */
export function articleBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.NEWS_TUI_ARTICLE_BUDGET_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_ARTICLE_BUDGET_MS;
}

/**
 * What one article's analysis may take: the budget, and more for a long text. Analysis is linear
 * in the text, 1–5 µs a character on one core (2.3 s for a megabyte of news, 4.7 for one dense
 * with names and dates); a long article gets four to ten times that on top (20 ms a KB), so it is never skipped for its length alone, nor because the machine
 * is busy with other work (the budget is wall time), while a rule gone super-linear still is.
 */
export const BUDGET_MS_PER_KB = 20;

export function articleBudgetFor(budgetMs: number, textLength: number): number {
  return budgetMs + (Math.max(0, textLength) / 1024) * BUDGET_MS_PER_KB;
}

/** "3 s", "2.5 s", "50 ms" */
function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

/** The problem an article over budget is named with. */
export function overBudgetReason(budgetMs: number): string {
  return `analysis took longer than ${duration(budgetMs)}: skipped`;
}

/** The problem an article whose analysis threw (or ran out of memory) is named with: one line,
 * the error's name and first line, never a stack of bundled code. */
export function failureReason(error: unknown): string {
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'analysis ran out of memory: skipped';
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.split('\n', 1)[0]!.trim();
  return `analysis failed (${line.length > 120 ? `${line.slice(0, 119)}…` : line}): skipped`;
}

export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(overBudgetReason(budgetMs));
    this.name = 'BudgetExceeded';
  }
}

let context: vm.Context | null = null;
let call: vm.Script | null = null;

/** `work()`, interrupted with BudgetExceeded once it has run `budgetMs`. Costs about 0.1 ms a call
 * (the watchdog thread), so it wraps whole articles, not sentences. */
export function withinBudget<T>(work: () => T, budgetMs: number): T {
  context ??= vm.createContext({ work: null });
  call ??= new vm.Script('work()');
  context.work = work;
  try {
    return call.runInContext(context, { timeout: Math.max(1, Math.ceil(budgetMs)) }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new BudgetExceeded(budgetMs);
    throw error;
  } finally {
    context.work = null;
  }
}
