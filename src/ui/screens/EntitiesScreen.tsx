import React from 'react';
import { Box, Text } from 'ink';
import type { EntitySummary } from '../../types.js';
import { formatCount } from '../count.js';
import { ENTITY_TYPE_LABELS } from '../entity-filter.js';
import { ENTITY_TYPE_FILTERS, type EntityTypeFilter } from '../navigation.js';
import { entityThemeKey, type Theme } from '../theme.js';
import { Styled } from '../styled.js';
import { fitRow } from '../fit-row.js';

export interface EntitiesScreenProps {
  /** The people, organisations and places listed (of the type chosen, holding the filter). */
  entities: readonly EntitySummary[];
  /** How many names there are before filtering. */
  total: number;
  /** The filter as typed, and the type of name listed. */
  query: string;
  type: EntityTypeFilter;
  cursor: number;
  top: number;
  /** Rows for the filter line and the list. */
  height: number;
  width: number;
  theme: Theme;
}

/** Rows above the list: the filter line. */
export const ENTITIES_LIST_TOP = 1;

const TYPE_LABEL: Record<EntitySummary['type'], string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  MISC: 'other',
};

/**
 * People, organisations and places by mentions under a filter line, fzf's way: what is typed
 * narrows the names, Tab the type, and the count of those listed stays in sight. Only the rows
 * that fit are rendered, so a story with tens of thousands of names opens at once.
 */
export function EntitiesScreen(props: EntitiesScreenProps): React.JSX.Element {
  const { entities, total, query, type, cursor, top, height, width, theme } = props;
  const listHeight = Math.max(1, height - ENTITIES_LIST_TOP);
  const placeholder = query ? '' : ' type to filter names';
  const counts = `  ${formatCount(entities.length)} of ${formatCount(total)}  `;
  // All the types when they fit, the one listed alone on a narrow terminal.
  const allTypes = ENTITY_TYPE_FILTERS.reduce((sum, filter) => sum + ENTITY_TYPE_LABELS[filter].length + 2, 0);
  const fits = 2 + query.length + 1 + placeholder.length + counts.length + allTypes <= width;
  const types = fits ? ENTITY_TYPE_FILTERS : [type];
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.accent}>{'> '}</Text>
        {query}
        <Text inverse> </Text>
        {placeholder ? <Text {...theme.dim}>{placeholder}</Text> : null}
        <Text {...theme.dim}>{counts}</Text>
        {types.map((filter) => (
          <Text key={filter} {...(filter === type ? theme.selection : theme.dim)}>
            {` ${ENTITY_TYPE_LABELS[filter]} `}
          </Text>
        ))}
      </Text>
      {entities.length === 0 ? (
        <Styled theme={theme} as="dim">
          {total === 0 ? 'no names recognised in these articles' : emptyMessage(query, type)}
        </Styled>
      ) : null}
      {entities.slice(top, top + listHeight).map((entity, i) => {
        const selected = top + i === cursor;
        const parts = [
          selected ? '❯ ' : '  ',
          `${TYPE_LABEL[entity.type].padEnd(7)}${String(entity.mentions).padStart(5)} `,
          entity.name,
          `  ${entity.articles} article${entity.articles === 1 ? '' : 's'}`,
        ];
        const fitted = fitRow(parts, width);
        const [mark, counts, name, articles] = fitted?.parts ?? parts;
        return (
          <Text key={`${entity.type}:${entity.name}`} {...(selected ? theme.selection : {})} wrap="truncate">
            <Text {...theme.accent}>{mark}</Text>
            <Text {...theme.dim}>{counts}</Text>
            <Text {...theme[entityThemeKey(entity.type)]}>{name}</Text>
            <Text {...theme.dim}>{articles}</Text>
            {fitted?.alone}
          </Text>
        );
      })}
    </Box>
  );
}

function emptyMessage(query: string, type: EntityTypeFilter): string {
  const kind = type === 'all' ? 'names' : ENTITY_TYPE_LABELS[type];
  return query.trim() ? `no ${kind} holding '${query.trim()}' (Esc clears)` : `no ${kind} in these articles`;
}
