import type { TimelineEvent } from '../types.js';
import { describeDate } from './dates.js';

/** The searchable fields of one event, as Fuse indexes them. */
export interface SearchDoc {
  summary: string;
  entities: string[];
  dateText: string;
}

export function searchDocs(events: readonly TimelineEvent[]): SearchDoc[] {
  // Many events share a day, and spelling dates out was a third of building the index.
  const dateTexts = new Map<string, string>();
  return events.map((event) => {
    let dateText = dateTexts.get(event.date);
    if (dateText === undefined) {
      dateText = describeDate(event.date);
      dateTexts.set(event.date, dateText);
    }
    return { summary: event.summary, entities: event.entities, dateText };
  });
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case without accents, so "jose" finds "José". Offsets stay those of the original for
 * precomposed letters (as news text has them); text that spells accents as separate combining
 * marks gets shorter, so its highlights may be trimmed wrongly, never its matches.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII is the common case and needs no normalisation.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

// One field per line, so no term can match across two fields.
export const FIELD_SEPARATOR = '\n';

/** The folded text the prefilter scans: summary, entities, date text. */
export function haystackOf(doc: SearchDoc): string {
  return foldText(`${doc.summary}${FIELD_SEPARATOR}${doc.entities.join(' ; ')}${FIELD_SEPARATOR}${doc.dateText}`);
}

// Words of any script; for Latin ones this is the split uFuzzy applies to a needle, so every
// term handed to it is one uFuzzy term.
const TERM_SEPARATOR = /[^\p{L}\p{N}']+/u;

/** The query's words, folded, in the order typed. */
export function splitTerms(text: string): string[] {
  return foldText(text)
    .split(TERM_SEPARATOR)
    .map((term) => term.replace(/^'+|'+$/g, ''))
    .filter((term) => term.length > 0);
}
