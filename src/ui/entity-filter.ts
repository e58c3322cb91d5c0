import type { EntitySummary } from '../types.js';
import type { EntityTypeFilter } from './navigation.js';

/** What the entities screen calls each kind of name it lists, as Tab cycles them. */
export const ENTITY_TYPE_LABELS: Record<EntityTypeFilter, string> = {
  all: 'all',
  PERSON: 'people',
  ORG: 'organisations',
  PLACE: 'places',
};

/** Names made ready to filter as one types: each entity's name and aliases, lower-cased once. */
export interface EntityIndex {
  entities: readonly EntitySummary[];
  /** Per entity, its name and aliases lower-cased and joined by line breaks (typed text has none). */
  searchText: readonly string[];
}

export function indexEntities(entities: readonly EntitySummary[]): EntityIndex {
  return {
    entities,
    searchText: entities.map((entity) => [entity.name, ...entity.aliases].join('\n').toLowerCase()),
  };
}

/**
 * The entities of `type` whose name or an alias holds `query`, case aside, in the index's order
 * (by mentions): fzf's exact-substring filter, so `obam` finds "Barack Obama" and "Obama's".
 */
export function filterEntities(index: EntityIndex, query: string, type: EntityTypeFilter): EntitySummary[] {
  const wanted = query.trim().toLowerCase();
  const shown: EntitySummary[] = [];
  index.entities.forEach((entity, i) => {
    if (type !== 'all' && entity.type !== type) return;
    if (wanted && !index.searchText[i]!.includes(wanted)) return;
    shown.push(entity);
  });
  return shown;
}
