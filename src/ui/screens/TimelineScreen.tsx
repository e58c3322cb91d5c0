import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import type { TimelineEvent } from '../../types.js';
import { dateLabel } from '../date-label.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';
import { timelineRows } from '../timeline-rows.js';

export interface TimelineScreenProps {
  events: readonly TimelineEvent[];
  isBookmarked?: (eventId: string) => boolean;
  cursor: number;
  top: number;
  height: number;
  width: number;
  theme: Theme;
  emptyMessage: string;
}

function sourceCount(event: TimelineEvent): number {
  return new Set(event.sources.map((s) => s.articleId)).size;
}

/** Events in date order under date headings; only the rows that fit are rendered. */
export function TimelineScreen({
  events,
  isBookmarked = () => false,
  cursor,
  top,
  height,
  width,
  theme,
  emptyMessage,
}: TimelineScreenProps): React.JSX.Element {
  // Headings interleaved once per list of events, not on every key.
  const { rows, rowOfEvent } = useMemo(() => timelineRows(events), [events]);
  if (events.length === 0)
    return (
      <Styled theme={theme} as="dim">
        {emptyMessage}
      </Styled>
    );
  const cursorRow = rowOfEvent[Math.min(cursor, events.length - 1)] ?? 0;
  let start = Math.max(0, (rowOfEvent[top] ?? 0) - 1);
  if (cursorRow >= start + height) start = cursorRow - height + 1;
  if (cursorRow < start) start = Math.max(0, cursorRow - 1);
  const visible = rows.slice(start, start + height);
  const labelWidth = 20;
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        if (row.kind === 'heading') {
          return (
            <Styled key={`h${start + i}`} theme={theme} as="heading" wrap="truncate">
              {row.label}
            </Styled>
          );
        }
        const event = events[row.position]!;
        const selected = row.position === cursor;
        const count = sourceCount(event);
        const summaryWidth = Math.max(10, width - labelWidth - 8);
        return (
          <Box key={event.id + row.position} width={width}>
            <Text {...(selected ? theme.selection : {})} wrap="truncate">
              <Text {...theme.accent}>{isBookmarked(event.id) ? '★ ' : '  '}</Text>
              <Text {...theme.date}>
                {dateLabel(event)
                  .padEnd(labelWidth - 2)
                  .slice(0, labelWidth - 2)}
              </Text>{' '}
              {event.summary.length > summaryWidth
                ? event.summary.slice(0, summaryWidth - 1) + '…'
                : event.summary.padEnd(summaryWidth)}
              <Text {...theme.dim}>{` ${count > 1 ? `×${count}` : '  '}`}</Text>
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
