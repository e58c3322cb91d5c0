import React, { memo } from 'react';
import { Box, Text } from 'ink';
import type { TimelineEvent } from '../../types.js';
import { dateColumnWidth, timelineDateLabel } from '../date-label.js';
import type { Theme } from '../theme.js';
import { Highlighted, Styled } from '../styled.js';
import { timelineRows, type Fold, type TimelineRow } from '../timeline-rows.js';

export interface TimelineScreenProps {
  events: readonly TimelineEvent[];
  isBookmarked?: (eventId: string) => boolean;
  cursor: number;
  top: number;
  height: number;
  width: number;
  theme: Theme;
  emptyMessage: string;
  /** Background folded into one row, open while the cursor is in it. */
  fold?: Fold | null;
  /** Where the active search matched an event's summary; stable while the query is. */
  matchesOf?: ((event: TimelineEvent) => ReadonlyArray<readonly [number, number]>) | null;
}

function sourceCount(event: TimelineEvent): number {
  return new Set(event.sources.map((s) => s.articleId)).size;
}

// Headings interleaved once per list of events and state of its fold: not on every key, nor
// each time the screen comes back after Tab or the reader (7,000 events take milliseconds).
type Rows = ReturnType<typeof timelineRows>;
const rowsOfEvents = new WeakMap<readonly TimelineEvent[], Map<string, Rows>>();
function rowsOf(events: readonly TimelineEvent[], fold: Fold | null, open: boolean): Rows {
  let byFold = rowsOfEvents.get(events);
  if (!byFold) rowsOfEvents.set(events, (byFold = new Map()));
  const key = fold ? `${fold.from}-${fold.to}-${fold.before}-${open}` : '';
  let rows = byFold.get(key);
  if (!rows) byFold.set(key, (rows = timelineRows(events, fold, open)));
  return rows;
}

interface EventRowProps {
  event: TimelineEvent;
  selected: boolean;
  bookmarked: boolean;
  width: number;
  theme: Theme;
  matchesOf?: TimelineScreenProps['matchesOf'];
}

/** One event's row; a move re-renders the two rows whose selection changed, not the screenful. */
const EventRow = memo(function EventRow({ event, selected, bookmarked, width, theme, matchesOf }: EventRowProps) {
  const count = sourceCount(event);
  const summaryWidth = Math.max(10, width - dateColumnWidth(width) - 10);
  const clipped = event.summary.length > summaryWidth;
  const summary = clipped ? event.summary.slice(0, summaryWidth - 1) + '…' : event.summary.padEnd(summaryWidth);
  const matches = matchesOf?.(event) ?? [];
  return (
    <Box width={width}>
      <Text {...(selected ? theme.selection : {})} wrap="truncate">
        <Text {...theme.accent}>{bookmarked ? '★ ' : '  '}</Text>
        <Text {...theme.date}>{timelineDateLabel(event, width)}</Text>{' '}
        {matches.length > 0 ? (
          <Highlighted
            theme={theme}
            text={summary}
            ranges={clipRanges(matches, clipped ? summaryWidth - 1 : event.summary.length)}
          />
        ) : (
          summary
        )}
        <Text {...theme.dim}>{` ${count > 1 ? `×${count}` : '  '}`}</Text>
      </Text>
    </Box>
  );
});

/** Ranges cut to the first `length` characters (a summary clipped with '…'). */
function clipRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  return ranges.filter(([from]) => from < length).map(([from, to]) => [from, Math.min(to, length)]);
}

/**
 * The timeline's rows (headings, fold, events) and the first of them on screen: the window the
 * screen draws, and where a mouse click's row lands.
 */
export function timelineWindow(
  events: readonly TimelineEvent[],
  cursor: number,
  top: number,
  height: number,
  fold: Fold | null,
): { rows: readonly TimelineRow[]; start: number } {
  const open = fold !== null && cursor >= fold.from && cursor < fold.to;
  const { rows, rowOfEvent } = rowsOf(events, fold, open);
  if (events.length === 0) return { rows, start: 0 };
  const cursorRow = rowOfEvent[Math.min(cursor, events.length - 1)] ?? 0;
  let start = Math.max(0, (rowOfEvent[top] ?? 0) - 1);
  // A fold's row stays above its first event, as a heading does.
  if (start > 0 && rows[start - 1]!.kind === 'fold') start--;
  if (cursorRow >= start + height) start = cursorRow - height + 1;
  if (cursorRow < start) start = Math.max(0, cursorRow - 1);
  return { rows, start };
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
  matchesOf = null,
  fold = null,
}: TimelineScreenProps): React.JSX.Element {
  if (events.length === 0)
    return (
      <Styled theme={theme} as="dim">
        {emptyMessage}
      </Styled>
    );
  const { rows, start } = timelineWindow(events, cursor, top, height, fold);
  const visible = rows.slice(start, start + height);
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        if (row.kind === 'fold') {
          return (
            <Styled key={`f${start + i}`} theme={theme} as="heading" wrap="truncate">
              {`${row.open ? '▾' : '▸'} ${row.label}${row.open ? '' : fold?.from === 0 ? ' · ↑ opens it' : ' · ↓ opens it'}`}
            </Styled>
          );
        }
        if (row.kind === 'heading') {
          return (
            <Styled key={`h${start + i}`} theme={theme} as="heading" wrap="truncate">
              {row.label}
            </Styled>
          );
        }
        const event = events[row.position]!;
        return (
          <EventRow
            key={event.id + row.position}
            event={event}
            selected={row.position === cursor}
            bookmarked={isBookmarked(event.id)}
            width={width}
            theme={theme}
            matchesOf={matchesOf}
          />
        );
      })}
    </Box>
  );
}
