// How much input news-tui takes on at once, from the memory it may use. Loading is cheap (a feed
// or export peaks at ~6× its size while parsed, bench/corpus-memory.ts); analysing and assembling
// what was loaded is not: the whole pipeline peaked at 415 MB for 10 MB of JSON Lines and at
// 1,046 MB for 30 MB (`/usr/bin/time -f %M node bin/news-tui.js events --json FILE`), about
// 32 bytes per byte of input on ~100 MB of program. A 250 MB feed would need ~8 GB, so it is
// refused with a line saying why, rather than taking the machine down an hour later.

/** What news-tui plans to use by default: what a 2-core, 4 GB machine can spare. */
export const DEFAULT_MEMORY_MB = 2048;
/** Peak memory per byte of input, over loading, analysis and assembly (measured above). */
const MEMORY_PER_INPUT_BYTE = 32;
/**
 * What one article costs beyond its bytes, counted as input: its objects, analysis and rows take
 * about 3.5 KB however short it is (300,000 one-word JSON Lines records, 16.9 MB, peaked at
 * 1.06 GB), which 32 bytes a byte does not cover for short records.
 */
export const ARTICLE_INPUT_BYTES = 112;
/** The program itself: code, models, the UI. */
const PROGRAM_MB = 100;
/** However small the budget, an ordinary article or two still open. */
const MIN_INPUT_MB = 4;
const MB = 1024 * 1024;

/** The memory budget in MB: NEWS_TUI_MEMORY_MB when it is a positive number, else the default. */
export function memoryBudgetMb(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.NEWS_TUI_MEMORY_MB);
  return Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MEMORY_MB;
}

/** How many bytes of input fit in the budget: the cap for one feed or export, and for a whole corpus. */
export function inputBudgetBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = (memoryBudgetMb(env) - PROGRAM_MB) / MEMORY_PER_INPUT_BYTE;
  return Math.floor(Math.max(MIN_INPUT_MB, mb) * MB);
}

/** "61 MB", "100.5 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Why a file or a corpus is over `budget` bytes of input, in the words of a problem line. */
export function overBudget(budget: number, env: NodeJS.ProcessEnv = process.env): string {
  return `news-tui analyses up to ${megabytes(budget)} of input in its memory budget of ${memoryBudgetMb(env)} MB; split the input, or set NEWS_TUI_MEMORY_MB higher`;
}
