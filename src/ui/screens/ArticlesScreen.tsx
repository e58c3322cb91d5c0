import React, { memo } from 'react';
import { Box, Text } from 'ink';
import type { AnalyzedArticle } from '../../types.js';
import type { ArticleList, ArticleShell } from '../../browse.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';
import { fitRow } from '../fit-row.js';

export interface ArticlesScreenProps {
  /** Only the rows on screen are read from it. */
  articles: ArticleList;
  isRead: (articleId: string) => boolean;
  cursor: number;
  top: number;
  height: number;
  width: number;
  theme: Theme;
  /** What an empty list says: none loaded, or none yet while they are read. */
  emptyMessage?: string;
}

export const NO_ARTICLES = 'no articles loaded';
// While the files are read or the first article analysed, an empty list is no verdict yet.
export const ARTICLES_COMING = 'reading the articles…';

/** A title as one line: a line break inside it would end the row early. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** Articles by publication date, one row each; ● marks the unread. */
export function ArticlesScreen({
  articles,
  isRead,
  cursor,
  top,
  height,
  width,
  theme,
  emptyMessage = NO_ARTICLES,
}: ArticlesScreenProps): React.JSX.Element {
  if (articles.length === 0)
    return (
      <Styled theme={theme} as="dim">
        {emptyMessage}
      </Styled>
    );
  const rows: React.JSX.Element[] = [];
  for (let index = top; index < Math.min(articles.length, top + height); index++) {
    const article = articles.at(index);
    rows.push(
      article ? (
        <ArticleRow
          key={article.id}
          article={article}
          read={isRead(article.id)}
          selected={index === cursor}
          width={width}
          theme={theme}
        />
      ) : (
        // A row not read yet (a paged archive): drawn when it arrives.
        <Box key={`p${index}`} width={width}>
          <Text {...(index === cursor ? theme.selection : {})} {...theme.dim} wrap="truncate">
            {'  …'.padEnd(width)}
          </Text>
        </Box>
      ),
    );
  }
  return <Box flexDirection="column">{rows}</Box>;
}

interface ArticleRowProps {
  article: ArticleShell & Partial<Pick<AnalyzedArticle, 'events'>>;
  read: boolean;
  selected: boolean;
  width: number;
  theme: Theme;
}

/** One article's row, cut to the width once (fitRow), re-rendered when its selection or mark changes. */
const ArticleRow = memo(function ArticleRow({ article, read, selected, width, theme }: ArticleRowProps) {
  // An archive's row is the article without its analysis: no count of events to show.
  const events = article.events?.length;
  const parts = [
    read ? '  ' : '● ',
    (article.date ?? 'undated').padEnd(11),
    oneLine(article.title || article.path),
    events === undefined ? '' : `  ${events} event${events === 1 ? '' : 's'}`,
  ];
  const fitted = fitRow(parts, width);
  const [mark, date, title, count] = fitted?.parts ?? parts;
  return (
    <Box width={width}>
      <Text {...(selected ? theme.selection : {})} wrap="truncate">
        <Text {...theme.accent}>{mark}</Text>
        <Text {...theme.date}>{date}</Text>
        {title}
        <Text {...theme.dim}>{count}</Text>
        {fitted?.alone}
      </Text>
    </Box>
  );
});
