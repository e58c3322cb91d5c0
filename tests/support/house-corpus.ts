// A corpus of many small house-format articles (" date YYYY-MM-DD " then the text), generated so
// that tests of ingest at scale need no data outside the repository. Each article is different
// (its own numbers, places and days), names a person, an organisation and a place, and dates
// its sentences in the ways the analysis reads ("on March 3", "two days later"), so every
// article yields events. The same count always gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_NAMES } from '../../src/timeline/calendar.js';

const PLACES = ['Riverton', 'Lakeside', 'Port Ellis', 'Granford', 'Millbrook', 'Ashvale', 'Corran', 'Dunmore'];
const PEOPLE = ['Maria Lopez', 'James Okafor', 'Helen Park', 'Tomas Novak', 'Aisha Rahman', 'Peter Lindqvist'];
const BODIES = ['the city council', 'the Harbour Authority', 'the Water Board', 'Northern Rail', 'the Health Trust'];
const TOPICS = ['flood barrier', 'bridge repair', 'bus depot', 'school roof', 'water main', 'library extension'];
const MONTHS = MONTH_NAMES;

export interface GeneratedArticle {
  path: string;
  date: string;
  /** A word that occurs in this article's text and in no other's. */
  word: string;
}

/** The word planted in article `index`'s text alone, for full-text search tests. */
export function uniqueWord(index: number): string {
  // Letters only, so no tokenizer splits it: a, b, … z, ba, bb, …
  let word = '';
  let n = index;
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${word}`;
}

/** Writes `count` articles into `dir` (created if needed), spread over the days of 2009–2011. */
export function writeHouseCorpus(dir: string, count: number): GeneratedArticle[] {
  mkdirSync(dir, { recursive: true });
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2009, 0, 1) + ((i * 7919) % 1095) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const month = MONTHS[day.getUTCMonth()]!;
    const earlier = Math.max(1, day.getUTCDate() - 2);
    const place = PLACES[i % PLACES.length]!;
    const person = PEOPLE[(i * 5) % PEOPLE.length]!;
    const body = BODIES[(i * 3) % BODIES.length]!;
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    const word = uniqueWord(i);
    const text = [
      ` date ${date} ${capitalise(body)} of ${place} approved the ${topic} plan number ${1000 + i} on ${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}.`,
      '',
      `${person} said on ${month} ${earlier} that the ${topic} would cost ${(i % 90) + 10} million dollars and that the ${word} survey was finished.`,
      '',
      `Work on the ${topic} in ${place} is due to begin on ${MONTHS[(day.getUTCMonth() + 3) % 12]} 1, and two days later the first crews arrive.`,
      '',
    ].join('\n');
    const path = join(dir, `${date}-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, text);
    articles.push({ path, date, word });
  }
  return articles;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
