import React from 'react';
import { Box, Text } from 'ink';
import type { Bookmark } from '../../state/index.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface BookmarksScreenProps {
  bookmarks: readonly Bookmark[];
  /** Why a bookmark cannot be opened here ('  (made in …)'), or '' for one that can. */
  notes: readonly string[];
  cursor: number;
  top: number;
  height: number;
  theme: Theme;
}

/** Bookmarked events: this corpus's newest first, then others' under their corpus, dimmed. */
export function BookmarksScreen({
  bookmarks,
  notes,
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
          {...(notes[top + i] ? theme.dim : {})}
          wrap="truncate"
        >
          <Text {...theme.date}>{bookmark.date.padEnd(12)}</Text>
          {bookmark.summary}
          {notes[top + i]}
        </Text>
      ))}
    </Box>
  );
}
