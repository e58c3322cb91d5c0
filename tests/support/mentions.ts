// Entity mentions written by hand for tests of the rules that retype them after the tagger.
import type { EntityMention, EntityType } from '../../src/types.js';

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
