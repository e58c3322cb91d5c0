import React from 'react';
import { Box, Text } from 'ink';
import type { EntitySummary } from '../../types.js';
import { entityThemeKey, type Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface EntitiesScreenProps {
  /** People, organisations and places (App leaves the other names out). */
  entities: readonly EntitySummary[];
  cursor: number;
  top: number;
  height: number;
  theme: Theme;
}

const TYPE_LABEL: Record<EntitySummary['type'], string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  MISC: 'other',
};

/** People, organisations and places by mentions; choosing one filters the timeline. Only the
 * rows that fit are rendered, so a story with tens of thousands of names opens at once. */
export function EntitiesScreen({ entities, cursor, top, height, theme }: EntitiesScreenProps): React.JSX.Element {
  if (entities.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no names recognised in these articles
      </Styled>
    );
  return (
    <Box flexDirection="column">
      {entities.slice(top, top + Math.max(1, height)).map((entity, i) => {
        const selected = top + i === cursor;
        return (
          <Text key={`${entity.type}:${entity.name}`} {...(selected ? theme.selection : {})} wrap="truncate">
            <Text {...theme.accent}>{selected ? '❯ ' : '  '}</Text>
            <Text {...theme.dim}>
              {TYPE_LABEL[entity.type].padEnd(7)}
              {String(entity.mentions).padStart(5)}{' '}
            </Text>
            <Text {...theme[entityThemeKey(entity.type)]}>{entity.name}</Text>
            <Text {...theme.dim}>{`  ${entity.articles} article${entity.articles === 1 ? '' : 's'}`}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
