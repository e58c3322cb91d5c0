import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { AnalysisCache, corpusKey, readCorpusPack, snapshotFiles, writeCorpusPack } from '../../src/pipeline/index.js';
import { articleText, scratchFolders, writeCorpus } from './corpus.js';

const folder = scratchFolders();

async function packed(corpus: string, cacheDir: string) {
  const files = snapshotFiles([corpus])!;
  const load = await loadCorpus([corpus]);
  const cache = new AnalysisCache(cacheDir);
  await writeCorpusPack(cache, corpusKey('build', [corpus]), files, load);
  return { cache, load };
}

const reread = (cache: AnalysisCache, corpus: string) =>
  readCorpusPack(cache, corpusKey('build', [corpus]), snapshotFiles([corpus])!);

describe('corpus packs', () => {
  it('give back the loaded articles and problems while no file has changed', async () => {
    const corpus = writeCorpus(4, folder('corpus'));
    writeFileSync(join(corpus, 'broken.json'), '{ not json');
    const { cache, load } = await packed(corpus, folder('cache'));
    expect(load.problems.length).toBeGreaterThan(0);
    expect(reread(cache, corpus)).toEqual(load);
  });

  it('are not used once a file changes, is added or is removed', async () => {
    const corpus = writeCorpus(3, folder('corpus'));
    const { cache } = await packed(corpus, folder('cache'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(corpus, 'article-0001.txt'), later, later);
    expect(reread(cache, corpus)).toBeNull();

    const { cache: second } = await packed(corpus, folder('cache'));
    writeFileSync(join(corpus, 'notes.png'), 'not even an article');
    expect(reread(second, corpus)).toBeNull();

    const { cache: third } = await packed(corpus, folder('cache'));
    writeFileSync(join(corpus, 'article-0002.txt'), articleText(2) + 'One more sentence.\n');
    expect(reread(third, corpus)).toBeNull();
  });

  it('are not used by another build or for other paths', async () => {
    const corpus = writeCorpus(2, folder('corpus'));
    const { cache } = await packed(corpus, folder('cache'));
    const files = snapshotFiles([corpus])!;
    expect(readCorpusPack(cache, corpusKey('other build', [corpus]), files)).toBeNull();
    expect(readCorpusPack(cache, corpusKey('build', [corpus, corpus]), files)).toBeNull();
  });

  it('are never made for standard input or through symbolic links', () => {
    const corpus = writeCorpus(1, folder('corpus'));
    expect(snapshotFiles(['-'])).toBeNull();
    const linked = folder('linked');
    mkdirSync(join(linked, 'inner'));
    symlinkSync(corpus, join(linked, 'inner', 'link'));
    expect(snapshotFiles([linked])).toBeNull();
    expect(snapshotFiles([join(corpus, 'missing.txt')])).toBeNull();
  });

  it('ignore a damaged pack', async () => {
    const corpus = writeCorpus(2, folder('corpus'));
    const cacheDir = folder('cache');
    const { cache } = await packed(corpus, cacheDir);
    const key = corpusKey('build', [corpus]);
    writeFileSync(
      join(cacheDir, 'corpora-v' + (await import('../../src/nlp/index.js')).ANALYZER_VERSION, `${key}.json`),
      '{"format":1,"files":[[',
    );
    expect(reread(cache, corpus)).toBeNull();
  });
});
