// `news-tui search [--json] QUERY PATH...`: the ranked hits of the engine the search screen uses,
// so a query can be scripted and judged as fzf's filter mode is.

import { printableLine, printableText } from '../corpus/sanitize.js';
import { createEventSearch, sourceNamesFromArticles, type SearchHit } from '../search/index.js';
import type { Story } from '../types.js';
import type { CliOptions } from './args.js';
import { eventJson, eventText } from './output.js';

/** One hit as a JSON line: the event as `events --json` prints it, and where the query matched. */
export function hitJson(hit: SearchHit, rank: number, story: Story): string {
  const event = eventJson(story.timeline[hit.index]!);
  return `{"rank":${rank},"score":${hit.score},"event":${event},"matches":${JSON.stringify(hit.matches)}}`;
}

export function hitText(hit: SearchHit, rank: number, story: Story): string {
  return `${String(rank).padStart(4)}  ${eventText(story.timeline[hit.index]!)}`;
}

export function runSearch(story: Story, options: CliOptions): number {
  const search = createEventSearch(story.timeline, { sourceNames: sourceNamesFromArticles(story.articles) });
  const { hits, total, problems } = search.find(options.query, { limit: options.limit ?? Infinity });
  for (const problem of problems) process.stderr.write(`${printableLine(`news-tui: search: ${problem}`)}\n`);
  let out = '';
  if (!options.json) {
    const shown = hits.length < total ? `, the best ${hits.length} shown` : '';
    out += `${total} of ${story.timeline.length} events match ${JSON.stringify(options.query)}${shown}\n`;
  }
  hits.forEach((hit, i) => {
    out += (options.json ? hitJson(hit, i + 1, story) : hitText(hit, i + 1, story)) + '\n';
  });
  // The query and file names come from outside: shown escaped, never sent to the terminal raw.
  process.stdout.write(printableText(out));
  return 0;
}
