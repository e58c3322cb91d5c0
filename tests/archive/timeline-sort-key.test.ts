// The archive orders its timeline rows by sort_key, a string compared byte by byte (SQLite's
// BINARY, PostgreSQL's COLLATE "C"): it must give exactly compareEvents' order, whatever the
// dates, counts of sources, paths (any case, control characters, characters beyond the BMP)
// and ids.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { compareEvents, sortKey } from '../../src/timeline/merge.js';
import type { EventSource, TimelineEvent, TimeMod } from '../../src/types.js';

const VALUES = [
  '2009-06-11',
  '2009-06-12',
  '2009-06-11T14:00',
  '1969-12-31',
  '0800-01-01',
  '2009-06',
  '2009-W24',
  '2009-Q2',
  '2009-H1',
  '2009-SU',
  '2009-SP',
  '2009',
  '200',
  'PRESENT_REF',
  'XXXX-06',
];
const MODS: Array<TimeMod | undefined> = [
  undefined,
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'START',
  'MID',
  'END',
  'APPROX',
];
// Characters that order differently by UTF-16 code unit and by UTF-8 byte, or are the key's own
// separators, or change under case folding.
const PATH_CHARS = [
  'a',
  'B',
  'b',
  '/',
  '\u0001',
  '\u0002',
  '\u0003',
  'é',
  'É',
  '\ud7ff',
  '\ue000',
  '\uffff',
  '😀',
  'İ',
  ' ',
];

const text = (chars: readonly string[], max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...chars), { maxLength: max }).map((parts) => parts.join(''));

const source: fc.Arbitrary<EventSource> = fc.record({
  path: text(PATH_CHARS, 5),
  articleId: fc.constant('a'),
  start: fc.nat({ max: 3000 }),
  end: fc.constant(0),
});

const event: fc.Arbitrary<TimelineEvent> = fc
  .record({
    date: fc.constantFrom(...VALUES),
    mod: fc.constantFrom(...MODS),
    sources: fc.array(source, { minLength: 1, maxLength: 4 }),
    id: text(['0', '9', 'a', 'f', 'A', '\u0001'], 3),
  })
  .map(({ date, mod, sources, id }) => {
    const built: TimelineEvent = {
      id,
      date,
      precision: 'day',
      approximate: false,
      summary: '',
      sources,
      entities: [],
    };
    if (mod !== undefined) built.mod = mod;
    return built;
  });

const bytes = (key: string): Buffer => Buffer.from(key, 'utf8');

it('orders events by their keys’ bytes exactly as compareEvents does', () => {
  fc.assert(
    fc.property(event, event, (a, b) => {
      const byKey = Math.sign(Buffer.compare(bytes(sortKey(a)), bytes(sortKey(b))));
      expect(byKey).toBe(Math.sign(compareEvents(a, b)));
    }),
    { numRuns: 20_000 },
  );
});

it('sorts a list of events as compareEvents sorts it', () => {
  fc.assert(
    fc.property(fc.array(event, { maxLength: 40 }), (events) => {
      const byKey = events.slice().sort((a, b) => Buffer.compare(bytes(sortKey(a)), bytes(sortKey(b))));
      const byEvents = events.slice().sort(compareEvents);
      expect(byKey.map((e) => JSON.stringify(e))).toEqual(byEvents.map((e) => JSON.stringify(e)));
    }),
    { numRuns: 500 },
  );
});
