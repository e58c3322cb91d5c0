// Load times of inputs built to make loaders backtrack: runs of blanks, of ", ", a Markdown
// heading of '#', a JSON export with tab runs, a feed with blank runs. Loading only (no
// analysis). Prints one line per input: size and milliseconds.
//   npx tsx bench/corpus-hostile.ts [SRC_DIR]   (SRC_DIR: another checkout's src/, to compare)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const src = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'src'));
const { loadCorpus } = (await import(
  pathToFileURL(join(src, 'corpus', 'index.ts')).href
)) as typeof import('../src/corpus/index.js');

const KB = 1024;
const spaces = ' '.repeat(80 * KB);
const commas = ', '.repeat(40 * KB);
// JSON writes a tab as two characters, `\t`: 180 KB of tabs make a 360 KB export.
const tabs = '\t'.repeat(KB);
const inputs: Array<[string, string]> = [
  ['spaces.txt', ` date 2024-01-01 A${spaces}b`],
  ['commas.txt', ` date 2024-01-01 A${commas}b`],
  ['heading.md', `---\ntitle: ''\n---\n${'#'.repeat(80 * KB)}x\n`],
  ['heading-hashes.md', `---\ndate: 2024-01-01\n---\n# a${' #'.repeat(40 * KB)}x\n`],
  ['heading-blanks.md', `---\ndate: 2024-01-01\n---\n# ${' '.repeat(80 * KB)}x\n`],
  [
    'tabs.json',
    JSON.stringify(
      Array.from({ length: 6 }, (_, i) => ({ title: `t${i}`, date: '2024-01-01', text: `a${i}${tabs.repeat(30)}x` })),
    ),
  ],
  ['tabs-one.json', JSON.stringify([{ title: 't', text: `a${'\t'.repeat(180 * KB)}x` }])],
  [
    'blanks.rss',
    `<?xml version="1.0"?><rss><channel><title>t</title><item><title>x</title><description>a${' '.repeat(80 * KB)}\n${' '.repeat(80 * KB)}b</description><pubDate>2024-01-01</pubDate></item></channel></rss>`,
  ],
  [
    'blanks.html.json',
    JSON.stringify([{ title: 't', text: `<p>a${' \t'.repeat(40 * KB)}\n${'\t '.repeat(40 * KB)}b</p>` }]),
  ],
];

// The first load of each format imports its parser: warm them up so the figures are the inputs'.
const warmDir = mkdtempSync(join(tmpdir(), 'news-tui-warm-'));
for (const [name, text] of [
  ['w.md', '---\ntitle: w\n---\nw\n'],
  ['w.json', '[{"text":"w"}]'],
  ['w.rss', '<rss><channel><item><title>w</title></item></channel></rss>'],
]) {
  writeFileSync(join(warmDir, name), text!);
}
await loadCorpus([warmDir]);
rmSync(warmDir, { recursive: true, force: true });

const dir = mkdtempSync(join(tmpdir(), 'news-tui-hostile-'));
try {
  for (const [name, text] of inputs) {
    const path = join(dir, name);
    writeFileSync(path, text);
    const started = performance.now();
    const { articles, problems } = await loadCorpus([path]);
    const ms = performance.now() - started;
    console.log(
      `${name.padEnd(18)} ${String(Math.round(text.length / KB)).padStart(5)} KB  ${ms.toFixed(0).padStart(7)} ms  ${articles.length} articles, ${problems.length} problems`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
