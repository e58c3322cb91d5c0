// The analysis cache, under $XDG_CACHE_HOME/news-tui (else ~/.cache/news-tui):
//
//   analysis-v<ANALYZER_VERSION>/<xx>.jsonl   per-article records, sharded by the first two hex
//                                             digits of the article id; one line per article,
//                                             `key<TAB>record-json`
//   stories-v<ANALYZER_VERSION>/<hash>.json   a whole assembled corpus (merged records, timeline,
//                                             entities, key dates), keyed by the build and by
//                                             every article's key and path
//   corpora-v<ANALYZER_VERSION>/<hash>.json   the loaded articles and problems of the paths
//                                             opened, with every file's size and time, so an
//                                             unchanged corpus is not even parsed (corpus-pack.ts)
//
// A corpus reopened unchanged is one file read (no analysis, no merging, no timeline build); a
// changed corpus re-analyses only the articles whose key is missing. A key is the article id (a
// hash of its text) plus its publication date, since times are resolved against that date.
//
// Every file is written whole to a temporary name and renamed into place, so a reader sees the
// old file or the new one, never a torn one. Two instances writing the same shard at once can
// lose each other's new lines (the last rename wins); those articles are simply analysed again
// next time. A damaged line or file is a miss, never an error.
//
// Size: after each write, files beyond NEWS_TUI_CACHE_MB (default 256 MB) are deleted oldest
// first by modification time; reads touch what they use, so this is least recently used.
import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article, EntitySummary, KeyDate, TimelineEvent } from '../types.js';
import { ANALYZER_VERSION } from '../nlp/index.js';
import { isRecord, type AnalysisRecord } from './record.js';

export const DEFAULT_CACHE_MB = 256;
const STORY_FORMAT = 1;
// About 10 ms of serialising between turns of the event loop.
const RECORDS_PER_TURN = 200;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
// A temporary file this old belongs to a writer that died; younger ones may still be renamed.
const STALE_TEMP_MS = 10 * 60 * 1000;

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'news-tui');
}

export function cacheLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.NEWS_TUI_CACHE_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_CACHE_MB) * 1024 * 1024;
}

/** What an article's analysis depends on: its text (the id hashes it) and its date. */
export function analysisKey(article: Pick<Article, 'id' | 'date'>): string {
  return `${article.id}@${article.date ?? 'undated'}`;
}

/** The kinds of whole-corpus file, each in its own folder. */
export type PackKind = 'stories' | 'corpora';

/** A whole assembled corpus, as stored. */
export interface StoryPack {
  keys: string[];
  records: AnalysisRecord[];
  timeline: TimelineEvent[];
  entities: EntitySummary[];
  keyDates: KeyDate[];
}

/**
 * Creates `dir` and any missing parents. Node's own `mkdirSync(dir, {recursive: true})` never
 * returns under /proc (mkdir there answers ENOENT for ever); this gives up instead: one retry per
 * level, then the error.
 */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    ensureDir(parent);
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}

/** Writes `data` to `path` atomically: a temporary file in the same folder, then a rename, so
 * a reader sees the old file or the new one, never half. `durable` also fsyncs the data before
 * the rename (a user's export), which a cache that can be rebuilt does without. */
export function writeAtomically(path: string, data: string, { durable = false }: { durable?: boolean } = {}): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    if (durable) {
      const fd = openSync(temporary, 'w', 0o644);
      try {
        writeSync(fd, data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } else {
      writeFileSync(temporary, data);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never created
    }
    throw error;
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // gone meanwhile: nothing to keep fresh
  }
}

/** Raw lines of a shard by key; a line that does not parse is dropped here or at `get`. */
function parseShard(text: string | null): Map<string, string> {
  const lines = new Map<string, string>();
  if (text === null) return lines;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return lines;
}

export class AnalysisCache {
  readonly root: string;
  private readonly analysisDir: string;
  private readonly shards = new Map<string, Map<string, string>>();
  private readonly pending = new Map<string, Map<string, string>>();

  constructor(
    root: string = defaultCacheDir(),
    private readonly limitBytes: number = cacheLimitBytes(),
  ) {
    this.root = root;
    this.analysisDir = join(root, `analysis-v${ANALYZER_VERSION}`);
  }

  private shardName(key: string): string {
    return /^[0-9a-f]{2}/.test(key) ? key.slice(0, 2) : 'other';
  }

  private shard(name: string): Map<string, string> {
    let lines = this.shards.get(name);
    if (!lines) {
      const path = join(this.analysisDir, `${name}.jsonl`);
      lines = parseShard(readText(path));
      if (lines.size) touch(path);
      this.shards.set(name, lines);
    }
    return lines;
  }

  /** The stored record for `key`, or undefined (missing or damaged). */
  get(key: string): AnalysisRecord | undefined {
    const raw = this.shard(this.shardName(key)).get(key);
    if (raw === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      return isRecord(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Queues a record; nothing is written until `flush`, and `get` does not see it before. */
  put(key: string, record: AnalysisRecord): void {
    this.putRaw(key, JSON.stringify(record));
  }

  /** `put` for a record already serialised. */
  putRaw(key: string, raw: string): void {
    const name = this.shardName(key);
    let lines = this.pending.get(name);
    if (!lines) this.pending.set(name, (lines = new Map()));
    lines.set(key, raw);
  }

  get pendingCount(): number {
    let n = 0;
    for (const lines of this.pending.values()) n += lines.size;
    return n;
  }

  /** Writes queued records; each shard is re-read first so other instances' lines survive. */
  flush(): void {
    for (const name of [...this.pending.keys()]) this.flushShard(name);
    this.prune();
  }

  /** `flush`, one shard per turn of the event loop, so input is handled in between. */
  async flushGradually(): Promise<void> {
    for (const name of [...this.pending.keys()]) {
      this.flushShard(name);
      await nextTurn();
    }
    this.prune();
  }

  private flushShard(name: string): void {
    const added = this.pending.get(name);
    if (!added) return;
    ensureDir(this.analysisDir);
    const path = join(this.analysisDir, `${name}.jsonl`);
    const lines = parseShard(readText(path));
    for (const [key, raw] of added) lines.set(key, raw);
    let text = '';
    for (const [key, raw] of lines) text += `${key}\t${raw}\n`;
    writeAtomically(path, text);
    this.pending.delete(name);
  }

  /** A pack file's parsed contents (touched, so it counts as recently used), or null. */
  readPack(kind: PackKind, key: string): unknown {
    const path = join(this.root, `${kind}-v${ANALYZER_VERSION}`, `${key}.json`);
    const text = readText(path);
    if (text === null) return null;
    try {
      const value: unknown = JSON.parse(text);
      touch(path);
      return value;
    } catch {
      return null;
    }
  }

  /**
   * Writes `{...head, [listName]: items}` atomically; the items are serialised one at a time,
   * never joined into one string, and every RECORDS_PER_TURN of them the event loop gets a turn.
   */
  async writePack(
    kind: PackKind,
    key: string,
    head: Record<string, unknown>,
    listName: string,
    items: Iterable<unknown>,
  ): Promise<void> {
    const dir = join(this.root, `${kind}-v${ANALYZER_VERSION}`);
    ensureDir(dir);
    const path = join(dir, `${key}.json`);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      const opening = JSON.stringify(head).slice(0, -1);
      writeSync(fd, `${opening}${opening.length > 1 ? ',' : ''}${JSON.stringify(listName)}:[`);
      let written = 0;
      for (const item of items) {
        writeSync(fd, (written === 0 ? '' : ',') + JSON.stringify(item));
        if (++written % RECORDS_PER_TURN === 0) await nextTurn();
      }
      writeSync(fd, ']}');
      closeSync(fd);
      renameSync(temporary, path);
    } catch (error) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(temporary);
      } catch {
        // never created
      }
      throw error;
    }
    this.prune();
  }

  readStory(storyKey: string, keys: readonly string[]): StoryPack | null {
    const value = this.readPack('stories', storyKey) as (Partial<StoryPack> & { format?: unknown }) | null;
    if (
      !value ||
      value.format !== STORY_FORMAT ||
      !Array.isArray(value.keys) ||
      value.keys.length !== keys.length ||
      value.keys.some((k, i) => k !== keys[i]) ||
      !Array.isArray(value.records) ||
      value.records.length !== keys.length ||
      !Array.isArray(value.timeline) ||
      !Array.isArray(value.entities) ||
      !Array.isArray(value.keyDates)
    )
      return null;
    return value.records.every(isRecord) ? (value as StoryPack) : null;
  }

  /** Stores a whole story, a few records per turn of the event loop. */
  writeStory(storyKey: string, pack: Omit<StoryPack, 'records'>, records: Iterable<AnalysisRecord>): Promise<void> {
    const { keys, timeline, entities, keyDates } = pack;
    return this.writePack(
      'stories',
      storyKey,
      { format: STORY_FORMAT, keys, timeline, entities, keyDates },
      'records',
      records,
    );
  }

  /** Deletes least recently used files until the cache fits its limit; never throws. */
  prune(limitBytes: number = this.limitBytes): void {
    const files: Array<{ path: string; size: number; used: number }> = [];
    const now = Date.now();
    let folders: string[];
    try {
      folders = readdirSync(this.root);
    } catch {
      return;
    }
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(join(this.root, folder));
      } catch {
        continue;
      }
      for (const name of names) {
        const path = join(this.root, folder, name);
        try {
          const info = statSync(path);
          if (!info.isFile()) continue;
          if (name.endsWith('.tmp')) {
            if (now - info.mtimeMs > STALE_TEMP_MS) unlinkSync(path);
            continue;
          }
          files.push({ path, size: info.size, used: info.mtimeMs });
        } catch {
          // removed by another instance meanwhile
        }
      }
    }
    let total = files.reduce((sum, f) => sum + f.size, 0);
    if (total <= limitBytes) return;
    files.sort((a, b) => a.used - b.used);
    for (const file of files) {
      if (total <= limitBytes) break;
      try {
        unlinkSync(file.path);
      } catch {
        // already gone
      }
      total -= file.size;
    }
    this.shards.clear();
  }
}

/** Names a corpus for the story cache: the build that assembled it, and each article's key and path. */
export function storyKey(build: string, articles: ReadonlyArray<Pick<Article, 'id' | 'date' | 'path'>>): string {
  const hash = createHash('sha1').update(`${build}\0${ANALYZER_VERSION}\0`);
  for (const article of articles) hash.update(`${analysisKey(article)}\0${article.path}\n`);
  return hash.digest('hex');
}
