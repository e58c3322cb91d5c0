import React from 'react';
import { Box, Text } from 'ink';
import type { AnalyzedArticle } from '../../types.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface ArticlesScreenProps {
  articles: readonly AnalyzedArticle[];
  isRead: (articleId: string) => boolean;
  cursor: number;
  top: number;
  height: number;
  width: number;
  theme: Theme;
}

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
}: ArticlesScreenProps): React.JSX.Element {
  if (articles.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no articles loaded
      </Styled>
    );
  const visible = articles.slice(top, top + height);
  return (
    <Box flexDirection="column">
      {visible.map((article, i) => {
        const index = top + i;
        const events = article.events.length;
        return (
          <Box key={article.id} width={width}>
            <Text {...(index === cursor ? theme.selection : {})} wrap="truncate">
              <Text {...theme.accent}>{isRead(article.id) ? '  ' : '● '}</Text>
              <Text {...theme.date}>{(article.date ?? 'undated').padEnd(11)}</Text>
              {oneLine(article.title || article.path)}
              <Text {...theme.dim}>{`  ${events} event${events === 1 ? '' : 's'}`}</Text>
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
