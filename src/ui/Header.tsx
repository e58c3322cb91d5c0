import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import { coverageSparkline, type Sparkline } from '../timeline/index.js';
import { timelineSpan } from './date-label.js';
import { Styled } from './styled.js';
import type { Theme } from './theme.js';
import type { AppContext } from './use-app-state.js';
import { plural } from './views.js';

const SPARKLINE_LABEL = 'coverage ';
const MS_PER_DAY = 86_400_000;

/** The story's name and counts, and its coverage with the selected date marked. */
export function Header({ app }: { app: AppContext }): React.JSX.Element {
  const { story, theme, columns, nav, events } = app;
  const span = useMemo(() => timelineSpan(story.timeline), [story.timeline]);
  const markDate =
    nav.screen === 'reader' && nav.reader?.eventIndex != null
      ? story.timeline[nav.reader.eventIndex]?.date
      : events[nav.lists.timeline.cursor]?.date;
  const sparklineWidth = Math.max(10, columns - SPARKLINE_LABEL.length - 12);
  // The line depends on the corpus and the width only; a move just places the mark on it.
  const coverage = useMemo(() => coverageSparkline(story.articles, sparklineWidth), [story.articles, sparklineWidth]);
  const markDay = markDate?.slice(0, 10);
  const sparkline = useMemo(() => ({ ...coverage, markIndex: sparklineCell(coverage, markDay) }), [coverage, markDay]);
  return (
    <Box width={columns} flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.accent}>news-tui</Text>
        {` · ${story.name} · ${plural(story.articles.length, 'article')} · ${plural(story.timeline.length, 'event')} · ${span}`}
        {story.problems.length ? (
          <Text {...theme.warning}>{` · ${plural(story.problems.length, 'file')} skipped`}</Text>
        ) : null}
      </Text>
      <CoverageLine sparkline={sparkline} theme={theme} />
    </Box>
  );
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
function CoverageLine({ sparkline, theme }: { sparkline: Sparkline; theme: Theme }): React.JSX.Element {
  if (!sparkline.line)
    return (
      <Styled theme={theme} as="dim">
        {SPARKLINE_LABEL}no dated articles
      </Styled>
    );
  const { line, markIndex } = sparkline;
  const unit =
    sparkline.daysPerCell === 1 ? 'day' : sparkline.daysPerCell === 7 ? 'week' : `${sparkline.daysPerCell} days`;
  const before = markIndex >= 0 ? line.slice(0, markIndex) : line;
  const marked = markIndex >= 0 ? (line[markIndex] ?? '') : '';
  const after = markIndex >= 0 ? line.slice(markIndex + 1) : '';
  return (
    <Text wrap="truncate">
      <Text {...theme.dim}>{SPARKLINE_LABEL}</Text>
      <Text {...theme.accent}>{before}</Text>
      <Text {...theme.selection}>{marked === ' ' ? '·' : marked}</Text>
      <Text {...theme.accent}>{after}</Text>
      <Text {...theme.dim}>{` per ${unit}`}</Text>
    </Text>
  );
}
