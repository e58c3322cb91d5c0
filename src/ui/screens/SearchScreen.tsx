import React, { memo } from 'react';
import { Box, Text } from 'ink';
import type { TimelineEvent } from '../../types.js';
import type { SearchHit } from '../../search/index.js';
import { dateLabel } from '../date-label.js';
import type { Theme } from '../theme.js';
import { Highlighted, Styled } from '../styled.js';

export interface SearchScreenProps {
  query: string;
  hits: readonly SearchHit[];
  events: readonly TimelineEvent[];
  cursor: number;
  top: number;
  height: number;
  theme: Theme;
}

interface HitRowProps {
  hit: SearchHit;
  event: TimelineEvent;
  selected: boolean;
  theme: Theme;
}

/**
 * One hit's row: one text node (no box around it, one layout node fewer per row), re-rendered
 * when its hit or its selection changes, so a move in the results redraws two rows.
 */
const HitRow = memo(function HitRow({ hit, event, selected, theme }: HitRowProps) {
  const summary = hit.matches.find((m) => m.field === 'summary');
  const entities = hit.matches.find((m) => m.field === 'entities');
  return (
    <Text {...(selected ? theme.selection : {})} wrap="truncate">
      <Text {...theme.date}>{dateLabel(event).padEnd(19)}</Text>{' '}
      <Highlighted theme={theme} text={event.summary} ranges={summary?.ranges ?? []} />
      {entities && !summary ? (
        <Text {...theme.dim}>
          {'  · '}
          <Highlighted theme={theme} text={entities.text} ranges={entities.ranges} />
        </Text>
      ) : null}
    </Text>
  );
});

/** A query line and the events it matches, re-ranked per keystroke, matches highlighted. */
export function SearchScreen(props: SearchScreenProps): React.JSX.Element {
  const { query, hits, events, cursor, top, height, theme } = props;
  const listHeight = Math.max(1, height - 1);
  const visible = hits.slice(top, top + listHeight);
  return (
    <Box flexDirection="column">
      <Box>
        <Styled theme={theme} as="accent">
          /{' '}
        </Styled>
        <Text>{query}</Text>
        <Text inverse> </Text>
        {query ? null : (
          <Styled theme={theme} as="dim">
            {' type to search events: words, names, dates'}
          </Styled>
        )}
      </Box>
      {query.trim() && hits.length === 0 ? (
        <Styled theme={theme} as="dim">{`no match for '${query.trim()}'`}</Styled>
      ) : null}
      {visible.map((hit, i) => {
        const event = events[hit.index];
        if (!event) return null;
        // Keyed by position: a keystroke gives the rows new hits, not new rows to mount and lay out.
        return <HitRow key={i} hit={hit} event={event} selected={top + i === cursor} theme={theme} />;
      })}
    </Box>
  );
}
