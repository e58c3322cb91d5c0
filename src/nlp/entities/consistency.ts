// Document-level consistency: one name written several times in an article is one referent, so
// its mentions share the type the tagger believes in most across all of them.
import type { EntityType } from '../../types.js';
import { displayName } from './spans.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Belief in PERSON, ORG, PLACE, MISC; a mention without one counts as certain of its type. */
  belief?: number[];
}

/** Gives every mention of the same name (case aside) the type with the most summed belief. */
export function voteTypes<C extends Candidate>(candidates: C[]): C[] {
  const totals = new Map<string, number[]>();
  const keys = candidates.map((c) => displayName(c.text).toLowerCase());
  candidates.forEach((c, k) => {
    const key = keys[k]!;
    let total = totals.get(key);
    if (!total) {
      total = [0, 0, 0, 0];
      totals.set(key, total);
    }
    const belief = c.belief ?? TYPES.map((t) => (t === c.type ? 1 : 0));
    for (let t = 0; t < 4; t++) total[t]! += belief[t]!;
  });
  return candidates.map((c, k) => {
    const total = totals.get(keys[k]!)!;
    let best = 0;
    for (let t = 1; t < 4; t++) if (total[t]! > total[best]!) best = t;
    const type = TYPES[best]!;
    // A city is a place in one sentence and its club in the next, so ORG and PLACE are left as
    // tagged; a name that is a person somewhere is a person everywhere (measured on eng.testa).
    if (type === c.type || (type !== 'PERSON' && c.type !== 'PERSON')) return c;
    return { ...c, type };
  });
}
