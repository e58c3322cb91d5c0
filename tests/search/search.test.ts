import { describe, expect, it } from 'vitest';
import { createEventSearch, sourceNamesFromArticles, type SearchHit } from '../../src/search/index.js';
import type { Article, TimelineEvent } from '../../src/types.js';

let articles = 0;
function event(id: string, date: string, summary: string, entities: string[] = [], source = ''): TimelineEvent {
  articles++;
  source ||= `${String(articles).padStart(4, '0')}.txt`;
  return {
    id,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    approximate: date.length !== 10,
    summary,
    sources: [{ path: `/stories/haiti/${source}`, articleId: id, start: 0, end: summary.length }],
    entities,
  };
}

// A small Haiti story, in timeline order, written so each rule has one event that obeys it
// and one that would only match if the rule were broken.
const EVENTS: TimelineEvent[] = [
  event('quake', '2010-01-12', 'A powerful earthquake struck Haiti near Port-au-Prince.', ['Haiti', 'Port-au-Prince']),
  event('pics', '2010-01-13', 'In pics: Powerful quake hits Haiti', ['Haiti']),
  event('preval', '2010-01-14', 'President Preval said the palace had collapsed.', ['René Préval']),
  event('prevail', '2010-01-15', 'Calm did not prevail in the capital as aid stalled.', ['Port-au-Prince']),
  event('obama', '2010-01-15', 'Obama pledged aid to Haiti and sent troops.', ['Barack Obama', 'Haiti']),
  event('obama-only', '2010-01-16', 'Obama spoke about the economy in Ohio.', ['Barack Obama', 'Ohio']),
  event('clinton', '2010-01-18', 'Clinton visited Haiti with supplies.', ['Bill Clinton', 'Haiti'], 'bbc-0001.txt'),
  event('entity-haiti', '2010-01-19', 'The UN mission counted its dead.', ['Haiti', 'United Nations']),
  event('hait', '2010-01-20', 'Aid groups in Haitian camps asked for tents.', ['Red Cross']),
  event('jose', '2010-01-21', 'José Andrés opened a field kitchen near the port.', ['José Andrés']),
  event('moscow', '2010-01-22', 'Протесты продолжились в Москве.', ['Москва']),
  event('month', '2010-01', 'Aftershocks continued through the month.', ['Haiti']),
  event('feb', '2010-02-01', 'Schools reopened in the earthquake zone.', ['Haiti'], 'reuters-0002.txt'),
];

const ids = (hits: readonly SearchHit[]): string[] => hits.map((hit) => EVENTS[hit.index]!.id);
const slices = (hit: SearchHit, field: string): string[] =>
  hit.matches
    .filter((match) => match.field === field)
    .flatMap((match) => match.ranges.map(([start, end]) => match.text.slice(start, end)));

describe('terms match words', () => {
  const search = createEventSearch(EVENTS);

  it('matches the beginning of a word', () => {
    expect(ids(search.search('hait')).sort()).toEqual(
      ['clinton', 'entity-haiti', 'feb', 'hait', 'month', 'obama', 'pics', 'quake'].sort(),
    );
  });

  it('does not match letters scattered across a sentence', () => {
    // "In pics: Powerful quake hits Haiti" has p-r-e-v-a-l in order, but no word "preval".
    expect(ids(search.search('preval'))).toEqual(['preval']);
  });

  it('does not match inside a word', () => {
    expect(ids(search.search('quake'))).toEqual(['pics']);
  });

  it('finds a word with one transposed pair of letters', () => {
    expect(ids(search.search('earthqauke')).sort()).toEqual(['feb', 'quake']);
  });

  it('finds a word with one letter wrong, missing or extra', () => {
    expect(ids(search.search('earthquaje')).sort()).toEqual(['feb', 'quake']);
    expect(ids(search.search('earthquke')).sort()).toEqual(['feb', 'quake']);
    expect(ids(search.search('earthquaake')).sort()).toEqual(['feb', 'quake']);
  });

  it('allows the typo in the first two letters too', () => {
    for (const typo of ['aerthquake', 'xarthquake', 'arthquake', 'hearthquake']) {
      expect(ids(search.search(typo)).sort(), typo).toEqual(['feb', 'quake']);
    }
  });

  it('allows no typo in words shorter than five letters', () => {
    expect(search.search('ohoi')).toEqual([]);
  });

  it('allows no second typo', () => {
    expect(search.search('eatrhqauke')).toEqual([]);
  });

  it('keeps finding the word while a typo is being typed', () => {
    expect(ids(search.search('earthqa')).sort()).toEqual(['feb', 'quake']);
  });

  it('prefers the word as typed over its one-typo neighbours', () => {
    // "prevail" is one letter from "preval", but the story has the name itself.
    expect(ids(search.search('preval'))).not.toContain('prevail');
  });

  it('finds words typed without their accents, and words of other scripts', () => {
    expect(ids(search.search('jose andres'))).toEqual(['jose']);
    expect(ids(search.search('москве'))).toEqual(['moscow']);
  });
});

describe('every term must match', () => {
  const search = createEventSearch(EVENTS);

  it('requires all terms (AND)', () => {
    expect(ids(search.search('obama haiti'))).toEqual(['obama']);
  });

  it('matches a term in the summary, the entities or the outlet', () => {
    expect(ids(search.search('rene'))).toEqual(['preval']);
    const byOutlet = createEventSearch(EVENTS, {
      sourceNames: (source) => (source.articleId === 'clinton' ? 'BBC' : ''),
    });
    expect(ids(byOutlet.search('haiti bbc'))).toEqual(['clinton']);
  });

  it('does not match a term in a file name', () => {
    // The file is bbc-0001.txt, but a file name is no outlet: it may name the story.
    expect(search.search('haiti bbc')).toEqual([]);
  });
});

describe('ranking', () => {
  const search = createEventSearch(EVENTS);

  it('puts whole words of the summary first, then entities, then word beginnings', () => {
    const order = ids(search.search('haiti', 100));
    // Summary has the word: quake, pics, obama, clinton; only entities: entity-haiti, month, feb;
    // "Haitian" only begins with it.
    expect(order.slice(0, 4).sort()).toEqual(['clinton', 'obama', 'pics', 'quake']);
    expect(order.slice(4, 7).sort()).toEqual(['entity-haiti', 'feb', 'month']);
    expect(order[7]).toBe('hait');
  });

  it('puts the more recent event first among equals', () => {
    const order = ids(search.search('haiti', 100));
    expect(order.slice(0, 4)).toEqual(['clinton', 'obama', 'pics', 'quake']);
  });

  it('scores higher for better hits', () => {
    const hits = search.search('haiti', 100);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    expect(hits[0]!.score).toBe(1);
  });
});

describe('counting', () => {
  const search = createEventSearch(EVENTS);

  it('counts every match, not just the hits returned', () => {
    const result = search.find('haiti', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBe(8);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search.find('   ')).toEqual({ hits: [], total: 0, problems: [] });
  });
});

describe('fzf extended syntax', () => {
  const search = createEventSearch(EVENTS);

  it("'word matches the whole word only", () => {
    expect(ids(search.search("'haiti", 100))).not.toContain('hait');
    expect(ids(search.search("'hait"))).toEqual([]);
  });

  it("'word allows no typo", () => {
    expect(search.search("'earthqauke")).toEqual([]);
  });

  it('!word leaves out events with the word', () => {
    expect(ids(search.search('obama !haiti'))).toEqual(['obama-only']);
  });

  it('^text matches the start of the summary, an entity or a source', () => {
    expect(ids(search.search('^obama', 100)).sort()).toEqual(['obama', 'obama-only']);
    expect(ids(search.search('^in pics'))).toEqual(['pics']);
    expect(ids(search.search('^rene'))).toEqual(['preval']);
    expect(ids(search.search('^haiti', 100))).not.toContain('hait');
    expect(ids(search.search('^powerful'))).toEqual([]);
  });

  it('text$ matches the end of a field, punctuation aside', () => {
    expect(ids(search.search('prince$', 100)).sort()).toEqual(['prevail', 'quake']);
    expect(ids(search.search('troops$'))).toEqual(['obama']);
  });

  it('^text$ matches a whole field', () => {
    expect(ids(search.search('^ohio$'))).toEqual(['obama-only']);
  });

  it('a | b matches either', () => {
    expect(ids(search.search('clinton | obama', 100)).sort()).toEqual(['clinton', 'obama', 'obama-only']);
    expect(ids(search.search('haiti clinton | obama', 100)).sort()).toEqual(['clinton', 'obama']);
  });
});

describe('field filters', () => {
  const search = createEventSearch(EVENTS);

  it('entity: keeps events with an entity whose name has a word starting with the value', () => {
    expect(ids(search.search('entity:Preval'))).toEqual(['preval']);
    expect(ids(search.search('entity:"Barack Obama" haiti'))).toEqual(['obama']);
    expect(ids(search.search('entity:obama economy'))).toEqual(['obama-only']);
  });

  it('source: keeps events from a file whose name matches', () => {
    expect(ids(search.search('source:reuters'))).toEqual(['feb']);
    expect(ids(search.search('source:bbc haiti'))).toEqual(['clinton']);
  });

  it('source: reads outlets and web sites when the articles name them', () => {
    const articles = EVENTS.map((e): Article => ({
      id: e.id,
      path: e.sources[0]!.path,
      date: e.date,
      dateSource: 'header',
      title: e.summary,
      text: e.summary,
      ...(e.id === 'obama' ? { source: 'Fox News' } : e.id === 'pics' ? { url: 'https://www.bbc.co.uk/x' } : {}),
    }));
    const named = createEventSearch(EVENTS, { sourceNames: sourceNamesFromArticles(articles) });
    expect(ids(named.search('source:fox'))).toEqual(['obama']);
    // The file name is still read.
    expect(ids(named.search('source:bbc'))).toEqual(['clinton', 'pics']);
    expect(ids(named.search('bbc'))).toEqual(['pics']);
  });

  it('since: and until: keep events whose whole date lies in the range', () => {
    expect(ids(search.search('haiti since:2010-01-18', 100)).sort()).toEqual([
      'clinton',
      'entity-haiti',
      'feb',
      'hait',
    ]);
    expect(ids(search.search('haiti until:2010-01-13', 100)).sort()).toEqual(['pics', 'quake']);
    expect(ids(search.search('since:2010-01-15 until:2010-01-15', 100)).sort()).toEqual(['obama', 'prevail']);
    // A month bound covers the whole month, so the event dated only "2010-01" is inside it.
    expect(ids(search.search('haiti since:2010-01 until:2010-01', 100))).toContain('month');
    expect(ids(search.search('since:2010-02'))).toEqual(['feb']);
  });

  it('names a filter value that is not a date', () => {
    const result = search.find('haiti since:2010-13');
    expect(result.problems).toEqual(['since:2010-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)']);
    expect(result.total).toBe(8);
  });

  it('reads a date written in the query as a filter', () => {
    expect(ids(search.search('2010-02'))).toEqual(['feb']);
    expect(ids(search.search('january 14 2010'))).toEqual(['preval']);
  });

  it('the entity scope limits the search to that entity’s events', () => {
    const result = createEventSearch(EVENTS).find('aid', { entity: 'Port-au-Prince' });
    expect(ids(result.hits)).toEqual(['prevail']);
    expect(result.total).toBe(1);
  });
});

describe('match ranges', () => {
  const search = createEventSearch(EVENTS);

  it('marks the typed part of a word a term begins', () => {
    const [hit] = search.search('haitia');
    expect(slices(hit!, 'summary')).toEqual(['Haitia']);
  });

  it('marks the whole word a typo stands for', () => {
    const [hit] = search.find('earthqauke').hits.filter((h) => EVENTS[h.index]!.id === 'quake');
    expect(slices(hit!, 'summary')).toEqual(['earthquake']);
  });

  it('marks accented words at their own offsets', () => {
    const [hit] = search.search('jose andres');
    expect(slices(hit!, 'summary')).toEqual(['José', 'Andrés']);
    expect(slices(hit!, 'entities')).toEqual(['José', 'Andrés']);
  });

  it('marks entity, source, anchored and date matches', () => {
    expect(slices(search.search('rene')[0]!, 'entities')).toEqual(['René']);
    const byOutlet = createEventSearch(EVENTS, {
      sourceNames: (source) => (source.articleId === 'clinton' ? 'BBC News' : ''),
    });
    expect(slices(byOutlet.search('haiti bbc')[0]!, 'source')).toEqual(['BBC']);
    expect(slices(search.search('troops$')[0]!, 'summary')).toEqual(['troops']);
    expect(slices(search.search('2010-02 schools')[0]!, 'date')).toEqual(['2010-02']);
  });

  it('finds the query in any text, for stepping through an article', () => {
    const text = 'Earthquake relief: the earthquake left Haiti reeling; Haitians rebuilt.';
    const ranges = search.matchRanges(text, 'earthqauke hait');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Earthquake', 'earthquake', 'Hait', 'Hait']);
  });
});

describe('typing', () => {
  it('gives the same results letter by letter as a fresh search', () => {
    const typed = createEventSearch(EVENTS);
    const query = 'earthqauke !zone since:2010-01';
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      expect(typed.find(prefix, { limit: 5 }), prefix).toEqual(createEventSearch(EVENTS).find(prefix, { limit: 5 }));
    }
  });

  it('gives the same results after prepare() warmed it up', () => {
    const prepared = createEventSearch(EVENTS);
    prepared.prepare();
    for (const query of ['haiti', 'earthqauke', 'obama haiti', 'h']) {
      expect(prepared.find(query), query).toEqual(createEventSearch(EVENTS).find(query));
    }
  });
});
