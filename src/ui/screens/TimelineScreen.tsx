import React, { memo } from 'react';
import { Box, Text } from 'ink';
import type { TimelineEvent } from '../../types.js';
import { dateColumnWidth, timelineDateLabel } from '../date-label.js';
import type { Theme } from '../theme.js';
import { Highlighted, Styled } from '../styled.js';
import { timelineRows, type DatedRows, type Fold, type ShownTimeline, type TimelineRow } from '../timeline-rows.js';

export interface TimelineScreenProps {
  /** The timeline shown; only the rows on screen are read from it. */
  shown: ShownTimeline;
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

/** A row whose event is being read: its date (known without reading it) and a dim '…'. */
function PendingRow({
  date,
  selected,
  width,
  theme,
}: {
  date: string;
  selected: boolean;
  width: number;
  theme: Theme;
}): React.JSX.Element {
  const label = `  ${date}`.padEnd(dateColumnWidth(width) + 2).slice(0, dateColumnWidth(width) + 2);
  return (
    <Box width={width}>
      <Text {...(selected ? theme.selection : {})} wrap="truncate">
        <Text {...theme.dim}>{`${label} …`.padEnd(width)}</Text>
      </Text>
    </Box>
  );
}

/** Ranges cut to the first `length` characters (a summary clipped with '…'). */
function clipRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  return ranges.filter(([from]) => from < length).map(([from, to]) => [from, Math.min(to, length)]);
}

/**
 * The timeline's rows (headings, fold, events) around the cursor and the first of them on
 * screen: the window the screen draws, and where a mouse click's row lands. Headings come from
 * the dates of the rows near the window alone, however long the timeline.
 */
export function timelineWindow(
  shown: DatedRows,
  cursor: number,
  top: number,
  height: number,
  fold: Fold | null,
): { rows: readonly TimelineRow[]; start: number } {
  const n = shown.length;
  if (n === 0) return { rows: [], start: 0 };
  const open = fold !== null && cursor >= fold.from && cursor < fold.to;
  cursor = Math.min(cursor, n - 1);
  // The reducer keeps the cursor in the window; a top further off would only be scrolled back.
  top = Math.max(Math.min(top, cursor), cursor - 2 * height, 0);
  // Two events above the top: the row above it (a heading or the event before) and a fold's row.
  let from = Math.max(0, top - 2);
  if (fold && !open && from > fold.from && from < fold.to) from = Math.max(0, fold.from - 2);
  const to = Math.min(n, cursor + height + 2);
  const { rows, rowOf } = timelineRows(shown, fold, open, from, to);
  const cursorRow = rowOf(cursor);
  let start = Math.max(0, rowOf(top) - 1);
  // A fold's row stays above its first event, as a heading does.
  if (start > 0 && rows[start - 1]!.kind === 'fold') start--;
  if (cursorRow >= start + height) start = cursorRow - height + 1;
  if (cursorRow < start) start = Math.max(0, cursorRow - 1);
  return { rows, start };
}

/** Events in date order under date headings; only the rows that fit are rendered. */
export function TimelineScreen({
  shown,
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
  if (shown.length === 0)
    return (
      <Styled theme={theme} as="dim">
        {emptyMessage}
      </Styled>
    );
  const { rows, start } = timelineWindow(shown, cursor, top, height, fold);
  const visible = rows.slice(start, start + height);
  return (
    <Box flexDirection="column">
      {visible.map((row, i) => {
        if (row.kind === 'fold') {
          return (
            <Styled key="fold" theme={theme} as="heading" wrap="truncate">
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
        const event = shown.at(row.position);
        // A row not read yet (an archive reads a window at a time): drawn when it arrives.
        if (!event)
          return (
            <PendingRow
              key={`p${row.position}`}
              date={shown.dateAt(row.position)}
              selected={row.position === cursor}
              width={width}
              theme={theme}
            />
          );
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
