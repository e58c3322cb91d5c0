import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyzeBatch } from '../../src/pipeline/analyze-batch.js';
import { bundledWorkerFile, inProcessPool, workerPool, type AnalysisPool } from '../../src/pipeline/index.js';
import { buildWorkerBundle } from './worker-bundle.js';
import { removeFolder, temporaryFolder, writeCorpus } from './corpus.js';

let workerBundle = '';
let pool: AnalysisPool | null = null;
const folders: string[] = [];

beforeAll(async () => {
  const bundle = await buildWorkerBundle();
  folders.push(bundle.folder);
  workerBundle = bundle.file;
}, 60_000);
afterEach(async () => {
  await pool?.close();
  pool = null;
});
afterAll(() => {
  for (const folder of folders.splice(0)) removeFolder(folder);
});

async function inputs(count: number) {
  const corpus = writeCorpus(count);
  folders.push(corpus);
  const { articles } = await loadCorpus([corpus]);
  return articles.map(({ text, date }) => ({ text, date }));
}

describe('the analysis pool', () => {
  it('finds no worker bundle beside the sources, so tests from src/ analyse in this thread', () => {
    expect(bundledWorkerFile()).toBeNull();
  });

  it('analyses in worker threads exactly as in this thread', async () => {
    const articles = await inputs(24);
    pool = workerPool(workerBundle, 2);
    expect(pool.threads).toBe(2);
    const batches = [articles.slice(0, 8), articles.slice(8, 16), articles.slice(16)];
    const results = await Promise.all(batches.map((batch) => pool!.analyze(batch)));
    expect(results.flat()).toEqual(analyzeBatch(articles));
  });

  it('analyses in this thread when asked to', async () => {
    const articles = await inputs(4);
    pool = inProcessPool();
    expect(pool.threads).toBe(0);
    const results = await Promise.all([pool.analyze(articles.slice(0, 2)), pool.analyze(articles.slice(2))]);
    expect(results.flat()).toEqual(analyzeBatch(articles));
  });

  it('still analyses everything when a worker cannot start', async () => {
    const folder = temporaryFolder('broken-worker');
    folders.push(folder);
    const broken = join(folder, 'worker.mjs');
    writeFileSync(broken, "throw new Error('this worker is broken');\n");
    const articles = await inputs(6);
    pool = workerPool(broken, 2);
    const results = await Promise.all([pool.analyze(articles.slice(0, 3)), pool.analyze(articles.slice(3))]);
    expect(results.flat()).toEqual(analyzeBatch(articles));
  });
});
