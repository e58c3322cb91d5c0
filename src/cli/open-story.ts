import { basename, resolve } from 'node:path';
import type { LoadResult, Story } from '../types.js';
import { loadCorpus } from '../corpus/index.js';
import {
  AnalysisCache, bundledWorkerFile, streamStory, type AnalysisProgress, type StoryStream, type StreamOptions,
} from '../pipeline/index.js';

export { assembleStory } from '../pipeline/index.js';

/** A name for the header: the folder or file opened, or how many. */
export function storyName(paths: readonly string[]): string {
  if (paths.length === 0) return 'seeds';
  if (paths.length === 1) return basename(resolve(paths[0]!)) || paths[0]!;
  return `${basename(resolve(paths[0]!))} +${paths.length - 1}`;
}

export interface OpenOptions {
  /** Read and write the analysis cache (default: unless --no-cache or NEWS_TUI_NO_CACHE=1). */
  cache?: boolean;
  /** Show analysis progress on stderr (default: when stderr is a terminal). */
  progress?: boolean;
}

// Stop-gap for callers that do not pass `cache` yet: the same rule as src/cli/args.ts.
function cacheWanted(): boolean {
  return process.env.NEWS_TUI_NO_CACHE !== '1' && !process.argv.includes('--no-cache');
}

/** Set by scripts/bundle.mjs to a hash of the sources, so a new build never reuses an old
 * build's assembled stories; unset when running from src/, where the story cache is off. */
function buildId(): string | null {
  return process.env.NEWS_TUI_BUILD ?? null;
}

/** Starts analysing a loaded corpus; updates arrive through `options.onUpdate`. */
export function startStory(
  load: LoadResult,
  name: string,
  cache: boolean,
  options: Pick<StreamOptions, 'onUpdate' | 'onProgress' | 'updateMs'> = {},
): StoryStream {
  return streamStory(load, {
    name,
    cache: cache ? new AnalysisCache() : null,
    build: buildId(),
    workerFile: bundledWorkerFile(),
    ...options,
  });
}

const count = (n: number): string => n.toLocaleString('en-US');

/** "analysing 1,200/10,000 articles, 850/s, 10 s left" */
export function progressText({ done, total, rate }: AnalysisProgress): string {
  const left = rate > 0 ? `, ${Math.ceil((total - done) / rate)} s left` : '';
  return `analysing ${count(done)}/${count(total)} articles, ${Math.round(rate)}/s${left}`;
}

/** One self-overwriting stderr line, redrawn at most every 100 ms, erased at the end. */
function stderrProgress(): { show: (p: AnalysisProgress) => void; clear: () => void } {
  let last = 0;
  let shown = false;
  return {
    show(p) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\u001B[Knews-tui: ${progressText(p)}`);
    },
    clear() {
      if (shown) process.stderr.write('\r\u001B[K');
    },
  };
}

export async function openStory(paths: readonly string[], name = storyName(paths), options: OpenOptions = {}): Promise<Story> {
  const load = await loadCorpus([...paths]);
  const progress = (options.progress ?? process.stderr.isTTY === true) ? stderrProgress() : null;
  const stream = startStory(load, name, options.cache ?? cacheWanted(), { updateMs: 0, onProgress: progress?.show });
  const story = await stream.done;
  progress?.clear();
  return story;
}
