import React from 'react';
import { Box, Text } from 'ink';
import { helpLines, type KeyBinding } from '../keymap.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface HelpOverlayProps {
  keymap: readonly KeyBinding[];
  top: number;
  height: number;
  theme: Theme;
}

/** Every key, by group, generated from the tables that dispatch them. */
export function HelpOverlay({ keymap, top, height, theme }: HelpOverlayProps): React.JSX.Element {
  const lines = helpLines(keymap);
  const keysWidth = Math.min(28, Math.max(...lines.map((line) => ('keys' in line ? line.keys.length : 0))) + 2);
  const shown = Math.max(1, height - 1);
  const more = lines.length - (top + shown);
  return (
    <Box flexDirection="column">
      <Styled theme={theme} as="heading">
        {`Keys  (? or Esc closes)${more > 0 ? `  ↓ ${more} more` : ''}`}
      </Styled>
      {lines.slice(top, top + shown).map((line) =>
        'title' in line ? (
          <Styled key={`group ${line.title}`} theme={theme} as="heading">
            {line.title}
          </Styled>
        ) : (
          <Text key={line.description} wrap="truncate">
            <Text {...theme.accent}>{line.keys.padEnd(keysWidth)}</Text>
            {line.description}
            <Text {...theme.dim}>{`  (${line.screens})`}</Text>
          </Text>
        ),
      )}
    </Box>
  );
}
