import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import { coverageSparkline, type Sparkline } from '../timeline/index.js';
import { timelineSpanOf } from './date-label.js';
import { Styled } from './styled.js';
import type { Theme } from './theme.js';
import type { AppContext } from './use-app-state.js';
import { plural } from './views.js';

const SPARKLINE_LABEL = 'coverage ';
const MS_PER_DAY = 86_400_000;

/** The story's name and counts, and its coverage with the selected date marked. */
export function Header({ app }: { app: AppContext }): React.JSX.Element {
  const { story, theme, columns, nav, shown } = app;
  const span = useMemo(() => timelineSpanOf(story.timeline), [story.timeline]);
  const years = useMemo(() => timelineSpanOf(story.timeline, true), [story.timeline]);
  const readerEvent = nav.screen === 'reader' ? nav.reader?.eventIndex : null;
  const cursor = nav.lists.timeline.cursor;
  const markDate =
    readerEvent != null
      ? readerEvent < story.timeline.length
        ? story.timeline.dateAt(readerEvent)
        : undefined
      : cursor < shown.length
        ? shown.dateAt(cursor)
        : undefined;
  // The line depends on the corpus and the width only; a move just places the mark on it.
  const coverage = useMemo(() => fittedSparkline(story.coverage, columns), [story, columns]);
  const markDay = markDate?.slice(0, 10);
  const sparkline = useMemo(() => ({ ...coverage, markIndex: sparklineCell(coverage, markDay) }), [coverage, markDay]);
  const skipped = story.problems.length ? ` · ${plural(story.problems.length, 'file')} skipped` : '';
  const title = headerTitle(
    [story.name, plural(story.articles.length, 'article'), plural(story.timeline.length, 'event')],
    [span, years],
    columns - NAME.length - skipped.length,
  );
  return (
    <Box width={columns} flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.accent}>{NAME}</Text>
        {title}
        {skipped ? <Text {...theme.warning}>{skipped}</Text> : null}
      </Text>
      <CoverageLine sparkline={sparkline} theme={theme} columns={columns} />
    </Box>
  );
}

const NAME = 'news-tui';
const SEPARATOR = ' · ';

/**
 * The header after the app's name: " · story · 3 articles · 12 events · 2024-01 – 2024-02-07",
 * fitted to `width` by dropping whole parts, never cutting inside a date or a word: the span
 * first shown as years only, then left out, then the counts from the last. The story's name is
 * kept whatever the width (the terminal cuts it).
 */
export function headerTitle(parts: string[], spans: string[], width: number): string {
  const line = (kept: string[]): string => kept.map((part) => SEPARATOR + part).join('');
  for (const span of spans) {
    const text = line([...parts, span]);
    if (text.length <= width) return text;
  }
  for (let kept = parts.length; kept > 1; kept--) {
    const text = line(parts.slice(0, kept));
    if (text.length <= width) return text;
  }
  return line(parts.slice(0, 1));
}

const SPARKLINE_MIN_WIDTH = 10;
// Room first left for the unit: " per week" and " per 12 days" fit in it, longer ones narrow the line.
const UNIT_ROOM = 12;

/** What a sparkline cell stands for: " per day", " per week", " per 12 days". */
function unitText({ daysPerCell }: Sparkline): string {
  return ` per ${daysPerCell === 1 ? 'day' : daysPerCell === 7 ? 'week' : `${daysPerCell} days`}`;
}

/**
 * The coverage sparkline as wide as the line leaves room for beside its label and its unit
 * (" per 159 days" is longer than " per day", and the unit depends on the width: narrowed until
 * both fit, a few times at most).
 */
function fittedSparkline(articles: AppContext['story']['coverage'], columns: number): Sparkline {
  let width = Math.max(SPARKLINE_MIN_WIDTH, columns - SPARKLINE_LABEL.length - UNIT_ROOM);
  let sparkline = coverageSparkline(articles, width);
  for (let tries = 0; tries < 3; tries++) {
    const over = SPARKLINE_LABEL.length + sparkline.line.length + unitText(sparkline).length - columns;
    if (over <= 0 || width <= SPARKLINE_MIN_WIDTH) break;
    width = Math.max(SPARKLINE_MIN_WIDTH, width - over);
    sparkline = coverageSparkline(articles, width);
  }
  return sparkline;
}

/** The sparkline cell holding a day (YYYY-MM-DD), or -1: what coverageSparkline marks. */
function sparklineCell({ firstDay, daysPerCell, line }: Sparkline, day: string | undefined): number {
  if (!firstDay || !day || day.length !== 10) return -1;
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / MS_PER_DAY;
  if (!Number.isFinite(days) || days < 0) return -1;
  const cell = Math.floor(days / daysPerCell);
  return cell < line.length ? cell : -1;
}

/** The story's shape: articles per day or week across the corpus, the selected date marked. */
function CoverageLine({
  sparkline,
  theme,
  columns,
}: {
  sparkline: Sparkline;
  theme: Theme;
  columns: number;
}): React.JSX.Element {
  if (!sparkline.line)
    return (
      <Styled theme={theme} as="dim">
        {SPARKLINE_LABEL}no dated articles
      </Styled>
    );
  const { line, markIndex } = sparkline;
  // The unit is left out whole when even the narrowest line leaves it no room.
  const unit = unitText(sparkline);
  const shownUnit = SPARKLINE_LABEL.length + line.length + unit.length <= columns ? unit : '';
  const before = markIndex >= 0 ? line.slice(0, markIndex) : line;
  const marked = markIndex >= 0 ? (line[markIndex] ?? '') : '';
  const after = markIndex >= 0 ? line.slice(markIndex + 1) : '';
  return (
    <Text wrap="truncate">
      <Text {...theme.dim}>{SPARKLINE_LABEL}</Text>
      <Text {...theme.accent}>{before}</Text>
      <Text {...theme.selection}>{marked === ' ' ? '·' : marked}</Text>
      <Text {...theme.accent}>{after}</Text>
      <Text {...theme.dim}>{shownUnit}</Text>
    </Text>
  );
}
