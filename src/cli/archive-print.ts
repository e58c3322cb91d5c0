// events, dates, entities and analyze on an archive, read the way the screens read it: the key
// dates and entities from the tables add keeps, the timeline and the articles a window at a time.
// At 100,000 articles the whole story would take minutes and gigabytes to build.
import type { ArticleShell, BrowseStory } from '../browse.js';
import type { TimelineEvent } from '../types.js';
import type { ExportedStory } from './export.js';
import type { CliOptions } from './args.js';
import { timelineSpanOf } from '../ui/date-label.js';
import {
  articleJson,
  articleText,
  entityJson,
  entityText,
  eventJson,
  eventText,
  keyDateJson,
  keyDateText,
  summaryLine,
} from './output.js';

// How long a row may stay unread while another process (an add) holds the archive's lock.
const LOCK_WAIT_MS = 30_000;
const RETRY_MS = 50;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The items read by position, waiting for one another process's lock holds back. */
async function* eachOf<T>(
  length: number,
  limit: number | null,
  read: (index: number) => T | undefined,
): AsyncGenerator<T> {
  const count = Math.min(length, limit ?? length);
  for (let i = 0; i < count; i++) {
    let item = read(i);
    for (let waited = 0; item === undefined && waited < LOCK_WAIT_MS; waited += RETRY_MS) {
      await pause(RETRY_MS);
      item = read(i);
    }
    if (item === undefined)
      throw new Error(`the archive stayed locked by another process for ${LOCK_WAIT_MS / 1000} s`);
    yield item;
  }
}

/** Writes the command's lines for an archive browsed a window at a time. */
export async function printArchive(
  story: BrowseStory,
  options: CliOptions,
  write: (lines: Iterable<string>) => void,
): Promise<void> {
  const { json, limit } = options;
  const lines = async <T>(items: AsyncIterable<T>, line: (item: T) => string): Promise<void> => {
    let chunk: string[] = [];
    for await (const item of items) {
      chunk.push(line(item));
      if (chunk.length >= 1000) {
        write(chunk);
        chunk = [];
      }
    }
    write(chunk);
  };
  const list = <T>(items: readonly T[]): T[] => items.slice(0, limit ?? items.length);
  switch (options.command) {
    case 'dates':
      write(list(story.keyDates).map(json ? keyDateJson : keyDateText));
      return;
    case 'entities':
      write(list(story.entities).map(json ? entityJson : entityText));
      return;
    case 'analyze':
      await lines(
        eachOf(story.articles.length, limit, (i) => story.articles.analysed(i)),
        json ? articleJson : articleText,
      );
      return;
    default:
      if (!json)
        write([summaryLine(story.name, story.articles.length, story.timeline.length, timelineSpanOf(story.timeline))]);
      await lines(
        eachOf(story.timeline.length, limit, (i) => story.timeline.at(i)),
        json ? eventJson : eventText,
      );
  }
}

/**
 * The archive's timeline and its articles' titles and links, read a window at a time, for an
 * export: the export is written whole, but never the articles' texts and analyses with it.
 */
export async function exportedArchive(story: BrowseStory): Promise<ExportedStory> {
  const timeline: TimelineEvent[] = [];
  for await (const event of eachOf(story.timeline.length, null, (i) => story.timeline.at(i))) timeline.push(event);
  const articles: ArticleShell[] = [];
  for await (const article of eachOf(story.articles.length, null, (i) => story.articles.at(i))) articles.push(article);
  return { name: story.name, timeline, articles };
}
