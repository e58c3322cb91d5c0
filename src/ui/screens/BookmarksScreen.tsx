import React from 'react';
import { Box, Text } from 'ink';
import type { Bookmark } from '../../state/index.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface BookmarksScreenProps {
  bookmarks: readonly Bookmark[];
  /** Whether each bookmark's event is in the corpus opened now. */
  present: readonly boolean[];
  cursor: number;
  top: number;
  height: number;
  theme: Theme;
}

/** Bookmarked events, newest first; those not in this corpus are dimmed. */
export function BookmarksScreen({
  bookmarks,
  present,
  cursor,
  top,
  height,
  theme,
}: BookmarksScreenProps): React.JSX.Element {
  if (bookmarks.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no bookmarks yet: press b on an event to keep it here
      </Styled>
    );
  return (
    <Box flexDirection="column">
      {bookmarks.slice(top, top + height).map((bookmark, i) => (
        <Text
          key={bookmark.eventId}
          {...(top + i === cursor ? theme.selection : {})}
          {...(present[top + i] ? {} : theme.dim)}
          wrap="truncate"
        >
          <Text {...theme.date}>{bookmark.date.padEnd(12)}</Text>
          {bookmark.summary}
          {present[top + i] ? '' : '  (not in these articles)'}
        </Text>
      ))}
    </Box>
  );
}
