import { describe, expect, it } from 'vitest';
import { layoutArticle, lineAt, wrapRanges } from '../../src/ui/reader-layout.js';
import { articles } from '../fixtures/story.js';

describe('reader layout', () => {
  it('wraps at word boundaries within the width and keeps every word', () => {
    const text = 'one two three four five six seven eight nine ten';
    const ranges = wrapRanges(text, 12);
    for (const [s, e] of ranges) expect(e - s).toBeLessThanOrEqual(12);
    expect(ranges.map(([s, e]) => text.slice(s, e).trim()).join(' ')).toBe(text);
  });

  it('keeps blank lines between paragraphs', () => {
    const ranges = wrapRanges('first\n\nsecond', 40);
    expect(ranges).toHaveLength(3);
  });

  it('colours entities by type and marks the event being read', () => {
    const article = articles[0]!;
    const lines = layoutArticle(article, 60, { start: 0, end: 10 });
    const segments = lines.flatMap((l) => l.segments);
    expect(segments.find((s) => s.text === 'Baghdad')?.style).toBe('entity.place');
    expect(segments.find((s) => s.text === 'Wissam al-Saadi')?.style).toBe('entity.person');
    expect(segments[0]).toMatchObject({ text: 'A US drone', inEvent: true });
    expect(
      lines
        .map((l) =>
          l.segments
            .map((s) => s.text)
            .join('')
            .trim(),
        )
        .join(' '),
    ).toContain('killing a commander');
  });

  it('finds the line holding an offset', () => {
    const lines = layoutArticle(articles[0]!, 30, null);
    const offset = articles[0]!.text.indexOf('Wissam');
    const line = lines[lineAt(lines, offset)]!;
    expect(line.start).toBeLessThanOrEqual(offset);
    expect(line.segments.map((s) => s.text).join('')).toContain('Wissam');
  });
});
