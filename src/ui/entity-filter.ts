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

const indexes = new WeakMap<readonly EntitySummary[], EntityIndex>();

/** The index of a list of names, made once per list (a story's names change only as it streams). */
export function indexEntities(entities: readonly EntitySummary[]): EntityIndex {
  let index = indexes.get(entities);
  if (!index) {
    const searchText = entities.map((entity) =>
      (entity.aliases.length ? `${entity.name}\n${entity.aliases.join('\n')}` : entity.name).toLowerCase(),
    );
    indexes.set(entities, (index = { entities, searchText }));
  }
  return index;
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
