import React from 'react';
import { Box, Text } from 'ink';
import type { ReaderLine } from '../reader-layout.js';
import type { Theme } from '../theme.js';

export interface ReaderScreenProps {
  lines: readonly ReaderLine[];
  firstLine: number;
  /** Rows for the title line and the text. */
  height: number;
  /** Spaces before each line: the measure centred on a wide terminal. */
  indent: number;
  theme: Theme;
  /** The article's title line. */
  title: string;
}

const EVENT_BAR = '▌';

/**
 * The article wrapped to its measure under a title line: entities coloured by type, time
 * expressions marked, the event's sentence in the theme's `event` style with a bar in the margin.
 */
export function ReaderScreen({ lines, firstLine, height, indent, theme, title }: ReaderScreenProps): React.JSX.Element {
  const visible = lines.slice(firstLine, firstLine + Math.max(1, height - 1));
  const margin = ' '.repeat(indent);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        {margin}
        {'  '}
        <Text {...theme.heading}>{title}</Text>
      </Text>
      {visible.map((line, i) => (
        <Text key={firstLine + i} wrap="truncate">
          {margin}
          {line.segments.some((segment) => segment.inEvent) ? <Text {...theme.accent}>{EVENT_BAR}</Text> : ' '}{' '}
          {line.segments.map((segment, j) => (
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
