// A row cut by fitRow is drawn as Ink draws the row it would have cut itself: same characters,
// same colours, '…' in the row's style.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { Box, Text } from 'ink';
import chalk from 'chalk';
import { fitRow } from '../../src/ui/fit-row.js';

afterEach(cleanup);

function Row({ parts, width, fit }: { parts: string[]; width: number; fit: boolean }): React.JSX.Element {
  const fitted = fit ? fitRow(parts, width) : null;
  const [mark, date, title, count] = fitted?.parts ?? parts;
  return (
    <Box width={width}>
      <Text inverse wrap="truncate">
        <Text color="yellow">{mark}</Text>
        <Text color="cyan">{date}</Text>
        {title}
        <Text dimColor>{count}</Text>
        {fitted?.alone}
      </Text>
    </Box>
  );
}

describe('fitRow', () => {
  it('cuts a row as Ink cuts it, colours and the closing … included', () => {
    const level = chalk.level;
    chalk.level = 3;
    const parts = ['● ', '2010-04-20 ', 'BP’s Deepwater Horizon rig explodes — «11 missing» ★ ×2', '  12 events'];
    for (let width = 0; width <= 85; width++) {
      const ink = render(<Row parts={parts} width={width} fit={false} />).lastFrame();
      const fitted = render(<Row parts={parts} width={width} fit={true} />).lastFrame();
      expect(fitted, `width ${width}`).toBe(ink);
    }
    chalk.level = level;
  });

  it('leaves a row that fits as it is, and one of unknown width to Ink', () => {
    expect(fitRow(['ab', 'cd'], 4)).toEqual({ parts: ['ab', 'cd'], alone: '' });
    expect(fitRow(['ab', 'cdef'], 4)).toEqual({ parts: ['ab', 'c…'], alone: '' });
    expect(fitRow(['ab', 'cdef'], 3)).toEqual({ parts: ['ab…', ''], alone: '' });
    expect(fitRow(['漢字', 'x'], 2)).toBeNull();
    expect(fitRow(['e\u0301'], 1)).toBeNull();
  });
});
