// Builds large benchmark corpora out of real news text: the TempEval-3 TimeBank/AQUAINT articles
// (text taken out of the TimeML, dated by their DCT) and the feed items of the format samples
// (read with the project's own loadCorpus). Copies are dated a few days apart and carry a marker
// line, so every copy has its own text, id and dates.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/index.js';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const TIMEML_DIRS = ['gold/tempeval3/TBAQ-cleaned/AQUAINT', 'gold/tempeval3/TBAQ-cleaned/TimeBank'];

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export interface SourceArticle {
  date: string;
  text: string;
}

function timemlArticles(): SourceArticle[] {
  const articles: SourceArticle[] = [];
  for (const dir of TIMEML_DIRS) {
    const folder = join(DATA, dir);
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.tml'))
      .sort()) {
      const xml = readFileSync(join(folder, file), 'utf8');
      const date = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
      if (date === undefined || body === undefined) continue;
      const text = body
        .replace(/<[^<>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!)
        .trim();
      if (text) articles.push({ date, text });
    }
  }
  return articles;
}

async function feedArticles(): Promise<SourceArticle[]> {
  const { articles } = await loadCorpus([join(DATA, 'formats')]);
  return articles
    .filter((article) => article.text.trim().length > 0)
    .map((article) => ({ date: article.date ?? '2024-01-15', text: article.text }));
}

/** The real articles every benchmark corpus is made of, in a stable order. */
export async function sourceArticles(): Promise<SourceArticle[]> {
  return [...timemlArticles(), ...(await feedArticles())];
}

function shiftDay(day: string, days: number): string {
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/** Writes `count` house-format files into `folder` (created), 500 to a subfolder. */
export async function writeBenchCorpus(folder: string, count: number): Promise<void> {
  const sources = await sourceArticles();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    const sub = join(folder, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const date = shiftDay(source.date, copy * 3);
    writeFileSync(
      join(sub, `${String(i).padStart(5, '0')}.txt`),
      ` date ${date} ${source.text}\n\n(Benchmark copy ${copy + 1}.)\n`,
    );
  }
}
