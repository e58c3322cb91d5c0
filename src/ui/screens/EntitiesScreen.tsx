import React from 'react';
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { EntitySummary } from '../../types.js';
import { entityThemeKey, type Theme } from '../theme.js';
import { Styled } from '../styled.js';

export interface EntitiesScreenProps {
  entities: readonly EntitySummary[];
  height: number;
  theme: Theme;
  active: boolean;
  onChoose: (name: string) => void;
}

const TYPE_LABEL: Record<EntitySummary['type'], string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  MISC: 'other',
};

/** People, organisations and places by mentions; choosing one filters the timeline. */
export function EntitiesScreen({
  entities: all,
  height,
  theme,
  active,
  onChoose,
}: EntitiesScreenProps): React.JSX.Element {
  // The view is for following people, organisations and places; other names stay lit in the reader.
  const entities = all.filter((e) => e.type !== 'MISC');
  if (entities.length === 0)
    return (
      <Styled theme={theme} as="dim">
        no names recognised in these articles
      </Styled>
    );
  const byName = new Map(entities.map((e) => [e.name, e]));
  const items = entities.map((e) => ({ key: `${e.type}:${e.name}`, label: e.name, value: e.name }));
  const Item = ({ isSelected = false, label }: { isSelected?: boolean; label: string }): React.JSX.Element => {
    const entity = byName.get(label);
    const type = entity?.type ?? 'MISC';
    return (
      <Text {...(isSelected ? theme.selection : {})} wrap="truncate">
        <Text {...theme.dim}>
          {TYPE_LABEL[type].padEnd(7)}
          {String(entity?.mentions ?? 0).padStart(5)}{' '}
        </Text>
        <Text {...theme[entityThemeKey(type)]}>{label}</Text>
        <Text {...theme.dim}>{`  ${entity?.articles ?? 0} article${entity?.articles === 1 ? '' : 's'}`}</Text>
      </Text>
    );
  };
  return (
    <Box flexDirection="column">
      <SelectInput
        items={items}
        limit={Math.max(1, height)}
        isFocused={active}
        itemComponent={Item}
        onSelect={(item) => onChoose(item.value)}
      />
    </Box>
  );
}
