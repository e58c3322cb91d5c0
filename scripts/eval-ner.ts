// Scores recognizeEntities on CoNLL eng.testa the way shared/tools/score.mjs does (tokens joined by
// spaces, sentences by newlines, 30 sentences a document, exact spans, and the corpus-level vote
// on a name's type that `analyze` applies across the documents), without building the CLI.
// Also prints the model's load time and tagging speed (best of five passes), and, when no gold
// file is named, the recall on MEANTIME-stock (shared/data/gold/meantime-stock/conll).
// Run: npx tsx scripts/eval-ner.ts [--model MODEL_FILE] [--no-vote] [GOLD_FILE]
// e.g. a model trained on the dev split's train part (scripts/ner-dev-split.ts), on its dev part:
//   npx tsx scripts/eval-ner.ts --model OUT_DIR/ner.bin OUT_DIR/dev.conll
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeEntities } from '../src/nlp/entities/index.js';
import { entityRenaming, nameCounts } from '../src/nlp/entities/index.js';
import { loadModel, useModelFile } from '../src/nlp/entities/load.js';
import { splitSentences } from '../src/nlp/sentences.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const modelAt = args.indexOf('--model');
const modelPath = modelAt >= 0 ? args[modelAt + 1] : undefined;
const vote = !args.includes('--no-vote');
const explicitGold = args.find((a, k) => !a.startsWith('--') && (modelAt < 0 || k !== modelAt + 1));
const goldPath = explicitGold ?? join(root, '../shared/data/gold/conll2003/eng.testa');
const TYPE_OF: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' };
const TYPES = ['PER', 'ORG', 'LOC'];

interface GoldDocument {
  text: string;
  entities: Set<string>;
  tokens: number;
}

function readDocuments(path: string): GoldDocument[] {
  const sentences: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) continue;
    if (!line.trim()) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const cols = line.split(' ');
    current.push([cols[0]!, cols[cols.length - 1]!]);
  }
  if (current.length) sentences.push(current);
  const documents: GoldDocument[] = [];
  for (let d = 0; d < sentences.length; d += 30) {
    let text = '';
    const entities = new Set<string>();
    let tokens = 0;
    for (const sentence of sentences.slice(d, d + 30)) {
      let open: { start: number; end: number; type: string } | null = null;
      const close = (): void => {
        if (open && open.type !== 'MISC') entities.add(`${open.start}:${open.end}:${open.type}`);
        open = null;
      };
      sentence.forEach(([word, tag], k) => {
        const start = text.length;
        text += word + (k < sentence.length - 1 ? ' ' : '');
        tokens++;
        const [bio, type] = tag.split('-');
        if (bio === 'O' || !type) return close();
        if (bio === 'B' || !open || open.type !== type) {
          close();
          open = { start, end: start + word.length, type };
        } else open.end = start + word.length;
      });
      close();
      text += '\n';
    }
    documents.push({ text, entities, tokens });
  }
  return documents;
}

const loadStarted = performance.now();
const model = modelPath ? useModelFile(modelPath) : loadModel();
const loadMs = performance.now() - loadStarted;

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Per-type counts of `documents` tagged as `analyze` tags them, with the corpus vote. */
function scoreDocuments(
  documents: GoldDocument[],
  found: ReturnType<typeof recognizeEntities>[],
): Record<string, Counts> {
  const counts: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]));
  // The corpus-level vote on a name's type, as `analyze` (mergeEntityNames) applies it.
  const rename = vote ? entityRenaming(nameCounts(found.map((entities) => ({ entities })))) : null;
  documents.forEach((d, k) => {
    for (const key of d.entities) counts[key.split(':')[2]!]!.gold++;
    const seen = new Set<string>();
    for (const m of found[k]!) {
      const type = TYPE_OF[rename ? rename(m.name, m.type, m.typedByRule).type : m.type];
      if (!type) continue;
      const key = `${m.start}:${m.end}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      counts[type]!.predicted++;
      if (d.entities.has(key)) counts[type]!.tp++;
    }
  });
  return counts;
}

const documents = readDocuments(goldPath);
const sentencesOf = documents.map((d) => splitSentences(d.text));
// Speed: the best of five passes (the first warms the JIT up), by wall clock and by CPU time,
// which other processes on a shared machine disturb less.
let found: ReturnType<typeof recognizeEntities>[] = [];
let tagSeconds = Infinity;
let cpuSeconds = Infinity;
for (let pass = 0; pass < 5; pass++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  found = documents.map((d, k) => recognizeEntities(d.text, sentencesOf[k]!));
  const used = process.cpuUsage(cpu);
  tagSeconds = Math.min(tagSeconds, (performance.now() - wall) / 1000);
  cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
}
const counts = scoreDocuments(documents, found);
const prf = (tp: number, p: number, g: number): string => {
  const precision = p ? tp / p : 0;
  const recall = g ? tp / g : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `P ${(100 * precision).toFixed(2)} R ${(100 * recall).toFixed(2)} F1 ${(100 * f).toFixed(2)}`;
};
let tp = 0,
  predicted = 0,
  gold = 0;
for (const t of TYPES) {
  const c = counts[t]!;
  console.log(`${t}: ${prf(c.tp, c.predicted, c.gold)} (gold ${c.gold})`);
  tp += c.tp;
  predicted += c.predicted;
  gold += c.gold;
}
const tokens = documents.reduce((s, d) => s + d.tokens, 0);
console.log(`model ${model ? 'loaded' : 'MISSING (fallback tagger)'} in ${loadMs.toFixed(0)} ms`);
console.log(
  `${tokens} tokens tagged at ${Math.round(tokens / tagSeconds / 1000)}k tokens/s (wall), ${Math.round(tokens / cpuSeconds / 1000)}k tokens/s (CPU)`,
);
console.log(`micro PER/ORG/LOC ${prf(tp, predicted, gold)}`);

// With the default gold file, the second news domain too: MEANTIME marks only some mentions, so
// only its recall means anything.
if (!explicitGold) {
  const meantime = readDocuments(join(root, '../shared/data/gold/meantime-stock/conll/meantime.conll'));
  const scored = scoreDocuments(
    meantime,
    meantime.map((d) => recognizeEntities(d.text, splitSentences(d.text))),
  );
  const recall = (c: Counts): string => `${(c.gold ? (100 * c.tp) / c.gold : 0).toFixed(2)}`;
  const all = TYPES.reduce(
    (sum, t) => ({ tp: sum.tp + scored[t]!.tp, predicted: 0, gold: sum.gold + scored[t]!.gold }),
    {
      tp: 0,
      predicted: 0,
      gold: 0,
    },
  );
  console.log(
    `MEANTIME-stock recall: PER/ORG/LOC ${recall(all)} (${TYPES.map((t) => `${t} ${recall(scored[t]!)}`).join(', ')}; gold ${all.gold})`,
  );
}
