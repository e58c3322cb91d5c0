// The libraries a developer reaches for first, behind the same `analyze --json` interface as
// news-tui, so shared/tools/score.mjs scores both on the same data in the same run:
// compromise for people/organisations/places, chrono-node for dates. Benchmark only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const HEADER = /^ date (\d{4}-\d\d-\d\d) /;

function entities(text) {
  const doc = nlp(text);
  const found = [];
  for (const [type, view] of [
    ['PERSON', doc.people()],
    ['ORG', doc.organizations()],
    ['PLACE', doc.places()],
  ]) {
    for (const match of view.out('offset')) {
      const { start, length } = match.offset;
      found.push({ start, end: start + length, text: text.slice(start, start + length), type, name: match.text });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function times(text, date) {
  const instant = new Date(`${date}T12:00:00Z`);
  return chrono.casual.parse(text, instant).map((result) => {
    const c = result.start;
    const value = c.isCertain('day')
      ? `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`
      : c.isCertain('month')
        ? `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}`
        : `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    return {
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
      type: 'DATE',
      value,
      mod: null,
    };
  });
}

export function analyzeFolder(dir) {
  const lines = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(dir, name), 'utf8');
    const header = HEADER.exec(raw);
    const date = header ? header[1] : '2000-01-01';
    const text = header ? raw.slice(header[0].length) : raw;
    lines.push(
      JSON.stringify({
        path: join(dir, name),
        date,
        text,
        entities: entities(text),
        times: times(text, date),
        events: [],
      }),
    );
  }
  return lines;
}

export { entities as baselineEntities, times as baselineTimes };
