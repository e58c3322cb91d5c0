// What a reader has done: articles read and events bookmarked, kept across runs under
// `$XDG_STATE_HOME/news-tui/state.json` (else `~/.local/state/news-tui`). Writes are atomic and
// a corrupt file is moved aside, never silently overwritten.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { TimelineEvent } from '../types.js';
import { sanitizeLine } from '../corpus/sanitize.js';

/** A bookmarked event, with a copy of what it said so it survives re-analysis changing ids. */
export interface Bookmark {
  eventId: string;
  date: string;
  summary: string;
  /** ISO time the bookmark was made. */
  createdAt: string;
  /**
   * The corpus it was made in (its name); absent on bookmarks saved before corpora were told
   * apart, which are offered wherever their event is found.
   */
  corpus?: string;
}

/** Where the timeline was left in a corpus: its event, with a copy to find it after re-analysis. */
export interface Place {
  corpus: string;
  eventId: string;
  date: string;
  summary: string;
}

export interface AppState {
  version: 1;
  /** Ids of read articles (`Article.id`), sorted. */
  read: string[];
  /** Newest first. */
  bookmarks: Bookmark[];
  /**
   * The last place in each corpus, one per corpus. Optional (no version change): a state saved
   * before has none, and is read as it was.
   */
  places?: Place[];
  /** The command lines run (`:`), oldest first. */
  commands?: string[];
}

export interface StateLoad {
  state: AppState;
  /** Set when the file could not be used; say it to the user. */
  warning?: string;
  /**
   * Set when a state file is there but could be neither read nor moved aside: saving would write
   * over what may be the reader's only copy, so nothing is saved.
   */
  keep?: true;
}

export const STATE_FILE = 'state.json';

export function emptyState(): AppState {
  return { version: 1, read: [], bookmarks: [] };
}

// Checked by hand rather than with zod: the state is read at every start, and a schema
// library's load time would be paid for three fields.
function shapeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a JSON object';
  const record = raw as Record<string, unknown>;
  if (record.version !== 1) return `unknown version ${JSON.stringify(record.version)}`;
  if (!Array.isArray(record.read) || !record.read.every((id) => typeof id === 'string'))
    return '"read" is not a list of ids';
  if (!Array.isArray(record.bookmarks)) return '"bookmarks" is not a list';
  const bad = record.bookmarks.findIndex((b: unknown) => {
    if (typeof b !== 'object' || b === null) return true;
    const bookmark = b as Record<string, unknown>;
    if (bookmark.corpus !== undefined && typeof bookmark.corpus !== 'string') return true;
    return !['eventId', 'date', 'summary', 'createdAt'].every((key) => typeof bookmark[key] === 'string');
  });
  return bad >= 0 ? `bookmark ${bad + 1} is malformed` : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';

// Places and command history are conveniences: a malformed one is dropped, never a reason to
// move the file (with its bookmarks) aside.
function validPlaces(raw: unknown): Place[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown): Place[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { corpus, eventId, date, summary } = entry as Record<string, unknown>;
    return isString(corpus) && isString(eventId) && isString(date) && isString(summary)
      ? [{ corpus: sanitizeLine(corpus), eventId, date: sanitizeLine(date), summary: sanitizeLine(summary) }]
      : [];
  });
}

// What the file holds is shown on screen (the bookmark list, `:` history): escape sequences and
// controls a hand-edited or hostile file planted go as it is read, as they go from article text.
function validCommands(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter(isString).map(sanitizeLine).filter(Boolean) : [];
}

/** `$XDG_STATE_HOME/news-tui`, else `~/.local/state/news-tui`. */
export function stateDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  // XDG Base Directory spec: a relative XDG_STATE_HOME is invalid and is ignored.
  const base =
    env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(home, '.local', 'state');
  return join(base, 'news-tui');
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Reads the state; a missing file is an empty state. A file that cannot be read or is corrupt is
 * moved aside (renamed, never deleted) with a warning, so the next save cannot replace it; if it
 * cannot be moved either, the load says to keep it and saves write nothing.
 */
export async function loadState(dir: string = stateDir()): Promise<StateLoad> {
  await removeAbandonedTempFiles(dir);
  const file = join(dir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: emptyState() };
    return moveAside(file, 'unreadable', errorText(error));
  }
  const read = parseState(text);
  if ('state' in read) return { state: read.state };
  return moveAside(file, 'corrupt', read.reason);
}

async function moveAside(file: string, kind: 'corrupt' | 'unreadable', reason: string): Promise<StateLoad> {
  const aside = `${file}.${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    return {
      state: emptyState(),
      keep: true,
      warning: `${file} is ${kind} (${reason}) and could not be moved aside: ${errorText(error)}; reading and bookmarks will not be saved`,
    };
  }
  return { state: emptyState(), warning: `${file} was ${kind} (${reason}); moved it to ${aside} and started afresh` };
}

/** State from file text, or why the text is unusable. */
export function parseState(text: string): { state: AppState } | { reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { reason: `invalid JSON: ${errorText(error)}` };
  }
  const problem = shapeProblem(raw);
  if (problem !== null) return { reason: problem };
  const valid = raw as AppState;
  const places = validPlaces(valid.places);
  const commands = validCommands(valid.commands);
  return {
    state: normalise({
      version: 1,
      read: valid.read,
      // Only the known fields, so stray keys in a hand-edited file are not carried forward.
      bookmarks: valid.bookmarks.map(({ eventId, date, summary, createdAt, corpus }) => ({
        eventId,
        date: sanitizeLine(date),
        summary: sanitizeLine(summary),
        createdAt,
        ...(corpus === undefined ? {} : { corpus: sanitizeLine(corpus) }),
      })),
      places,
      commands,
    }),
  };
}

function normalise(state: AppState): AppState {
  // The same place twice for a corpus (a hand-edited file): the first is kept.
  const places = (state.places ?? []).filter((p, i, all) => all.findIndex((q) => q.corpus === p.corpus) === i);
  return {
    version: 1,
    read: [...new Set(state.read)].sort(),
    bookmarks: state.bookmarks,
    ...(places.length ? { places } : {}),
    ...(state.commands?.length ? { commands: state.commands } : {}),
  };
}

function serialise(state: AppState): string {
  return `${JSON.stringify(normalise(state), null, 1)}\n`;
}

const TEMP_FILE = /^\.state\.json\.(\d+)\.[a-z0-9]+\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's.
    return errorCode(error) === 'EPERM';
  }
}

/** Temp files and locks left by writers that were killed mid-save; a live writer's are left alone. */
async function removeAbandonedTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name === LOCK_FILE) {
      if (await lockAbandoned(path)) await unlink(path).catch(() => undefined);
      continue;
    }
    const pid = Number(TEMP_FILE.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || pid === process.pid || processAlive(pid)) continue;
    await unlink(path).catch(() => undefined);
  }
}

// Two instances save in turn: each holds this file (its pid inside) while it reads, merges and
// writes, so neither writes over what the other saved a moment before.
const LOCK_FILE = '.state.json.lock';
const LOCK_WAIT_MS = 2000;
const LOCK_RETRY_MS = 15;

async function lockHolder(lock: string): Promise<number> {
  try {
    return Number.parseInt(await readFile(lock, 'utf8'), 10);
  } catch {
    return NaN;
  }
}

/**
 * True when a lock's holder is gone: its pid is a dead process, or it names none and is older
 * than a lock takes to write (a writer killed between creating it and writing its pid, or one
 * left by an older version that did not remove it when the write failed).
 */
async function lockAbandoned(lock: string): Promise<boolean> {
  const holder = await lockHolder(lock);
  if (!Number.isNaN(holder)) return holder !== process.pid && !processAlive(holder);
  try {
    return Date.now() - (await stat(lock)).mtimeMs > LOCK_WAIT_MS;
  } catch {
    return false;
  }
}

/** Runs `task` holding the lock; after LOCK_WAIT_MS without it (a hung holder), runs anyway. */
async function withLock<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const lock = join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  let held = false;
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch(() => undefined);
  while (!held) {
    let handle;
    try {
      handle = await open(lock, 'wx', 0o600);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') break; // cannot lock here at all: save unlocked
      // A holder that died is cleared; a lock being written this instant names no pid yet, and
      // resolves on retry.
      if (await lockAbandoned(lock)) await unlink(lock).catch(() => undefined);
      else if (Date.now() > deadline) break;
      else await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
      continue;
    }
    try {
      await handle.writeFile(String(process.pid));
      held = true;
    } catch {
      // A full disk (ENOSPC) leaves the lock empty: removed, not left to stall the next save.
      await unlink(lock).catch(() => undefined);
      break;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }
  try {
    return await task();
  } finally {
    if (held) await unlink(lock).catch(() => undefined);
  }
}

function tempName(dir: string): string {
  return join(dir, `.${STATE_FILE}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/**
 * Writes the state atomically: a temp file in the same folder, fsync, rename over state.json,
 * fsync the folder, so a crash at any instant leaves the old file or the new one, never half.
 */
export async function saveState(state: AppState, dir: string = stateDir()): Promise<{ error?: string }> {
  const temp = tempName(dir);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(serialise(state), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, STATE_FILE));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return { error: `cannot save state in ${dir}: ${errorText(error)}` };
  }
  try {
    const folder = await open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename itself has still happened.
  }
  return {};
}

/**
 * This instance's changes (`before` → `after`) applied to `current`, the state as another
 * instance may have saved it since: what either marked read or bookmarked is kept, what this
 * one unmarked or unbookmarked is dropped.
 */
export function mergeStates(current: AppState, before: AppState, after: AppState): AppState {
  const wasRead = new Set(before.read);
  const isReadNow = new Set(after.read);
  const read = new Set(current.read);
  for (const id of after.read) if (!wasRead.has(id)) read.add(id);
  for (const id of before.read) if (!isReadNow.has(id)) read.delete(id);
  const had = new Set(before.bookmarks.map((b) => b.eventId));
  const has = new Set(after.bookmarks.map((b) => b.eventId));
  const added = after.bookmarks.filter((b) => !had.has(b.eventId));
  const addedIds = new Set(added.map((b) => b.eventId));
  const kept = current.bookmarks.filter((b) => (has.has(b.eventId) || !had.has(b.eventId)) && !addedIds.has(b.eventId));
  // Newest first, whichever instance made them.
  const bookmarks = [...added, ...kept].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
  // A place this instance moved replaces the file's for that corpus; other corpora's stay.
  const moved = new Set(
    (after.places ?? [])
      .filter((place) => !samePlace(place, placeIn(before, place.corpus)))
      .map((place) => place.corpus),
  );
  const places = [
    ...(current.places ?? []).filter((place) => !moved.has(place.corpus)),
    ...(after.places ?? []).filter((place) => moved.has(place.corpus)),
  ];
  const ranCommands = (after.commands ?? []).join('\n') !== (before.commands ?? []).join('\n');
  const commands = ranCommands ? after.commands : current.commands;
  return normalise({ version: 1, read: [...read], bookmarks, places, ...(commands ? { commands } : {}) });
}

function samePlace(a: Place | undefined, b: Place | undefined): boolean {
  return a?.eventId === b?.eventId && a?.date === b?.date && a?.summary === b?.summary;
}

/** Where the timeline was left in `corpus`, if anywhere. */
export function placeIn(state: AppState, corpus: string): Place | undefined {
  const places = state.places ?? [];
  return places.find((place) => place.corpus === corpus) ?? places.find((place) => sameCorpus(place.corpus, corpus));
}

/** The state with `event` as the place the timeline was left in `corpus`. */
export function withPlace(
  state: AppState,
  corpus: string,
  event: Pick<TimelineEvent, 'id' | 'date' | 'summary'>,
): AppState {
  const place: Place = { corpus, eventId: event.id, date: event.date, summary: event.summary };
  if (samePlace(place, placeIn(state, corpus))) return state;
  return { ...state, places: [place, ...(state.places ?? []).filter((p) => !sameCorpus(p.corpus, corpus))] };
}

/** The state with the command lines run so far. */
export function withCommands(state: AppState, commands: readonly string[]): AppState {
  return { ...state, commands: [...commands] };
}

/**
 * Saves this instance's changes since `before` into whatever the file holds now (another
 * instance may have saved meanwhile), under a lock. Returns the state written.
 */
export async function saveChanges(
  before: AppState,
  after: AppState,
  dir: string = stateDir(),
): Promise<{ state: AppState; error?: string; warning?: string }> {
  return withLock(dir, async () => {
    // A file gone corrupt or unreadable since the start is moved aside here as at loading.
    const { state: current, warning, keep } = await loadState(dir);
    const merged = mergeStates(current, before, after);
    if (keep) return { state: merged, error: warning };
    const { error } = await saveState(merged, dir);
    return { state: merged, error, warning };
  });
}

/** The same as {@link saveState}, for exit paths that cannot wait for a promise. */
export function saveStateSync(state: AppState, dir: string = stateDir()): { error?: string } {
  const temp = tempName(dir);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, serialise(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, join(dir, STATE_FILE));
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing to clean up.
    }
    return { error: `cannot save state in ${dir}: ${errorText(error)}` };
  }
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // As above: directory fsync is best effort.
  }
  return {};
}

/** The read ids as a set, for marking many rows at once. */
export function readIds(state: AppState): ReadonlySet<string> {
  return new Set(state.read);
}

export function isRead(state: AppState, articleId: string): boolean {
  return state.read.includes(articleId);
}

/** Marks an article read or unread (flips it unless `read` says which). */
export function toggleRead(state: AppState, articleId: string, read: boolean = !isRead(state, articleId)): AppState {
  const others = state.read.filter((id) => id !== articleId);
  return { ...state, read: read ? [...others, articleId].sort() : others };
}

export function isBookmarked(state: AppState, eventId: string): boolean {
  return state.bookmarks.some((b) => b.eventId === eventId);
}

/** Adds or removes a bookmark on an event, keeping a copy of its date and summary. */
export function toggleBookmark(
  state: AppState,
  event: Pick<TimelineEvent, 'id' | 'date' | 'summary'>,
  now: Date = new Date(),
  corpus?: string,
): AppState {
  if (isBookmarked(state, event.id))
    return { ...state, bookmarks: state.bookmarks.filter((b) => b.eventId !== event.id) };
  const bookmark: Bookmark = {
    eventId: event.id,
    date: event.date,
    summary: event.summary,
    createdAt: now.toISOString(),
    ...(corpus === undefined ? {} : { corpus }),
  };
  return { ...state, bookmarks: [bookmark, ...state.bookmarks] };
}

/** A timeline read by position that finds an event by its id (see src/browse.ts): an archive's. */
export interface EventsById<E> {
  indexOfId(id: string): number;
  at(index: number): E | undefined;
}

type Bookmarkable = Pick<TimelineEvent, 'id' | 'date' | 'summary'>;

/**
 * Finds the current event a bookmark points at: by id, else, in events held whole (after
 * re-analysis changed ids), the event with the same date and summary. A timeline read by
 * position finds it by id alone; undefined too while its row is not read yet.
 */
export function findBookmarkedEvent<E extends Bookmarkable>(
  bookmark: Bookmark,
  events: readonly E[] | EventsById<E>,
): E | undefined {
  if (!Array.isArray(events)) {
    const byId = events as EventsById<E>;
    const index = byId.indexOfId(bookmark.eventId);
    return index < 0 ? undefined : byId.at(index);
  }
  const whole = events as readonly E[];
  return (
    whole.find((e) => e.id === bookmark.eventId) ??
    whole.find((e) => e.date === bookmark.date && e.summary === bookmark.summary)
  );
}

/** Whether the bookmark's event is in `events` (see findBookmarkedEvent), read or not. */
export function holdsBookmarkedEvent<E extends Bookmarkable>(
  bookmark: Bookmark,
  events: readonly E[] | EventsById<E>,
): boolean {
  if (Array.isArray(events)) return findBookmarkedEvent(bookmark, events) !== undefined;
  return (events as EventsById<E>).indexOfId(bookmark.eventId) >= 0;
}

/**
 * The bookmarks as a corpus lists them: its own first (and those made before corpora were told
 * apart whose event it holds), then the others, each under the corpus it was made in.
 */
export function bookmarksFor<E extends Bookmarkable>(
  state: AppState,
  corpus: string,
  events: readonly E[] | EventsById<E>,
): Array<{ bookmark: Bookmark; here: boolean }> {
  const here = (b: Bookmark): boolean =>
    b.corpus === undefined ? holdsBookmarkedEvent(b, events) : sameCorpus(b.corpus, corpus);
  const mine = state.bookmarks.filter(here).map((bookmark) => ({ bookmark, here: true }));
  const others = state.bookmarks
    .filter((b) => !here(b))
    .sort((a, b) => (a.corpus ?? '').localeCompare(b.corpus ?? ''))
    .map((bookmark) => ({ bookmark, here: false }));
  return [...mine, ...others];
}

// A corpus is told by the resolved paths it was opened from, joined by CORPUS_PATHS_JOIN (the
// bundled seeds are 'seeds'). State saved before then named a corpus by its folder's base name:
// that name still finds its corpus, so old bookmarks and places are kept, while two folders of
// one name opened now no longer share them.
const CORPUS_PATHS_JOIN = ' + ';

/** What a corpus opened from `paths` (absolute) is filed under in the state. */
export function corpusIdentity(paths: readonly string[]): string {
  return paths.join(CORPUS_PATHS_JOIN);
}

/** Whether `stored`, a corpus as a state file names it, is the corpus `corpus`. */
export function sameCorpus(stored: string, corpus: string): boolean {
  if (stored === corpus) return true;
  if (stored.includes('/') || stored.includes('\\')) return false;
  return legacyCorpusName(corpus) === stored;
}

/**
 * A corpus as people call it: its folder's name ("haiti", "haiti +2"), which is also what state
 * files called it before corpora were told by their paths.
 */
export function corpusLabel(corpus: string): string {
  return legacyCorpusName(corpus);
}

function legacyCorpusName(corpus: string): string {
  const paths = corpus.split(CORPUS_PATHS_JOIN);
  const first = baseName(paths[0]!);
  return paths.length > 1 ? `${first} +${paths.length - 1}` : first;
}

function baseName(path: string): string {
  let end = path.length;
  while (end > 1 && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
  const start = Math.max(path.lastIndexOf('/', end - 1), path.lastIndexOf('\\', end - 1)) + 1;
  return path.slice(start, end) || path;
}
