import React, { memo } from 'react';
import { Box, Text } from 'ink';
import type { TimelineEvent } from '../../types.js';
import type { SearchHit } from '../../search/index.js';
import type { RowList } from '../../browse.js';
import { dateLabel } from '../date-label.js';
import type { Theme } from '../theme.js';
import { Highlighted, Styled } from '../styled.js';

export interface SearchScreenProps {
  query: string;
  hits: readonly SearchHit[];
  /** The timeline the hits index; only the hits drawn are read from it. */
  events: RowList<TimelineEvent>;
  cursor: number;
  top: number;
  height: number;
  /** Columns of the screen: a row is cut to them here, once, not by Ink on every frame. */
  width?: number;
  theme: Theme;
}

interface HitRowProps {
  hit: SearchHit;
  event: TimelineEvent;
  selected: boolean;
  width: number;
  theme: Theme;
}

const LABEL_WIDTH = 20;
const ENTITIES_SEPARATOR = '  · ';

/** `text` cut to `room` characters with '…', and its ranges cut with it. */
function clip(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  room: number,
): { text: string; ranges: Array<[number, number]> } {
  if (text.length <= room) return { text, ranges: ranges.map(([from, to]) => [from, to]) };
  const kept = Math.max(0, room - 1);
  return {
    text: `${text.slice(0, kept)}…`,
    ranges: ranges.filter(([from]) => from < kept).map(([from, to]) => [from, Math.min(to, kept)]),
  };
}

/**
 * One hit's row: one text node (no box around it, one layout node fewer per row), cut to the
 * screen's width when it is made (Ink would cut the styled text again on every frame it lays
 * out), re-rendered when its hit or its selection changes: a move redraws two rows.
 */
const HitRow = memo(function HitRow({ hit, event, selected, width, theme }: HitRowProps) {
  const summaryMatch = hit.matches.find((m) => m.field === 'summary');
  const entitiesMatch = summaryMatch ? undefined : hit.matches.find((m) => m.field === 'entities');
  const summary = clip(event.summary, summaryMatch?.ranges ?? [], width - LABEL_WIDTH);
  const room = width - LABEL_WIDTH - summary.text.length - ENTITIES_SEPARATOR.length;
  const entities = entitiesMatch && room > 1 ? clip(entitiesMatch.text, entitiesMatch.ranges, room) : null;
  return (
    <Text {...(selected ? theme.selection : {})} wrap="truncate">
      <Text {...theme.date}>{dateLabel(event).padEnd(LABEL_WIDTH - 1)}</Text>{' '}
      <Highlighted theme={theme} text={summary.text} ranges={summary.ranges} />
      {entities ? (
        <Text {...theme.dim}>
          {ENTITIES_SEPARATOR}
          <Highlighted theme={theme} text={entities.text} ranges={entities.ranges} />
        </Text>
      ) : null}
    </Text>
  );
});

/** A query line and the events it matches, re-ranked per keystroke, matches highlighted. */
export function SearchScreen(props: SearchScreenProps): React.JSX.Element {
  const { query, hits, events, cursor, top, height, width = Number.POSITIVE_INFINITY, theme } = props;
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
        const event = events.at(hit.index);
        // A row not read yet (a paged timeline): a dim placeholder until it arrives.
        if (!event)
          return (
            <Text key={i} dimColor wrap="truncate">
              {'…'}
            </Text>
          );
        // Keyed by position: a keystroke gives the rows new hits, not new rows to mount and lay out.
        return <HitRow key={i} hit={hit} event={event} selected={top + i === cursor} width={width} theme={theme} />;
      })}
    </Box>
  );
}
