import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Writes `source` as a script for child processes beside a bundle of src/state as
 * `./state.mjs`, so a test can run the state code in processes of its own; returns its path.
 */
export async function stateChildScript(source: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'news-tui-state-child-'));
  const entry = fileURLToPath(new URL('../../src/state/index.ts', import.meta.url));
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(work, 'state.mjs'),
    logLevel: 'silent',
  });
  const script = join(work, 'child.mjs');
  await writeFile(script, source);
  return script;
}
