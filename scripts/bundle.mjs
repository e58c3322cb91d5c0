// Bundles the CLI into ESM files so start-up reads a few modules instead of hundreds
// (measured: ~210 ms to first frame bundled vs ~510 ms with plain tsc output).
//
// Two entries share chunks: dist/news-tui.mjs (the CLI) and dist/analysis-worker.mjs (one per
// core, analysis only). Code that only some commands need (the Ink UI, loaded by a dynamic
// import) lands in its own chunk, so `news-tui events` never parses React.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Names this build's code and model, so analyses and stories cached by another build are never
// reused (src/nlp/index.ts folds it into ANALYZER_VERSION).
function sourceHash() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'models'));
  return hash.digest('hex').slice(0, 16);
}

// Yoga (Ink's layout engine) is Emscripten output with its wasm inlined as base64, yet it
// fetches that as a data: URL when `fetch` exists; in Node that first use loads the whole
// fetch implementation (undici), ~30 ms of start-up. Decoding the inlined bytes directly is
// Emscripten's own fallback path, so the bundle takes that one.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replaceAll('"function"!=typeof fetch', '!0');
      if (patched === source) throw new Error(`yoga-without-fetch: no fetch test found in ${args.path}; update the plugin`);
      return { contents: patched, loader: 'js' };
    });
  },
};

// string-width (Ink's measure of every line drawn) builds /^\p{RGI_Emoji}$/v when imported: ICU
// computes the whole emoji sequence set, ~15-20 ms of start-up, to test segments that are almost
// never emoji. A one-code-unit segment is RGI emoji exactly when it has Emoji_Presentation (a
// property regex that costs nothing to build; tests/ui/text-width.test.ts checks the equivalence
// over the whole BMP), so the set is only built when a longer segment (a surrogate pair, a
// sequence) is measured.
const lazyEmojiRegex = {
  name: 'lazy-emoji-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
      const { version } = JSON.parse(readFileSync(join(dirname(args.path), 'package.json'), 'utf8'));
      if (Number(version.split('.')[0]) < 8) return undefined; // older ones test with emoji-regex
      if (!source.includes(eager)) throw new Error(`lazy-emoji-regex: no eager RGI_Emoji regex in ${args.path}; update the plugin`);
      const lazy = [
        'const emojiPresentationRegex = /\\p{Emoji_Presentation}/u;',
        'let rgiEmojiSequenceRegex;',
        'const rgiEmojiRegex = {',
        "  test: (segment) => segment.length === 1 ? emojiPresentationRegex.test(segment) : (rgiEmojiSequenceRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment),",
        '};',
      ].join('\n');
      return { contents: source.replace(eager, () => lazy), loader: 'js' };
    });
  },
};

const result = await build({
  metafile: true,
  plugins: [yogaWithoutFetch, lazyEmojiRegex],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  absWorkingDir: root,
  entryPoints: { 'news-tui': 'src/cli/index.ts', 'analysis-worker': 'src/pipeline/analysis-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Ink imports react-devtools-core only when DEV is set; bundling would hoist it, so stub it.
  alias: { 'react-devtools-core': './scripts/devtools-stub.js' },
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.NEWS_TUI_BUILD': JSON.stringify(sourceHash()) },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import {createRequire as __nt_cr} from 'module'; const require = __nt_cr(import.meta.url);" },
});

// Chunks are named by content hash, so each build leaves the previous build's behind; remove
// those afterwards (not before: a running app or test keeps working while this builds).
const built = new Set(Object.keys(result.metafile.outputs).map((path) => path.replace(/^dist\//, '')));
for (const name of readdirSync(join(root, 'dist'))) {
  if (!built.has(name)) rmSync(join(root, 'dist', name), { force: true });
}
