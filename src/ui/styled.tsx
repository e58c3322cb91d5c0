import React from 'react';
import { Text } from 'ink';
import type { Theme, ThemeKey } from './theme.js';

/** Text styled by meaning: components name a theme key, never a colour. */
export function Styled({
  theme,
  as,
  children,
  wrap,
}: {
  theme: Theme;
  as: ThemeKey | null;
  children: React.ReactNode;
  wrap?: 'truncate' | 'wrap';
}): React.JSX.Element {
  const style = as ? theme[as] : {};
  return (
    <Text {...style} wrap={wrap}>
      {children}
    </Text>
  );
}

/** Text with [start, end) ranges drawn in the theme's `match` style (search hits). */
export function Highlighted({
  theme,
  text,
  ranges,
  base,
}: {
  theme: Theme;
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  base?: ThemeKey;
}): React.JSX.Element {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([start, end], i) => {
    if (end <= at) return;
    const s = Math.max(start, at);
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <Text key={i} {...theme.match}>
        {text.slice(s, end)}
      </Text>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <Text {...(base ? theme[base] : {})} wrap="truncate">
      {parts}
    </Text>
  );
}
