// Small generated house-format corpora in temp folders, for pipeline tests.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const PEOPLE = ['Maria Lopez', 'John Carter', 'Ayesha Khan', 'Pavel Novak', 'Grace Mensah'];
const PLACES = ['Lisbon', 'Nairobi', 'Quito', 'Oslo', 'Hanoi'];

/** Article `i`: a dated lead and a few sentences with names and time expressions. */
export function articleText(i: number): string {
  const person = PEOPLE[i % PEOPLE.length]!;
  const place = PLACES[(i * 3) % PLACES.length]!;
  const day = 1 + (i % 27);
  return (
    ` date 2024-03-${String(day).padStart(2, '0')} ${person} arrived in ${place} on Monday for talks on the harbour project number ${i}.\n\n` +
    `Officials said the talks would resume on March ${day + 1}. ` +
    `Last week ${person} met the mayor of ${place} to discuss funding.\n`
  );
}

export function temporaryFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `news-tui-${prefix}-`));
}

/** Writes `count` articles into a new folder and returns it. */
export function writeCorpus(count: number, folder = temporaryFolder('corpus')): string {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), articleText(i));
  return folder;
}

export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** A maker of temporary folders that are all removed after each test. */
export function scratchFolders(): (prefix: string) => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) removeFolder(folder);
  });
  return (prefix) => {
    const made = temporaryFolder(prefix);
    folders.push(made);
    return made;
  };
}
