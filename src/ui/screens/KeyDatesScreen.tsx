import React from 'react';
import { Box, Text } from 'ink';
import type { KeyDate } from '../../types.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface KeyDatesScreenProps {
  keyDates: readonly KeyDate[];
  cursor: number;
  top: number;
  height: number;
  theme: Theme;
}

/** The story's key dates, most salient first, each with its best event. */
export function KeyDatesScreen({ keyDates, cursor, top, height, theme }: KeyDatesScreenProps): React.JSX.Element {
  if (keyDates.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no key dates: no day-precise events in these articles
      </Styled>
    );
  return (
    <Box flexDirection="column">
      {keyDates.slice(top, top + height).map((day, i) => (
        <Text key={day.date} {...(top + i === cursor ? theme.selection : {})} wrap="truncate">
          <Text {...theme.date}>{day.date}</Text>
          <Text {...theme.dim}>{`  ${String(day.events).padStart(3)} ev  `}</Text>
          {day.summary}
        </Text>
      ))}
    </Box>
  );
}
