import React from 'react';
import { Box, Text } from 'ink';
import type { ReaderLine } from '../reader-layout.js';
import type { Theme } from '../theme.js';

export interface ReaderScreenProps {
  lines: readonly ReaderLine[];
  firstLine: number;
  height: number;
  theme: Theme;
  /** Shown above the text when the text does not open with it (feed items, exports). */
  title: string | null;
}

/** The article wrapped to the terminal, entities coloured by type, time expressions marked. */
export function ReaderScreen({ lines, firstLine, height, theme, title }: ReaderScreenProps): React.JSX.Element {
  const visible = lines.slice(firstLine, firstLine + height - (title ? 1 : 0));
  return (
    <Box flexDirection="column">
      {title ? (
        <Text {...theme.heading} wrap="truncate">
          {title}
        </Text>
      ) : null}
      {visible.map((line, i) => (
        <Text key={firstLine + i} wrap="truncate">
          {line.segments.length === 0
            ? ' '
            : line.segments.map((segment, j) => (
                <Text
                  key={j}
                  {...(segment.style ? theme[segment.style] : {})}
                  {...(segment.inEvent ? theme.event : {})}
                  {...(segment.match ? theme.match : {})}
                  {...(segment.match === 'current' ? theme.selection : {})}
                >
                  {segment.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
