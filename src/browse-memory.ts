// A story held whole in memory (a folder, the seeds, a stream of analyses) as the screens browse
// it: its arrays read by position, with the look-ups by id and by name built on first use, once
// per story (streaming replaces the story as analysis progresses; each one is wrapped once).
import type { AnalyzedArticle, Story, TimelineEvent } from './types.js';
import type { ArticleList, BrowseStory, DayCoverage, TimelineList } from './browse.js';
import { createEventSearch, sourceNamesFromArticles } from './search/index.js';
import { dayIndex } from './timeline/index.js';

const browsed = new WeakMap<Story, BrowseStory>();
// The arrays behind the lists made here: an export or a fallback by content may read them whole.
const timelineArrays = new WeakMap<TimelineList, readonly TimelineEvent[]>();
const articleArrays = new WeakMap<ArticleList, readonly AnalyzedArticle[]>();

const NO_LISTENER = (): (() => void) => () => undefined;

/** The story as the screens browse it; the same object for the same story. */
export function storyBrowse(story: Story): BrowseStory {
  let browse = browsed.get(story);
  if (!browse) browsed.set(story, (browse = wrap(story)));
  return browse;
}

/** The timeline's events as an array when the list holds them in memory (else undefined). */
export function timelineArray(list: TimelineList): readonly TimelineEvent[] | undefined {
  return timelineArrays.get(list);
}

/** The articles as an array when the list holds them in memory (else undefined). */
export function articleArray(list: ArticleList): readonly AnalyzedArticle[] | undefined {
  return articleArrays.get(list);
}

function wrap(story: Story): BrowseStory {
  const timeline = timelineList(story.timeline);
  const articles = articleList(story.articles);
  let coverage: readonly DayCoverage[] | null = null;
  let folder: string | null = null;
  return {
    name: story.name,
    problems: story.problems,
    timeline,
    articles,
    entities: story.entities,
    keyDates: story.keyDates,
    get coverage() {
      return (coverage ??= coverageOf(story.articles));
    },
    get commonFolder() {
      return (folder ??= commonFolder(story.articles.map((a) => a.path)));
    },
    createSearch: () => createEventSearch(story.timeline, { sourceNames: sourceNamesFromArticles(story.articles) }),
  };
}

/** An array of events as a timeline list: positions by id and by entity are found on first use. */
export function timelineList(events: readonly TimelineEvent[]): TimelineList {
  let byId: Map<string, number> | null = null;
  let byEntity: Map<string, number[]> | null = null;
  const list: TimelineList = {
    get length() {
      return events.length;
    },
    at: (index) => events[index],
    dateAt: (index) => events[index]!.date,
    modAt: (index) => events[index]!.mod,
    indexOfId: (id) => {
      if (!byId) {
        byId = new Map();
        // The first of two events with one id, as findIndex found it.
        for (let i = events.length - 1; i >= 0; i--) byId.set(events[i]!.id, i);
      }
      return byId.get(id) ?? -1;
    },
    rowsNaming: (entity) => {
      if (!byEntity) {
        byEntity = new Map();
        events.forEach((event, i) => {
          for (const name of new Set(event.entities)) {
            const rows = byEntity!.get(name);
            if (rows) rows.push(i);
            else byEntity!.set(name, [i]);
          }
        });
      }
      return byEntity.get(entity) ?? [];
    },
    subscribe: NO_LISTENER,
  };
  timelineArrays.set(list, events);
  return list;
}

function articleList(articles: readonly AnalyzedArticle[]): ArticleList {
  let byId: Map<string, number> | null = null;
  const list: ArticleList = {
    get length() {
      return articles.length;
    },
    at: (index) => articles[index],
    analysed: (index) => articles[index],
    indexOfId: (id) => {
      if (!byId) byId = new Map(articles.map((a, i) => [a.id, i]));
      return byId.get(id) ?? -1;
    },
    subscribe: NO_LISTENER,
  };
  articleArrays.set(list, articles);
  return list;
}

/** Articles per publication day, days ascending (undated articles and unreadable dates left out). */
export function coverageOf(articles: ReadonlyArray<{ date: string | null }>): DayCoverage[] {
  const counts = new Map<string, number>();
  for (const { date } of articles) {
    if (date === null) continue;
    const day = date.slice(0, 10);
    if (dayIndex(day) === null) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, articles]) => ({ day, articles }));
}

/**
 * What the status leaves off an article's path: everything above the folder all the corpus's
 * articles share, so '/home/me/news/2009/a.txt' shows as 'news/2009/a.txt' ('' when none).
 */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0]!;
  for (const path of paths) {
    let i = 0;
    while (i < prefix.length && i < path.length && prefix[i] === path[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Back to the shared folder (a file name's common start is not one), then to its parent.
  const shared = prefix.slice(0, prefix.lastIndexOf('/'));
  return shared.slice(0, shared.lastIndexOf('/') + 1);
}

/** What is browsed as the screens take it: a story held whole is wrapped (once per story). */
export function asBrowseStory(story: Story | BrowseStory): BrowseStory {
  return typeof (story as Partial<BrowseStory>).createSearch === 'function'
    ? (story as BrowseStory)
    : storyBrowse(story as Story);
}
