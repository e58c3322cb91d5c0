import type { LoadResult, Story } from '../types.js';
import {
  AnalysisCache,
  bundledWorkerFile,
  corpusKey,
  readCorpusPack,
  snapshotFiles,
  streamStory,
  writeCorpusPack,
  type AnalysisProgress,
  type StoryStream,
  type StreamOptions,
} from '../pipeline/index.js';
import { storyName } from './story-name.js';
import { formatCount } from '../ui/count.js';

export { assembleStory } from '../pipeline/index.js';

export interface OpenOptions {
  /** Read and write the analysis cache (default: unless --no-cache or NEWS_TUI_NO_CACHE=1). */
  cache?: boolean;
  /** Show analysis progress on stderr (default: when stderr is a terminal). */
  progress?: boolean;
}

/** Set by scripts/bundle.mjs to a hash of the sources, so a new build never reuses an old
 * build's assembled stories; unset when running from src/, where the story cache is off. */
function buildId(): string | null {
  return process.env.NEWS_TUI_BUILD ?? null;
}

export interface OpenedStory {
  /** The articles and problems, loaded or (unchanged since last time) read back from the cache. */
  load: LoadResult;
  stream: StoryStream;
}

/**
 * Loads a corpus and starts analysing it; updates arrive through `options.onUpdate`. With the
 * cache, an unchanged corpus is read back whole instead of loaded, and a loaded one is stored
 * for next time (the stream's `saved` covers that write too).
 */
export async function beginStory(
  paths: readonly string[],
  name: string,
  cache: boolean,
  options: Pick<StreamOptions, 'onUpdate' | 'onProgress' | 'updateMs'> & {
    /** Files read of those listed, while a corpus not cached is read (before any analysis). */
    onReading?: (done: number, total: number) => void;
  } = {},
): Promise<OpenedStory> {
  const analysisCache = cache ? new AnalysisCache() : null;
  const build = buildId();
  const files = analysisCache && build !== null ? snapshotFiles(paths) : null;
  const key = files && build !== null ? corpusKey(build, paths) : null;
  const packed = key !== null ? readCorpusPack(analysisCache!, key, files!) : null;
  // The loaders (YAML, XML and HTML parsers among them) are only evaluated when files are read.
  const { onReading, ...streamOptions } = options;
  const load = packed ?? (await (await import('../corpus/index.js')).loadCorpus([...paths], { onProgress: onReading }));
  const stream = streamStory(load, {
    name,
    cache: analysisCache,
    build,
    workerFile: bundledWorkerFile(),
    ...streamOptions,
  });
  if (key === null || packed) return { load, stream };
  const saved = stream.saved.then(() => writeCorpusPack(analysisCache!, key, files!, load).catch(() => undefined));
  return {
    load,
    stream: {
      done: stream.done,
      saved,
      async stop() {
        await stream.stop();
        await saved;
      },
    },
  };
}

/** "analysing 1,200/10,000 articles, 850/s, 10 s left" */
export function progressText({ done, total, rate }: AnalysisProgress): string {
  const left = rate > 0 ? `, ${Math.ceil((total - done) / rate)} s left` : '';
  return `analysing ${formatCount(done)}/${formatCount(total)} articles, ${Math.round(rate)}/s${left}`;
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

export async function openStory(
  paths: readonly string[],
  name = storyName(paths),
  options: OpenOptions = {},
): Promise<Story> {
  const progress = (options.progress ?? process.stderr.isTTY === true) ? stderrProgress() : null;
  const { stream } = await beginStory(paths, name, options.cache ?? process.env.NEWS_TUI_NO_CACHE !== '1', {
    updateMs: 0,
    onProgress: progress?.show,
  });
  const story = await stream.done;
  progress?.clear();
  return story;
}
