import React from 'react';
import type { Mode, ScreenName } from './keymap.js';
import type { ListName } from './navigation.js';
import type { AppContext } from './use-app-state.js';
import { formatCount } from './count.js';
import { commandLineShown } from './command-line.js';
import { TimelineScreen } from './screens/TimelineScreen.js';
import { ARTICLES_COMING, ArticlesScreen, NO_ARTICLES } from './screens/ArticlesScreen.js';
import { ReaderScreen } from './screens/ReaderScreen.js';
import { SearchScreen } from './screens/SearchScreen.js';
import { EntitiesScreen } from './screens/EntitiesScreen.js';
import { KeyDatesScreen } from './screens/KeyDatesScreen.js';
import { HelpOverlay } from './screens/HelpOverlay.js';
import { BookmarksScreen } from './screens/BookmarksScreen.js';
import { corpusLabel, holdsBookmarkedEvent, isBookmarked, isRead } from '../state/index.js';
import { timelineArray } from '../browse-memory.js';
import type { Article } from '../types.js';
import { runInHeadline } from './reader-layout.js';

/** What a screen draws: its body, and where the status line says the reader is. */
export interface ScreenView {
  body: React.JSX.Element;
  status: string;
  /** The status asks a question: the answer to the last try (a message) is put before it. */
  question?: boolean;
}

export const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

const position = (app: AppContext, list: ListName): string => {
  const count = app.listCount(list);
  return count ? `${app.nav.lists[list].cursor + 1}/${count}` : '0/0';
};

const filtered = (app: AppContext): string =>
  app.nav.entityFilter ? ` · filter: ${app.nav.entityFilter} (c clears)` : '';

/** The timeline's order and dates, when not the default: ' · newest first · since 2010-01-15'. */
const timeView = ({ nav }: AppContext): string => {
  const { since, until } = nav.range;
  return (
    (nav.newestFirst ? ' · newest first' : '') + (since ? ` · since ${since}` : '') + (until ? ` · until ${until}` : '')
  );
};

/** House-format articles open with their lead, which is their title; feed items do not. */
function titleOpensText(article: { title: string; text: string }): boolean {
  return article.text.trimStart().startsWith(article.title.slice(0, 40));
}

/**
 * The reader's title line: a feed item's own title; for an article whose text opens with its
 * lead, where it came from and when (the lead is the first line below).
 */
function titleLine(article: Article, width: number): string {
  const headline = runInHeadline(article)?.headline;
  const line = headline
    ? headline
    : titleOpensText(article)
      ? `${article.source ?? fileName(article.path)} · ${article.date ?? 'undated'}`
      : article.title.replace(/\s+/g, ' ');
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** A path cut from the left to `width` characters, at a folder where one fits: '…/b/c.txt'. */
export function shortenLeft(path: string, width: number): string {
  if (path.length <= width) return path;
  const tail = path.slice(path.length - (width - 1));
  const slash = tail.indexOf('/');
  return `…${slash > 0 && slash < tail.length - 1 ? tail.slice(slash) : tail}`;
}

/** What a screen with no articles says: none loaded, or none yet while the story is still read. */
const noArticles = (app: AppContext): string => (app.progress ? ARTICLES_COMING : NO_ARTICLES);

/** One view per screen: the screen component fed from the app's state, and its status. */
export const SCREEN_VIEWS: Record<Mode, (app: AppContext) => ScreenView> = {
  timeline: (app) => {
    const { story, nav, userState, activeSearch } = app;
    const n = story.articles.length;
    const empty =
      n === 0 ? noArticles(app) : `no events dated in ${n === 1 ? 'this article' : `these ${plural(n, 'article')}`}`;
    let status = `Timeline ${position(app, 'timeline')}${timeView(app)}`;
    if (activeSearch) {
      const matches = activeSearch.positions.length;
      status += ` · /${activeSearch.query}: ${formatCount(matches)} ${matches === 1 ? 'match' : 'matches'}`;
    }
    return {
      body: (
        <TimelineScreen
          shown={app.shown}
          isBookmarked={(id) => isBookmarked(userState, id)}
          {...nav.lists.timeline}
          height={app.bodyHeight}
          width={app.columns}
          theme={app.theme}
          emptyMessage={
            nav.entityFilter
              ? `no events mention ${nav.entityFilter}${timeView(app)}`
              : timeView(app)
                ? `no events${timeView(app)}: :all shows every date`
                : empty
          }
          matchesOf={activeSearch?.matchesOf ?? null}
          fold={app.fold}
        />
      ),
      status: status + filtered(app),
    };
  },
  articles: (app) => ({
    body: (
      <ArticlesScreen
        articles={app.story.articles}
        isRead={(id) => isRead(app.userState, id)}
        {...app.nav.lists.articles}
        height={app.bodyHeight}
        width={app.columns}
        theme={app.theme}
        emptyMessage={noArticles(app)}
      />
    ),
    status: `Articles ${position(app, 'articles')}`,
  }),
  reader: (app) => {
    const { nav, story, readerLines, readerFirstLine, readerHeight } = app;
    const shell = nav.reader ? story.articles.at(nav.reader.articleIndex) : undefined;
    // Undefined while an archive reads the article's text: the reader says so until it arrives.
    const article = nav.reader ? story.articles.analysed(nav.reader.articleIndex) : undefined;
    const last = Math.min(readerLines.length, readerFirstLine + readerHeight);
    const path = shortenLeft(app.corpusPath(shell?.path ?? ''), Math.max(20, Math.floor(app.columns / 2)));
    let status = `${shell?.date ?? 'undated'} ${path} · lines ${readerFirstLine + 1}-${last}/${readerLines.length}`;
    if (nav.reader && !article) status = `${shell?.date ?? 'undated'} ${path} · reading…`;
    const event = nav.reader?.eventIndex != null ? story.timeline.at(nav.reader.eventIndex) : undefined;
    if (event && event.sources.length > 1) status += ` · source ${nav.reader!.sourceIndex + 1}/${event.sources.length}`;
    return {
      body: (
        <ReaderScreen
          lines={readerLines}
          firstLine={readerFirstLine}
          height={app.bodyHeight}
          indent={app.readerIndent}
          theme={app.theme}
          title={article ? titleLine(article, app.readerWidth) : nav.reader ? 'reading…' : ''}
        />
      ),
      status: status + filtered(app),
    };
  },
  search: (app) => {
    const { nav, result } = app;
    let status = 'Search';
    if (nav.query.trim()) {
      const { total, problems } = result;
      status += ` ${plural(total, 'hit')}`;
      if (problems.length) status += ` · ${problems.join('; ')}`;
    }
    return {
      body: (
        <SearchScreen
          query={nav.query}
          hits={result.hits}
          events={app.searchedTimeline}
          {...nav.lists.search}
          height={app.bodyHeight}
          width={app.columns}
          theme={app.theme}
        />
      ),
      status,
    };
  },
  entities: (app) => {
    const { nav, shownEntities, namedEntities } = app;
    const shown = position(app, 'entities');
    const of = shownEntities.length < namedEntities.length ? ` of ${formatCount(namedEntities.length)}` : '';
    return {
      body: (
        <EntitiesScreen
          entities={shownEntities}
          total={namedEntities.length}
          query={nav.entityQuery}
          type={nav.entityType}
          {...nav.lists.entities}
          height={app.bodyHeight}
          width={app.columns}
          theme={app.theme}
        />
      ),
      status: `Entities ${shown}${of}`,
    };
  },
  keydates: (app) => ({
    body: (
      <KeyDatesScreen
        keyDates={app.story.keyDates}
        {...app.nav.lists.keydates}
        height={app.bodyHeight}
        width={app.columns}
        theme={app.theme}
      />
    ),
    status: `Key dates ${position(app, 'keydates')}`,
  }),
  bookmarks: (app) => ({
    body: (
      <BookmarksScreen
        bookmarks={app.bookmarks.map((entry) => entry.bookmark)}
        notes={app.bookmarks.map(({ bookmark, here }) =>
          !here && bookmark.corpus
            ? `  (made in ${corpusLabel(bookmark.corpus)})`
            : holdsBookmarkedEvent(bookmark, timelineArray(app.story.timeline) ?? app.story.timeline)
              ? ''
              : '  (not in these articles)',
        )}
        {...app.nav.lists.bookmarks}
        height={app.bodyHeight}
        theme={app.theme}
      />
    ),
    status: `Bookmarks ${position(app, 'bookmarks')}`,
  }),
  // The prompt asks in the status line, over the screen it was asked from.
  prompt: (app) => ({
    body: SCREEN_VIEWS[app.nav.screen as ScreenName](app).body,
    status: `Export the ${plural(app.shown.length, 'event')} shown to (.md .csv .ics .json .jsonl): ${app.nav.prompt?.text ?? ''}█`,
    question: true,
  }),
  // The command line is typed in the status line, over the screen it was opened on.
  command: (app) => ({
    body: SCREEN_VIEWS[app.nav.screen as ScreenName](app).body,
    status: commandLineShown(app.nav.command?.text ?? '', app.columns - 1),
    question: true,
  }),
  confirm: (app) => ({
    body: SCREEN_VIEWS[app.nav.screen as ScreenName](app).body,
    status: `${app.nav.prompt?.text ?? ''} exists: overwrite it?`,
    question: true,
  }),
  help: (app) => ({
    body: (
      <HelpOverlay
        keymap={app.keymap}
        top={app.nav.lists.help.top}
        height={app.bodyHeight}
        width={app.columns}
        theme={app.theme}
      />
    ),
    status: 'Help',
  }),
};
