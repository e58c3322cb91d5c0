import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { filterEntities, indexEntities } from '../../src/ui/entity-filter.js';
import type { EntitySummary } from '../../src/types.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const names: EntitySummary[] = [
  { name: 'United States', type: 'PLACE', mentions: 40, articles: 9, aliases: ['US'] },
  { name: 'Barack Obama', type: 'PERSON', mentions: 30, articles: 8, aliases: ['Obama', 'President Obama'] },
  { name: 'Obama administration', type: 'ORG', mentions: 12, articles: 4, aliases: [] },
  { name: 'Michelle Obama', type: 'PERSON', mentions: 5, articles: 2, aliases: [] },
  { name: 'Rene Preval', type: 'PERSON', mentions: 4, articles: 2, aliases: ['René Préval'] },
  { name: 'Port-au-Prince', type: 'PLACE', mentions: 3, articles: 2, aliases: [] },
  { name: 'Red Cross', type: 'ORG', mentions: 2, articles: 1, aliases: ['ICRC'] },
];

/** Rows of the entities list in the frame: the names after the type and mentions. */
const listed = (frame: string): string[] =>
  frame
    .split('\n')
    .map((line) => /^[❯ ] (?:person|org|place) +\d+ (?<name>.+?) {2}\d+ articles?/u.exec(line)?.groups?.name)
    .filter((name): name is string => name !== undefined);

const app = () => render(<App story={story({ entities: names })} theme={MONOCHROME_THEME} />);

describe('filtering entities', () => {
  it('holds a name whose name or alias contains the text typed, case aside, in mention order', () => {
    const index = indexEntities(names);
    const shown = (query: string, type: Parameters<typeof filterEntities>[2] = 'all'): string[] =>
      filterEntities(index, query, type).map((e) => e.name);
    expect(shown('OBAM')).toEqual(['Barack Obama', 'Obama administration', 'Michelle Obama']);
    expect(shown('icrc')).toEqual(['Red Cross']);
    expect(shown('préval')).toEqual(['Rene Preval']);
    expect(shown('obam', 'PERSON')).toEqual(['Barack Obama', 'Michelle Obama']);
    expect(shown('', 'PLACE')).toEqual(['United States', 'Port-au-Prince']);
    expect(shown('  ')).toHaveLength(names.length);
  });
});

describe('the entities screen', () => {
  it('lists only the names holding what is typed, letters taken as text, the count in sight', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'e', 'Entities 1/7');
    // One letter at a time, as a person types: 'b' or 'm' are no commands here.
    for (const ch of 'obam') r.stdin.write(ch);
    const frame = await frameShows(r, '> obam');
    expect(listed(frame)).toEqual(['Barack Obama', 'Obama administration', 'Michelle Obama']);
    expect(frame).toContain('3 of 7');
    expect(frame).toContain('Entities 1/3 of 7');
    // Backspace edits the filter; Esc clears it first, then goes back.
    const edited = await press(r, KEY.backspace, '> oba ');
    expect(listed(edited)).toEqual(['Barack Obama', 'Obama administration', 'Michelle Obama']);
    await press(r, KEY.backspace, '> ob ');
    const cleared = await press(r, KEY.escape, 'type to filter names');
    expect(listed(cleared)).toHaveLength(7);
    await press(r, KEY.escape, 'Timeline 1/3');
  });

  it('moves with ↓ and Ctrl-N while typing, and Enter filters the timeline by the name selected', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'e', 'Entities 1/7');
    r.stdin.write('obama');
    await frameShows(r, /❯ person +30 Barack Obama/);
    await press(r, KEY.down, /❯ org +12 Obama administration/);
    await press(r, '\u000E', /❯ person +5 Michelle Obama/); // Ctrl-N
    await press(r, '\u0010', /❯ org +12 Obama administration/); // Ctrl-P
    const timeline = await press(r, KEY.enter, 'filter: Obama administration');
    expect(timeline).toContain('no events mention Obama administration');
  });

  it('cycles the type listed with Tab: all, people, organisations, places, and all again', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'e', 'Entities 1/7');
    const people = await press(r, KEY.tab, 'Entities 1/3 of 7');
    expect(listed(people)).toEqual(['Barack Obama', 'Michelle Obama', 'Rene Preval']);
    const orgs = await press(r, KEY.tab, 'Entities 1/2 of 7');
    expect(listed(orgs)).toEqual(['Obama administration', 'Red Cross']);
    const places = await press(r, KEY.tab, /Entities 1\/2 of 7/);
    expect(listed(places)).toEqual(['United States', 'Port-au-Prince']);
    const all = await press(r, KEY.tab, 'Entities 1/7');
    expect(listed(all)).toHaveLength(7);
    // Type and text together; nothing matching says so.
    await press(r, KEY.tab, 'Entities 1/3 of 7');
    r.stdin.write('cross');
    await frameShows(r, "no people holding 'cross' (Esc clears)");
  });

  it('keeps the filter line, the count and the hints in sight', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    const frame = await press(r, 'e', 'Entities 1/7');
    expect(frame).toContain('> ');
    expect(frame).toContain('7 of 7   all  people  organisations  places');
    expect(frame).toContain('Ctrl-N next  Enter filter timeline  Tab type  Esc back');
  });

  it('hints Esc clear while a filter is typed (Esc clears it then), and Esc back once empty', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'e', 'Entities 1/7');
    r.stdin.write('obam');
    const typed = await frameShows(r, '3 of 7');
    expect(typed).toContain('Tab type  Esc clear');
    expect(typed).not.toContain('Esc back');
    const cleared = await press(r, KEY.escape, '7 of 7');
    expect(cleared).toContain('Tab type  Esc back');
  });
});

describe('Enter on an empty list', () => {
  it('is not hinted on an empty timeline nor on empty key dates', async () => {
    const r = render(<App story={story({ entities: names, keyDates: [] })} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    // The prompt's cursor, not a ':' the hints already show: keys typed before it opens are lost.
    await press(r, ':', /:█/);
    r.stdin.write('since 2099');
    await frameShows(r, ':since 2099');
    const empty = await press(r, KEY.enter, 'Timeline 0/0');
    expect(empty).not.toContain('Enter open');
    const keyDates = await press(r, 'd', 'Key dates 0/0');
    expect(keyDates).not.toContain('Enter open');
  });
});
