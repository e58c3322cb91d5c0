import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../e2e/tmux.js';
import { temporaryFolder } from './corpus.js';

/** Resolves the analyser's `../nlp/index.js` to `replacement` (a module that wraps the real one). */
function replaceAnalyser(replacement: string): Plugin {
  return {
    name: 'replace-analyser',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/nlp\/index\.js$/ }, (args) =>
        args.importer.endsWith(join('src', 'pipeline', 'analyze-batch.ts')) ? { path: replacement } : undefined,
      );
    },
  };
}

/**
 * Bundles the analysis worker from the sources under test (dist/ may be older) into a temp
 * folder beside a models/ link, so it finds the shipped model the way the packaged one does.
 * With `analyser`, a module path, the worker analyses with that module's `analyzeArticle`.
 * Returns the folder (remove it after) and the worker file.
 */
export async function buildWorkerBundle(analyser?: string): Promise<{ folder: string; file: string }> {
  const folder = temporaryFolder('worker-bundle');
  symlinkSync(join(PROJECT_ROOT, 'models'), join(folder, 'models'));
  const file = join(folder, 'dist', 'analysis-worker.mjs');
  await build({
    entryPoints: [join(PROJECT_ROOT, 'src/pipeline/analysis-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'warning',
    plugins: analyser ? [replaceAnalyser(analyser)] : [],
    banner: { js: "import {createRequire as __nt_cr} from 'module'; const require = __nt_cr(import.meta.url);" },
  });
  return { folder, file };
}
