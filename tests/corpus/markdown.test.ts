import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/corpus/markdown.js';
import { parseText } from '../../src/corpus/parse.js';

describe('Markdown articles', () => {
  it('names broken front matter and still loads the body, titled by its heading', () => {
    const { articles, problems } = parseMarkdown('---\ntitle: [unclosed\n---\n# Heading here\n\nBody.', 'notes.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^invalid front matter: /);
    expect(articles[0]).toMatchObject({ title: 'Heading here', text: '# Heading here\n\nBody.', date: null });
  });

  it('names a front-matter date it cannot read and falls back to the file name', async () => {
    const { articles, problems } = await parseText('---\ndate: next week\n---\nBody.', '2024-04-01-n.md', 'markdown');
    expect(problems).toEqual([
      { path: '2024-04-01-n.md', reason: 'front matter "date": unrecognised date "next week"' },
    ]);
    expect(articles[0]).toMatchObject({ date: '2024-04-01', dateSource: 'filename' });
  });

  it('reads a Markdown file without front matter like a house-format article', () => {
    const { articles } = parseMarkdown(' date 2024-05-05 Plain story.', 'x.md');
    expect(articles[0]).toMatchObject({ date: '2024-05-05', dateSource: 'header', text: 'Plain story.' });
  });

  it('names front matter with nothing after it', () => {
    expect(parseMarkdown('---\ntitle: x\n---\n', 'x.md').problems).toEqual([]);
    expect(parseMarkdown('---\ndate: 2024-01-01\n---\n', 'y.md').problems).toEqual([
      { path: 'y.md', reason: 'empty article (front matter only)' },
    ]);
  });
});
