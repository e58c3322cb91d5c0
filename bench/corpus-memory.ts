// Peak memory and time to load (not analyse) one big feed or export, as a multiple of its size.
// Each load runs in a child process so its peak is its own:
//   npx tsx bench/corpus-memory.ts [MB=50] [SRC_DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const megabytes = Number(process.argv[2] ?? 50);
const src = resolve(process.argv[3] ?? join(import.meta.dirname, '..', 'src'));
const dir = mkdtempSync(join(tmpdir(), 'news-tui-memory-'));

const paragraph =
  'The council met on Tuesday to discuss the flood defences, and officials said repairs would start in March. ';
function item(i: number): { title: string; date: string; text: string } {
  return {
    title: `Story ${i}`,
    date: `2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z`,
    text: `${i}. ${paragraph.repeat(20)}`,
  };
}
const count = Math.ceil((megabytes * 1024 * 1024) / 2300);
const items = Array.from({ length: count }, (_, i) => item(i));
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const files: Record<string, string> = {
  'big.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items
    .map(
      (it) =>
        `<item><title>${escape(it.title)}</title><pubDate>${it.date}</pubDate><description>${escape(it.text)}</description></item>`,
    )
    .join('\n')}</channel></rss>`,
  'big.json': JSON.stringify(items),
  'big.jsonl': items.map((it) => JSON.stringify(it)).join('\n'),
};

const script = `
const { loadCorpus } = await import(${JSON.stringify(`file://${join(src, 'corpus', 'index.ts')}`)});
const started = performance.now();
const { articles, problems } = await loadCorpus([process.argv[1]]);
console.log(JSON.stringify({ ms: performance.now() - started, articles: articles.length, problems: problems.map((p) => p.reason) }));
`;
try {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    const size = statSync(path).size;
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script, path],
      {
        encoding: 'utf8',
        cwd: join(import.meta.dirname, '..'),
      },
    );
    const peakKb = Number(run.stderr.trim().split('\n').at(-1));
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ms?: number;
      articles?: number;
      problems?: string[];
    };
    const mb = size / 1024 / 1024;
    console.log(
      `${name.padEnd(10)} ${mb.toFixed(0).padStart(4)} MB  ${String(result.articles).padStart(6)} articles  ${((result.ms ?? NaN) / 1000).toFixed(1).padStart(5)} s  peak ${(peakKb / 1024).toFixed(0).padStart(5)} MB (${(peakKb / 1024 / mb).toFixed(1)}× the file)${result.problems?.length ? `  ${result.problems[0]}` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
