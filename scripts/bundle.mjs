// Bundles the CLI into one ESM file so start-up reads one module instead of hundreds
// (measured: ~210 ms to first frame bundled vs ~510 ms with plain tsc output).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  absWorkingDir: root,
  // Ink imports react-devtools-core only when DEV is set; bundling would hoist it, so stub it.
  alias: { 'react-devtools-core': './scripts/devtools-stub.js' },
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import {createRequire as __nt_cr} from 'module'; const require = __nt_cr(import.meta.url);" },
};
await build({ ...shared, entryPoints: { 'news-tui': 'src/cli/index.ts' }, outdir: 'dist', outExtension: { '.js': '.mjs' } });
