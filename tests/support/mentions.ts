// Entity mentions and lexicons written by hand for tests of the rules that retype names after the tagger.
import type { AnalyzedArticle, ArticleEvent, EntityMention, EntityType } from '../../src/types.js';
import { GAZETTEER_LISTS, lowerWordHash, sequenceHash } from '../../src/nlp/entities/features.js';

/** Mentions of `written`, each with its type, at its occurrences in `text` in order. */
export function mentionsOf(text: string, written: string, types: EntityType[]): EntityMention[] {
  const out: EntityMention[] = [];
  let start = -1;
  for (const type of types) {
    start = text.indexOf(written, start + 1);
    out.push({ start, end: start + written.length, text: written, type, name: written });
  }
  return out;
}

/** A lexicon whose country list holds `countries`. */
export function lexiconWith(countries: string[]): { gazetteer: Map<number, number>; personWords: Set<number> } {
  const gazetteer = new Map<number, number>();
  for (const country of countries)
    gazetteer.set(
      sequenceHash([lowerWordHash(country, 0, country.length)], 0, 1),
      1 << GAZETTEER_LISTS.indexOf('COUNTRY'),
    );
  return { gazetteer, personWords: new Set() };
}

/** An article that is only its names (and events, if given): what the corpus-level merge reads. */
export function articleNaming(
  id: string,
  entities: EntityMention[],
  date: string,
  events: ArticleEvent[] = [],
): AnalyzedArticle {
  return {
    id,
    path: `${id}.txt`,
    date,
    dateSource: 'header',
    title: '',
    text: '',
    sentences: [],
    entities,
    times: [],
    events,
  };
}
