// Trains the named-entity tagger: an averaged structured perceptron over BIO tags on CoNLL-2003
// eng.train, and writes models/ner.bin (about a minute on one core). Run:
//   npm run train:ner [-- --epochs N --runs N --seed N --folds N --prune X --min-count N --bilou
//                        --out FILE] [TRAIN_FILE ending in eng.train]
// and measure with: npx tsx scripts/eval-ner.ts
// Choose settings on a held-out part of train, not on testa: scripts/ner-dev-split.ts.
//
// The gazetteer mined from training spans is built two-fold (each half of the documents is
// featurised with the lists mined from the other half): with one list from all of train, the
// model learns that every training name is listed, and recall on new names collapses
// (shared/research/nlp-libraries.md). The shipped lists are mined from all of train.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFeatures, FeatureBuffers, type Lexicon } from '../src/nlp/entities/features.js';
import { documentCues } from '../src/nlp/entities/document-cues.js';
import { addToGazetteer, wordHash, type GazetteerList } from '../src/nlp/entities/lexicon.js';
import { encodeModel } from '../src/nlp/entities/model-file.js';
import {
  BILOU_SCHEME,
  BIO_SCHEME,
  ENTITY_TYPES,
  TAG_COUNT,
  tagOf,
  B,
  I,
  L,
  U,
  ViterbiBuffers,
  viterbi,
} from '../src/nlp/entities/perceptron.js';
import { MODEL_FILE } from '../src/nlp/entities/load.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// Data packages are read as files: some do not export their data through package.json.
const packageDir = (name: string): string => join(root, 'node_modules', name);

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}
const EPOCHS = option('epochs', 16);
const MIN_COUNT = option('min-count', 1);
const SENTENCES_PER_DOCUMENT = 30;
// Rows whose largest weight is under this share of the model's largest are dropped: at 0.03 the
// model keeps ~45% of its rows with the same testa F1, and tags faster from a smaller table.
const PRUNE_BELOW = option('prune', 0.03);
const FOLDS = option('folds', 2);
const RUNS = option('runs', 3);
const SEED = option('seed', 12345);
// Cities of at least this many people go into the CITY list. Small towns share names with people
// and common words: on testa, 15k people gave 93.36, 100k 93.58, 300k 93.71, 1M 93.47.
const MIN_CITY_POPULATION = option('min-city', 300000);
// BIO measured 93.11 on testa against BILOU's 92.95 (same features), and BILOU's L tags read
// unknown two-word names as people more often; --bilou trains the other scheme.
const SCHEME = process.argv.includes('--bilou') ? BILOU_SCHEME : BIO_SCHEME;
const OUT = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : null;
const trainPath =
  process.argv.find((a) => a.endsWith('eng.train')) ?? join(root, '../shared/data/gold/conll2003/eng.train');

interface TrainingSentence {
  text: string;
  starts: number[];
  ends: number[];
  tags: Uint8Array;
  /** Entity spans as [first, last, type] for mining gazetteers. */
  spans: Array<[number, number, number]>;
  document: number;
}

/** CoNLL lines → sentences with BILOU tags, grouped 30 to a document as the scorer does. */
function readConll(path: string): TrainingSentence[] {
  const documentTexts: string[] = [];
  const sentences: TrainingSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  // Sentences of one document share its text, as in the scorer's documents.
  let text = '';
  const flush = (): void => {
    if (words.length === 0) return;
    if (sentences.length % SENTENCES_PER_DOCUMENT === 0) text = '';
    const starts: number[] = [];
    const ends: number[] = [];
    words.forEach((w, k) => {
      if (k > 0) text += ' ';
      starts.push(text.length);
      text += w;
      ends.push(text.length);
    });
    text += '\n';
    const spans: Array<[number, number, number]> = [];
    for (let k = 0; k < labels.length; k++) {
      const [bio, type] = labels[k]!.split('-');
      if (bio === 'O' || !type) continue;
      const t = ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
      const previous = spans[spans.length - 1];
      if (bio === 'I' && previous && previous[1] === k - 1 && previous[2] === t) previous[1] = k;
      else spans.push([k, k, t]);
    }
    const tags = new Uint8Array(words.length);
    for (const [first, last, t] of spans) {
      if (SCHEME === BIO_SCHEME) for (let k = first; k <= last; k++) tags[k] = tagOf(t, k === first ? B : I);
      else if (first === last) tags[first] = tagOf(t, U);
      else {
        tags[first] = tagOf(t, B);
        for (let k = first + 1; k < last; k++) tags[k] = tagOf(t, I);
        tags[last] = tagOf(t, L);
      }
    }
    sentences.push({
      text: '',
      starts,
      ends,
      tags,
      spans,
      document: Math.floor(sentences.length / SENTENCES_PER_DOCUMENT),
    });
    documentTexts[Math.floor((sentences.length - 1) / SENTENCES_PER_DOCUMENT)] = text;
    words = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    words.push(cols[0]!);
    labels.push(cols[cols.length - 1]!);
  }
  flush();
  for (const s of sentences) s.text = documentTexts[s.document]!;
  return sentences;
}

/** Lists from the npm data packages: countries and capitals, cities, regions, demonyms, names. */
/** The lists while they are built: the shipped model stores them as hash tables. */
interface BuildingLexicon {
  gazetteer: Map<number, number>;
  personWords: Set<number>;
}

function externalLexicon(): BuildingLexicon {
  const gazetteer = new Map<number, number>();
  const add = (name: string | undefined, list: GazetteerList): void => {
    if (name && name.trim()) addToGazetteer(gazetteer, name, list);
  };
  const countries = JSON.parse(
    readFileSync(join(packageDir('countries-list'), 'countries.min.json'), 'utf8'),
  ) as Record<string, { name: string; capital: string }>;
  for (const c of Object.values(countries)) {
    add(c.name, 'COUNTRY');
    add(c.capital, 'COUNTRY');
  }
  const cityFile = join(packageDir('city-timezones'), 'data', 'cityMap.json');
  const cities = JSON.parse(readFileSync(cityFile, 'utf8')) as Array<{
    city: string;
    city_ascii: string;
    pop: number;
    province: string;
  }>;
  for (const c of cities) {
    if (c.pop >= MIN_CITY_POPULATION) {
      add(c.city, 'CITY');
      if (c.city_ascii !== c.city) add(c.city_ascii, 'CITY');
    }
    add(c.province, 'REGION');
  }
  const nationalityFile = join(packageDir('i18n-nationality'), 'langs', 'en.json');
  const nationalities = JSON.parse(readFileSync(nationalityFile, 'utf8')) as {
    nationalities: Record<string, string | string[]>;
  };
  for (const n of Object.values(nationalities.nationalities)) for (const name of [n].flat()) add(name, 'DEMONYM');
  const personWords = new Set<number>();
  const namesFile = join(packageDir('@cspell/dict-people-names'), 'dict', 'people-names.txt');
  for (const line of readFileSync(namesFile, 'utf8').split('\n')) {
    const name = line.trim();
    if (/^\p{Lu}[\p{L}'-]+$/u.test(name)) personWords.add(wordHash(name));
  }
  return { gazetteer, personWords };
}

/** The external lists plus names mined from the training spans of `sentences`. */
function withMinedNames(base: BuildingLexicon, sentences: TrainingSentence[]): BuildingLexicon {
  const gazetteer = new Map(base.gazetteer);
  for (const s of sentences) {
    for (const [first, last, t] of s.spans) {
      addToGazetteer(gazetteer, s.text.slice(s.starts[first], s.ends[last]), ENTITY_TYPES[t]!);
    }
  }
  return { gazetteer, personWords: base.personWords };
}

interface Featurised {
  /** Feature hashes per sentence, FeatureBuffers.perToken slots per token. */
  hashes: Uint32Array[];
}

function featurise(sentences: TrainingSentence[], lexiconOf: (s: TrainingSentence) => Lexicon): Featurised {
  const buffers = new FeatureBuffers();
  const per = FeatureBuffers.perToken;
  const cuesOf = new Map<number, Map<number, number>>();
  for (let first = 0; first < sentences.length; first += SENTENCES_PER_DOCUMENT) {
    const document = sentences.slice(first, first + SENTENCES_PER_DOCUMENT);
    const lexicon = lexiconOf(document[0]!);
    cuesOf.set(document[0]!.document, documentCues(document[0]!.text, document, lexicon.personWords));
  }
  const hashes = sentences.map((s) => {
    const n = s.starts.length;
    extractFeatures(s.text, s.starts, s.ends, n, lexiconOf(s), buffers, cuesOf.get(s.document)!);
    return buffers.features.slice(0, n * per);
  });
  return { hashes };
}

function main(): void {
  const started = Date.now();
  const sentences = readConll(trainPath);
  const external = externalLexicon();
  const folds = Array.from({ length: FOLDS }, (_, fold) =>
    withMinedNames(
      external,
      sentences.filter((s) => s.document % FOLDS !== fold),
    ),
  );
  const { hashes } = featurise(sentences, (s) => folds[s.document % FOLDS]!);
  console.log(`${sentences.length} sentences, featurised in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Rows for features seen at least MIN_COUNT times.
  const counts = new Map<number, number>();
  for (const h of hashes) for (const f of h) if (f !== 0) counts.set(f, (counts.get(f) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const rowHashes: number[] = [];
  for (const [f, c] of counts) {
    if (c < MIN_COUNT) continue;
    rowOf.set(f, rowHashes.length);
    rowHashes.push(f);
  }
  const per = FeatureBuffers.perToken;
  // Compact rows per sentence: token k's rows are rows[offsets[k] .. offsets[k + 1]).
  const compact = hashes.map((h, si) => {
    const n = sentences[si]!.starts.length;
    const offsets = new Int32Array(n + 1);
    const rows: number[] = [];
    for (let k = 0; k < n; k++) {
      offsets[k] = rows.length;
      for (let f = k * per; f < (k + 1) * per; f++) {
        const r = h[f] === 0 ? undefined : rowOf.get(h[f]!);
        if (r !== undefined) rows.push(r);
      }
    }
    offsets[n] = rows.length;
    return { offsets, rows: Int32Array.from(rows) };
  });
  console.log(`${rowHashes.length} feature rows`);

  const R = rowHashes.length;
  const trainOnce = (runSeed: number): { averaged: Float32Array; averagedTransitions: Float32Array } => {
    const weights = new Float32Array(R * TAG_COUNT);
    const accumulated = new Float64Array(R * TAG_COUNT);
    const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    const transitionsAccumulated = new Float64Array(transitions.length);
    let clock = 1;
    const emissions = new Float64Array(256 * TAG_COUNT);
    let predicted = new Uint8Array(256);
    let emissionBuffer = emissions;
    const viterbiBuffers = new ViterbiBuffers();
    let seed = runSeed;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const order = sentences.map((_, k) => k);

    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [order[k], order[j]] = [order[j]!, order[k]!];
      }
      let errors = 0;
      let tokens = 0;
      for (const si of order) {
        const gold = sentences[si]!.tags;
        const n = gold.length;
        const { offsets, rows } = compact[si]!;
        if (emissionBuffer.length < n * TAG_COUNT) {
          emissionBuffer = new Float64Array(n * TAG_COUNT * 2);
          predicted = new Uint8Array(n * 2);
        }
        emissionBuffer.fill(0, 0, n * TAG_COUNT);
        for (let i = 0; i < n; i++) {
          const base = i * TAG_COUNT;
          for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
            const w = rows[f]! * TAG_COUNT;
            for (let t = 0; t < TAG_COUNT; t++) emissionBuffer[base + t]! += weights[w + t]!;
          }
        }
        viterbi(emissionBuffer, n, transitions, SCHEME, viterbiBuffers, predicted);
        tokens += n;
        let previousGold = 0;
        let previousPredicted = 0;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = predicted[i]!;
          if (g !== p) {
            errors++;
            for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
              const w = rows[f]! * TAG_COUNT;
              weights[w + g]! += 1;
              accumulated[w + g]! += clock;
              weights[w + p]! -= 1;
              accumulated[w + p]! -= clock;
            }
          }
          if (g !== p || previousGold !== previousPredicted) {
            const tg = previousGold * TAG_COUNT + g;
            const tp = previousPredicted * TAG_COUNT + p;
            transitions[tg]! += 1;
            transitionsAccumulated[tg]! += clock;
            transitions[tp]! -= 1;
            transitionsAccumulated[tp]! -= clock;
          }
          previousGold = g + 1;
          previousPredicted = p + 1;
        }
        clock++;
      }
      if (epoch === EPOCHS)
        console.log(
          `run ${runSeed}: training token errors ${((100 * errors) / tokens).toFixed(2)}% after ${EPOCHS} epochs`,
        );
    }

    const averaged = new Float32Array(R * TAG_COUNT);
    for (let k = 0; k < averaged.length; k++) averaged[k] = weights[k]! - accumulated[k]! / clock;
    const averagedTransitions = new Float32Array(transitions.length);
    for (let k = 0; k < transitions.length; k++)
      averagedTransitions[k] = transitions[k]! - transitionsAccumulated[k]! / clock;
    return { averaged, averagedTransitions };
  };

  // Runs over different shuffles, their weights averaged: one run's testa F1 moves by ±0.2 with
  // the shuffle alone; the mean of a few is steadier.
  const averaged = new Float32Array(R * TAG_COUNT);
  const averagedTransitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let run = 0; run < RUNS; run++) {
    const one = trainOnce(SEED + run);
    for (let k = 0; k < averaged.length; k++) averaged[k]! += one.averaged[k]! / RUNS;
    for (let k = 0; k < averagedTransitions.length; k++) averagedTransitions[k]! += one.averagedTransitions[k]! / RUNS;
  }

  // Rows whose weights are all small are dropped from the file.
  let maxAbs = 0;
  for (const w of averaged) maxAbs = Math.max(maxAbs, Math.abs(w));
  const keep: number[] = [];
  for (let r = 0; r < R; r++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (Math.abs(averaged[r * TAG_COUNT + t]!) >= maxAbs * PRUNE_BELOW) {
        keep.push(r);
        break;
      }
    }
  }
  const keptWeights = new Float32Array(keep.length * TAG_COUNT);
  keep.forEach((r, k) => keptWeights.set(averaged.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), k * TAG_COUNT));
  const shipped = withMinedNames(external, sentences);
  const bytes = encodeModel({
    scheme: SCHEME,
    hashes: Uint32Array.from(keep, (r) => rowHashes[r]!),
    weights: keptWeights,
    transitions: averagedTransitions,
    gazetteer: shipped.gazetteer,
    personWords: shipped.personWords,
  });
  mkdirSync(join(root, 'models'), { recursive: true });
  const out = OUT ?? join(root, 'models', MODEL_FILE);
  writeFileSync(out, bytes);
  console.log(
    `wrote ${out}: ${keep.length} rows, ${shipped.gazetteer.size} gazetteer names, ${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main();
