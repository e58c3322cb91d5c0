// A small story told by many articles, for tests of merging across articles: unlike the house
// corpus (each article its own day), several articles tell the same happenings on the same days
// in different words, so the timeline joins their tellings into one row with several sources.
// The same range of indexes always gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Each happening: its day in March 2010, then ways of telling it ({place} and {person} filled in).
const HAPPENINGS: ReadonlyArray<{ day: number; tellings: readonly string[] }> = [
  {
    day: 2,
    tellings: [
      'The river Aln burst its banks in {place} on March 2, flooding two hundred homes.',
      'On March 2 the Aln flooded two hundred homes in {place} when it burst its banks.',
      'Floodwater from the river Aln reached homes in {place} on March 2.',
    ],
  },
  {
    day: 3,
    tellings: [
      '{person} declared a state of emergency in {place} on March 3.',
      'On March 3 {person} declared an emergency across {place}.',
      'A state of emergency was declared by {person} on March 3.',
    ],
  },
  {
    day: 3,
    tellings: [
      'Army engineers arrived in {place} on March 3 to build a temporary barrier.',
      'On March 3 army engineers began building a temporary flood barrier near {place}.',
    ],
  },
  {
    day: 5,
    tellings: [
      'The Water Board admitted on March 5 that the pumps at {place} had failed.',
      'On March 5 the Water Board said its pumping station at {place} had failed.',
      'Pumps at the {place} station failed, the Water Board admitted on March 5.',
    ],
  },
  {
    day: 8,
    tellings: [
      'Schools in {place} reopened on March 8 after the water receded.',
      'On March 8 the schools of {place} opened again as floodwater fell.',
    ],
  },
  {
    day: 8,
    tellings: [
      '{person} promised on March 8 an inquiry into the failure of the pumps.',
      'An inquiry into the pump failure was promised by {person} on March 8.',
    ],
  },
  {
    day: 12,
    tellings: [
      'Insurers estimated on March 12 that the flood had cost forty million pounds.',
      'The flood cost insurers forty million pounds, they estimated on March 12.',
    ],
  },
];

const PLACES = ['Alnmouth', 'Lesbury', 'Hipsburn', 'Warkworth'];
const PEOPLE = ['Maria Lopez', 'James Okafor', 'Helen Park'];

/** Writes articles `from` to `to - 1` of the story into `dir`; returns their paths. */
export function writeStoryCorpus(dir: string, from: number, to: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = from; i < to; i++) {
    const place = PLACES[i % PLACES.length]!;
    const person = PEOPLE[(i * 2) % PEOPLE.length]!;
    // Three or four happenings an article, the later an article the later its happenings.
    const first = i % (HAPPENINGS.length - 3);
    const told = HAPPENINGS.slice(first, first + 3 + (i % 2));
    const published = Math.max(...told.map((h) => h.day)) + (i % 3);
    const sentences = told.map((h, k) => h.tellings[(i + k) % h.tellings.length]!);
    const text = [
      ` date 2010-03-${String(published).padStart(2, '0')} ${fill(sentences[0]!, place, person)}`,
      '',
      ...sentences.slice(1).map((sentence) => fill(sentence, place, person)),
      '',
      `Residents of ${place} said the report number ${100 + i} was read at a meeting.`,
      '',
    ].join('\n');
    const path = join(dir, `story-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}

function fill(sentence: string, place: string, person: string): string {
  return sentence.replaceAll('{place}', place).replaceAll('{person}', person);
}
