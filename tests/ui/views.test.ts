import { describe, expect, it } from 'vitest';
import { shortenLeft } from '../../src/ui/views.js';
import { commonFolder } from '../../src/ui/use-app-state.js';

describe("the reader's status path", () => {
  it('is the path inside the corpus folder, its name kept', () => {
    expect(commonFolder(['/home/me/news/2009/a.txt', '/home/me/news/2010/b.txt'])).toBe('/home/me/');
    expect(commonFolder(['/home/me/news/a.txt', '/home/me/news/ab.txt'])).toBe('/home/me/');
    expect(commonFolder(['/home/me/news/a.txt'])).toBe('/home/me/');
    expect(commonFolder(['news/a.txt', 'news/b.txt'])).toBe('');
  });

  it('is shortened from the left, at a folder where one fits', () => {
    expect(shortenLeft('news/2009/06/11/story.txt', 40)).toBe('news/2009/06/11/story.txt');
    expect(shortenLeft('news/2009/06/11/story.txt', 16)).toBe('…/11/story.txt');
    expect(shortenLeft('a-very-long-file-name.txt', 10)).toBe('…-name.txt');
  });
});
