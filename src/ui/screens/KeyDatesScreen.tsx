import React from 'react';
import { Box, Text } from 'ink';
import type { KeyDate } from '../../types.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';
import { fitRow } from '../fit-row.js';

export interface KeyDatesScreenProps {
  keyDates: readonly KeyDate[];
  cursor: number;
  top: number;
  height: number;
  /** Columns of the screen: a row is cut to them once (fitRow), not by Ink on each new row. */
  width?: number;
  theme: Theme;
}

/** The story's key dates, most salient first, each with its best event. */
export function KeyDatesScreen({
  keyDates,
  cursor,
  top,
  height,
  width = Number.POSITIVE_INFINITY,
  theme,
}: KeyDatesScreenProps): React.JSX.Element {
  if (keyDates.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no key dates: no day-precise events in these articles
      </Styled>
    );
  return (
    <Box flexDirection="column">
      {keyDates.slice(top, top + height).map((day, i) => {
        const parts = [day.date, `  ${String(day.events).padStart(3)} ev  `, day.summary];
        const fitted = fitRow(parts, width);
        const [date, count, summary] = fitted?.parts ?? parts;
        return (
          <Text key={day.date} {...(top + i === cursor ? theme.selection : {})} wrap="truncate">
            <Text {...theme.date}>{date}</Text>
            <Text {...theme.dim}>{count}</Text>
            {summary}
            {fitted?.alone}
          </Text>
        );
      })}
    </Box>
  );
}
