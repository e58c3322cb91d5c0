import type { DayCoverage } from '../browse.js';
import { dayIndex } from './calendar.js';

const BARS = '▁▂▃▄▅▆▇█';

export interface Sparkline {
  /** One character per cell; a blank cell had no articles. */
  line: string;
  /** The cell holding the marked date, or -1; the UI colours it. */
  markIndex: number;
  /** Days per cell: 1 (one a day), 7 (weeks), or more when even weeks do not fit. */
  daysPerCell: number;
  /** The first day of the first cell, `YYYY-MM-DD`, or null when no article is dated. */
  firstDay: string | null;
}

/**
 * Articles per day (or per week, or per longer step when weeks do not fit) across the corpus'
 * span, read from its articles per publication day, in at most `width` cells; heights scale to the busiest cell, and any coverage at all
 * shows at least the lowest bar.
 */
export function coverageSparkline(coverage: readonly DayCoverage[], width: number, markDate?: string): Sparkline {
  const days: Array<{ day: number; articles: number }> = [];
  let first = Infinity;
  let last = -Infinity;
  for (const { day, articles } of coverage) {
    const index = dayIndex(day);
    if (index === null || articles <= 0) continue;
    days.push({ day: index, articles });
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  if (days.length === 0 || width < 1) return { line: '', markIndex: -1, daysPerCell: 1, firstDay: null };
  const span = last - first + 1;
  let daysPerCell = span <= width ? 1 : Math.ceil(span / width) <= 7 ? 7 : Math.ceil(span / width);
  if (daysPerCell === 7) {
    // Weekly cells start on Monday, so a cell is a calendar week (day 0 was a Thursday).
    first -= (first + 3) % 7;
    if (Math.ceil((last - first + 1) / 7) > width) daysPerCell = Math.ceil((last - first + 1) / width);
  }
  const cells = new Array<number>(Math.ceil((last - first + 1) / daysPerCell)).fill(0);
  for (const { day, articles } of days) cells[Math.floor((day - first) / daysPerCell)]! += articles;
  let max = 0;
  for (const n of cells) max = Math.max(max, n);
  const line = cells.map((n) => (n === 0 ? ' ' : BARS[Math.max(0, Math.ceil((n / max) * BARS.length) - 1)]!)).join('');
  const mark = markDate === undefined ? null : dayIndex(markDate);
  const markIndex = mark === null || mark < first || mark > last ? -1 : Math.floor((mark - first) / daysPerCell);
  return { line, markIndex, daysPerCell, firstDay: new Date(first * 86_400_000).toISOString().slice(0, 10) };
}
