import React from 'react';
import { Box, Text } from 'ink';
import { helpRows, type KeyBinding } from '../keymap.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface HelpOverlayProps {
  keymap: readonly KeyBinding[];
  top: number;
  height: number;
  theme: Theme;
}

/** Every key, generated from the keymap table that dispatches them. */
export function HelpOverlay({ keymap, top, height, theme }: HelpOverlayProps): React.JSX.Element {
  const rows = helpRows(keymap);
  const keysWidth = Math.min(28, Math.max(...rows.map((r) => r.keys.length)) + 2);
  return (
    <Box flexDirection="column">
      <Styled theme={theme} as="heading">
        {'Keys  (? or Esc closes)'}
      </Styled>
      {rows.slice(top, top + Math.max(1, height - 1)).map((row) => (
        <Text key={row.description} wrap="truncate">
          <Text {...theme.accent}>{row.keys.padEnd(keysWidth)}</Text>
          {row.description}
          <Text {...theme.dim}>{`  (${row.screens})`}</Text>
        </Text>
      ))}
    </Box>
  );
}
