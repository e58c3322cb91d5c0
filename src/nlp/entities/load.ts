// Finds and loads the shipped model once. The file sits in models/ at the package root, reached by
// walking up from this module: from src/nlp/entities/ under vitest, from dist/ in the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, ModelFingerprintMismatch, type NerModel } from './model-file.js';

export const MODEL_FILE = 'ner.bin';

let cached: NerModel | ModelFingerprintMismatch | null | undefined;

/** Path of `models/<file>` in the nearest ancestor folder that has it, or null. */
export function findModelFile(file: string = MODEL_FILE, from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, 'models', file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The model, loaded on first use; null when it is missing or unreadable (callers fall back to
 * heuristics). A model trained with other feature templates is refused: this throws
 * ModelFingerprintMismatch, every time, rather than tag with weights of other features.
 */
export function loadModel(): NerModel | null {
  if (cached === undefined) {
    try {
      const path = findModelFile();
      cached = path ? decodeModel(readFileSync(path)) : null;
    } catch (error) {
      cached = error instanceof ModelFingerprintMismatch ? error : null;
    }
  }
  if (cached instanceof ModelFingerprintMismatch) throw cached;
  return cached;
}

/**
 * Tags with the model in `path` from now on instead of the shipped one: scripts/eval-ner.ts
 * scores a model trained on part of eng.train this way. Throws when the file is unreadable or
 * was trained with other feature templates.
 */
export function useModelFile(path: string): NerModel {
  const model = decodeModel(readFileSync(path));
  cached = model;
  return model;
}
