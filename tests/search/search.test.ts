import { describe, expect, it } from 'vitest';
import { createEventSearch, type SearchHit } from '../../src/search/index.js';
import type { TimelineEvent } from '../../src/types.js';

function event(id: string, date: string, summary: string, entities: string[] = []): TimelineEvent {
  return {
    id,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    approximate: date.length !== 10,
    summary,
    sources: [{ path: `${id}.txt`, articleId: id, start: 0, end: summary.length }],
    entities,
  };
}

const EVENTS: TimelineEvent[] = [
  event('a', '2024-01-15', 'Parliament passed the budget after a late-night vote.', ['Parliament']),
  event('b', '2024-02-06', 'A magnitude 7.8 earthquake struck southern Turkey before dawn.', ['Turkey']),
  event('c', '2024-02-07', 'Rescuers pulled survivors from collapsed buildings in Antakya.', ['Antakya']),
  event('d', '2024-02-20', 'Ceasefire negotiations resumed in Cairo with Egyptian mediators.', ['Cairo', 'Egypt']),
  event('e', '2024-03-02', 'Benjamin Netanyahu rejected the proposal in a televised address.', ['Benjamin Netanyahu']),
  event('f', '2024-03', 'Aid convoys waited at the border for most of the month.', ['Rafah']),
  event('g', '2023-11-24', 'A temporary truce began and the first hostages were released.', ['Hamas', 'Qatar']),
  event('h', '2024-02-07', 'Officials said the death toll had risen above 5,000.', ['Turkey', 'Syria']),
  event('i', '2024-04-10', 'The central bank held interest rates steady for a fifth meeting.', ['Federal Reserve']),
  event('j', '2024-04-11', 'Markets rallied after the Federal Reserve signalled cuts.', ['Wall Street']),
  event('k', '2024-05-01', 'Workers marched for higher wages in several capitals.', ['Paris', 'Berlin']),
  event('l', '2024-05-02', 'Aftershocks rattled the quake zone and damaged a hospital.', ['Earthquake Relief Fund']),
  event('m', '2024-05-03', 'José Andrés opened a field kitchen near the port.', ['José Andrés']),
  event('n', '2024-05-04', 'Протесты продолжились в Москве.', ['Москва']),
];

const summaries = (hits: SearchHit[]): string[] => hits.map((hit) => EVENTS[hit.index]!.summary);

const slices = (hit: SearchHit, field: 'summary' | 'entities' | 'date'): string[] =>
  hit.matches
    .filter((match) => match.field === field)
    .flatMap((match) => match.ranges.map(([start, end]) => match.text.slice(start, end)));

describe('createEventSearch', () => {
  const search = createEventSearch(EVENTS);

  it('finds an event by a half-remembered word', () => {
    expect(summaries(search.search('negotiat'))[0]).toContain('negotiations');
  });

  it('finds a name written with accents when typed without', () => {
    const [hit] = search.search('jose andres');
    expect(EVENTS[hit!.index]!.id).toBe('m');
    expect(slices(hit!, 'summary')).toEqual(['José', 'Andrés']);
  });

  it('finds words in other scripts', () => {
    expect(EVENTS[search.search('москве')[0]!.index]!.id).toBe('n');
  });

  it('finds an event by an entity name', () => {
    const hits = search.search('Netanyahu');
    expect(EVENTS[hits[0]!.index]!.id).toBe('e');
  });

  it('finds "earthquake" when the query is typed "earthqauke"', () => {
    expect(summaries(search.search('earthqauke'))[0]).toContain('earthquake');
  });

  it('finds every event on a date given as an ISO prefix', () => {
    const ids = search.search('2024-02').map((hit) => EVENTS[hit.index]!.id);
    expect(ids.sort()).toEqual(['b', 'c', 'd', 'h']);
  });

  it('finds events by a spelled-out month and year', () => {
    const ids = search.search('february 2024').map((hit) => EVENTS[hit.index]!.id);
    expect(ids.sort()).toEqual(['b', 'c', 'd', 'h']);
  });

  it('narrows a date query by the words beside it', () => {
    const hits = search.search('2024-02-07 toll');
    expect(EVENTS[hits[0]!.index]!.id).toBe('h');
    expect(hits.every((hit) => EVENTS[hit.index]!.date === '2024-02-07')).toBe(true);
  });

  it('leaves out events whose date is coarser than the query', () => {
    const ids = search.search('2024-03-02').map((hit) => EVENTS[hit.index]!.id);
    expect(ids).toEqual(['e']);
  });

  it('ranks an exact summary match above an entity-only match', () => {
    const ids = search.search('earthquake').map((hit) => EVENTS[hit.index]!.id);
    expect(ids.indexOf('b')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('l')).toBeGreaterThan(ids.indexOf('b'));
  });

  it('ranks a summary mention above an entity that is exactly the query', () => {
    const ids = search.search('Turkey').map((hit) => EVENTS[hit.index]!.id);
    expect(ids.slice(0, 2)).toEqual(['b', 'h']);
  });

  it('requires every word of the query to match in some field', () => {
    const ids = search.search('markets federal').map((hit) => EVENTS[hit.index]!.id);
    expect(ids).toEqual(['j']);
  });

  it('points highlight ranges at the matched characters of the returned text', () => {
    const [hit] = search.search('survivors');
    expect(slices(hit!, 'summary')).toEqual(['survivors']);
    const [byName] = search.search('Netanyahu');
    expect(slices(byName!, 'entities').map((text) => text.toLowerCase())).toContain('netanyahu');
    const [byDate] = search.search('2024-02 ceasefire');
    expect(slices(byDate!, 'date')).toEqual(['2024-02']);
  });

  it('does not highlight near misses of a word found as typed', () => {
    const [hit] = search.search('markets federal');
    expect(slices(hit!, 'summary')).toEqual(['Markets', 'Federal']);
    expect(slices(hit!, 'entities')).toEqual([]);
  });

  it('highlights the whole word a typo stands for', () => {
    expect(slices(search.search('earthqauke')[0]!, 'summary')).toEqual(['earthquake']);
    expect(slices(search.search('netanyahoo')[0]!, 'summary')).toEqual(['Netanyahu']);
  });

  it('answers a one-letter query with words starting with it', () => {
    const hits = search.search('m');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const [match] = hit.matches;
      const [start] = match!.ranges[0]!;
      expect(match!.text[start]!.toLowerCase()).toBe('m');
      expect(start === 0 || /[^\p{L}\p{N}]/u.test(match!.text[start - 1]!)).toBe(true);
    }
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('returns no more hits than the limit', () => {
    expect(search.search('the', 2).length).toBeLessThanOrEqual(2);
  });

  it('returns nothing when no event is near the query', () => {
    expect(search.search('xylophone')).toEqual([]);
  });
});

describe('the prefiltered path for large timelines', () => {
  const typeOut = (query: string): string[] => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));

  it('returns the same top hit as Fuse alone', () => {
    const small = createEventSearch(EVENTS);
    const large = createEventSearch(EVENTS, { fuseOnlyBelow: 1 });
    for (const query of [
      'москве',
      'jose andres',
      'negotiat',
      'Netanyahu',
      'earthqauke',
      'earthquake',
      'federal reserve',
      'february 2024 turkey',
      'quake',
    ]) {
      expect(large.search(query)[0]?.index, query).toBe(small.search(query)[0]?.index);
    }
  });

  it('lists matches beyond what Fuse ranks after the ranked ones, highlighted', () => {
    const large = createEventSearch(EVENTS, { fuseOnlyBelow: 1, candidateCap: 1 });
    const hits = large.search('turkey', 10);
    expect(hits.map((hit) => EVENTS[hit.index]!.id)).toEqual(['b', 'h']);
    expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[0]!.score);
    expect(slices(hits[1]!, 'entities')).toEqual(['Turkey']);
  });

  it('finds the typo while it is typed letter by letter', () => {
    const large = createEventSearch(EVENTS, { fuseOnlyBelow: 1 });
    let last: SearchHit[] = [];
    for (const prefix of typeOut('earthqauke')) last = large.search(prefix);
    expect(summaries(last)[0]).toContain('earthquake');
  });

  it('gives the same results after narrowing, backspace and edits as a fresh search', () => {
    const typed = createEventSearch(EVENTS, { fuseOnlyBelow: 1, candidateCap: 3 });
    const keystrokes = [
      ...typeOut('federal res'),
      'federal re',
      'federal r',
      'federal ',
      'federal',
      'feder', // backspace
      'fader',
      'fader reserve',
      'rates fed', // edits
      ...typeOut('earthqauke zone'),
      'earthqauke',
      'earthquake',
      'earthquak',
      '2024-02 earth',
      '2024-02 earthq',
      'earthq',
    ];
    for (const query of keystrokes) {
      const fresh = createEventSearch(EVENTS, { fuseOnlyBelow: 1, candidateCap: 3 });
      expect(typed.search(query, 3), query).toEqual(fresh.search(query, 3));
    }
  });
});
