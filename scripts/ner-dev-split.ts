// Holds out part of CoNLL eng.train for choosing the tagger's settings, so that testa is read once
// and never tuned on: the trainer and the scorer group sentences 30 to a document, and every fifth
// such document goes to dev. Run:
//   npx tsx scripts/ner-dev-split.ts OUT_DIR
//   npm run train:ner -- OUT_DIR/eng.train --out OUT_DIR/ner.bin [settings…]
//   npx tsx scripts/eval-ner.ts --model OUT_DIR/ner.bin OUT_DIR/dev.conll
// A training run's dev F1 moves by ±0.15 with the shuffle seed alone (--seed), and testa's by
// ±0.3: compare settings over two or more seeds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx scripts/ner-dev-split.ts OUT_DIR');
const sentences = readFileSync(join(root, '../shared/data/gold/conll2003/eng.train'), 'utf8')
  .split(/\n\s*\n/)
  .filter((s) => s.trim());
const train: string[] = [];
const dev: string[] = [];
sentences.forEach((s, k) => (Math.floor(k / 30) % 5 === 4 ? dev : train).push(s.trim() + '\n'));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'eng.train'), train.join('\n'));
writeFileSync(join(out, 'dev.conll'), dev.join('\n'));
console.log(`${train.length} sentences to ${join(out, 'eng.train')}, ${dev.length} to ${join(out, 'dev.conll')}`);
