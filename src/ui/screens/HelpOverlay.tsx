import React from 'react';
import { Box, Text } from 'ink';
import { helpLines, type KeyBinding } from '../keymap.js';
import type { Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface HelpOverlayProps {
  keymap: readonly KeyBinding[];
  /** The first line shown: the help scrolls when it does not fit. */
  top: number;
  height: number;
  width: number;
  theme: Theme;
}

/** The keys column: wide enough for the longest keys, but a third of a narrow terminal at most. */
function keysColumn(lines: ReturnType<typeof helpLines>, width: number): number {
  const longest = Math.max(...lines.map((line) => ('keys' in line ? line.keys.length : 0)));
  return Math.min(28, longest + 2, Math.max(12, Math.floor(width / 3)));
}

/**
 * Every key, by group, generated from the tables that dispatch them. The title says how many
 * lines are above and below the screen, so a short terminal does not hide keys without a word.
 */
export function HelpOverlay({ keymap, top, height, width, theme }: HelpOverlayProps): React.JSX.Element {
  const lines = helpLines(keymap);
  const keysWidth = keysColumn(lines, width);
  const shown = Math.max(1, height - 1);
  const above = top;
  const below = lines.length - (top + shown);
  const where = [above > 0 ? `↑ ${above} above` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join('  ');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.heading}>Keys</Text>
        <Text {...theme.dim}>{'  (? or Esc closes)'}</Text>
        {where ? <Text {...theme.accent}>{`  ${where}`}</Text> : null}
      </Text>
      {lines.slice(top, top + shown).map((line) =>
        'title' in line ? (
          <Styled key={`group ${line.title}`} theme={theme} as="heading">
            {line.title}
          </Styled>
        ) : (
          <Text key={line.description} wrap="truncate">
            <Text {...theme.accent}>{fit(line.keys, keysWidth - 1).padEnd(keysWidth)}</Text>
            {line.description}
            <Text {...theme.dim}>{`  (${line.screens})`}</Text>
          </Text>
        ),
      )}
    </Box>
  );
}

/** `text` in at most `width` columns, cut with '…'. */
function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
