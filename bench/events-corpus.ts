// A corpus of many timeline events for the keystroke benchmark at 100,000 events:
// house-format articles of real news sentences (bench/search.ts's synthetic timeline), each
// sentence opened by a full date ("On March 4, 1998, …") so that each becomes an event of its
// own. 50 sentences to an article: the analysis of 100,000 events then takes about as long as
// that of the 10,000-article corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticEvents } from './search.js';
import { MONTH_NAMES } from '../src/timeline/calendar.js';

const SENTENCES_PER_ARTICLE = 50;
const ARTICLES_PER_FOLDER = 500;

/** "1998-03-04" → "March 4, 1998". */
function spelled(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${MONTH_NAMES[month - 1]} ${date}, ${year}`;
}

/**
 * Writes house-format files into `folder` (created), one dated sentence for each of `sentences`;
 * some sentences date a second clause of their own, so the timeline has ~1.25 events a sentence.
 */
export function writeEventsCorpus(folder: string, sentences: number): void {
  const timeline = syntheticEvents(sentences, 7);
  for (let first = 0, article = 0; first < timeline.length; first += SENTENCES_PER_ARTICLE, article++) {
    const told = timeline.slice(first, first + SENTENCES_PER_ARTICLE);
    // A day for every sentence: a synthetic month gets its 15th, a year its June 15th.
    const days = told.map(({ date }) => (date.length === 4 ? `${date}-06-15` : `${date}-15`.slice(0, 10)));
    const published = [...days].sort().at(-1)!;
    const text = told.map((event, i) => `On ${spelled(days[i]!)}, ${event.summary}`).join(' ');
    const sub = join(folder, String(Math.floor(article / ARTICLES_PER_FOLDER)).padStart(3, '0'));
    if (article % ARTICLES_PER_FOLDER === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(article).padStart(5, '0')}.txt`), ` date ${published} ${text}\n`);
  }
}
