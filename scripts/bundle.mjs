// Bundles the app so start-up reads three files instead of hundreds of modules (measured:
// ~210 ms to first frame bundled vs ~510 ms with plain tsc output):
//
// - dist/news-tui.cjs, the CLI and the UI in one script, which bin/news-tui.js compiles with a
//   V8 code cache (a script, not an ES module, because Node 20 caches compiled code only for
//   scripts). Code that only some commands need (the Ink UI, config validation, export, the
//   feed and front-matter parsers) sits behind dynamic imports, which esbuild turns into lazily
//   run module bodies: `news-tui events` never runs React's;
// - dist/analysis-worker.mjs, the analysis and assembly code for worker threads.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Names this build's code and model (or, given `parts`, those files and folders alone), so
// stories cached by another build are never reused.
function sourceHash(parts = ['src', 'models']) {
  const hash = createHash('sha1');
  const add = (path) => hash.update(path.slice(root.length)).update(readFileSync(path));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  for (const part of parts) {
    const path = join(root, part);
    if (part.endsWith('.ts')) add(path);
    else walk(path);
  }
  return hash.digest('hex').slice(0, 16);
}

// Yoga (Ink's layout engine) is Emscripten output with its wasm inlined as base64, and loads
// asynchronously (by top-level await, which a script cannot have), fetching that base64 as a
// data: URL when `fetch` exists (in Node, loading all of undici, ~30 ms). The bundle instead
// hands Emscripten a synchronous instantiateWasm hook, its documented way to supply the module,
// fed from the same bytes decoded natively: Yoga is then ready when its module body has run.
// What an article's record is made by: the analyser, its model, the code it borrows and the
// record's own shape (src/nlp/index.ts names the analyser by their hash: ANALYZER_VERSION).
const ANALYZER_PARTS = [
  'src/nlp',
  'models',
  'src/compare.ts',
  'src/pipeline/record.ts',
  'src/pipeline/analyze-batch.ts',
];

const YOGA_DATA_URL = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const yogaSync = {
  name: 'yoga-sync',
  setup(build) {
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const found = YOGA_DATA_URL.exec(source);
      if (!found || !source.includes('h.instantiateWasm'))
        throw new Error(`yoga-sync: no inlined wasm or instantiateWasm hook in ${args.path}; update the plugin`);
      const contents = source.replace(found[0], '""') + `\nexport const WASM_BASE64 = ${JSON.stringify(found[1])};\n`;
      return { contents, loader: 'js' };
    });
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('wrapAssembly(await loadYoga())'))
        throw new Error(`yoga-sync: ${args.path} no longer loads as expected; update the plugin`);
      const contents = [
        "import loadYoga, { WASM_BASE64 } from '../binaries/yoga-wasm-base64-esm.js';",
        "import wrapAssembly from './wrapAssembly.js';",
        'const yogaModule = {',
        '  instantiateWasm(imports, receiveInstance) {',
        "    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(WASM_BASE64, 'base64')), imports);",
        '    receiveInstance(instance);',
        '    return instance.exports;',
        '  },',
        '};',
        '// Resolves a promise too, but with a synchronous hook the module is complete on return.',
        'loadYoga(yogaModule);',
        'if (!yogaModule.Node) throw new Error("Yoga did not load synchronously");',
        'const Yoga = wrapAssembly(yogaModule);',
        'export default Yoga;',
        "export * from './generated/YGEnums.js';",
      ].join('\n');
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Ink's reconciler awaits, at its top level, two things it only wants with DEV=true: React
// devtools (which the bundle leaves out, see `alias` below) and its package.json for them. A
// script cannot await at its top level, so the bundle drops both.
const inkWithoutDevtools = {
  name: 'ink-without-devtools',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const awaits = [
        ["await import('./devtools.js');", 'void 0; // devtools are not bundled'],
        ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
      ];
      let contents = source;
      for (const [from, to] of awaits) {
        if (!contents.includes(from))
          throw new Error(`ink-without-devtools: "${from}" not found in ${args.path}; update the plugin`);
        contents = contents.replace(from, () => to);
      }
      return { contents, loader: 'js' };
    });
  },
};

// string-width (Ink's measure of every line drawn) builds /^\p{RGI_Emoji}$/v when imported: ICU
// computes the whole emoji sequence set, ~15-20 ms of start-up, to test segments that are almost
// never emoji. A one-code-unit segment is RGI emoji exactly when it has Emoji_Presentation (a
// property regex that costs nothing to build; tests/ui/text-width.test.ts checks the equivalence
// over the whole BMP), so the set is only built when a longer segment (a surrogate pair, a
// sequence) is measured. It also measures with src/ui/simple-width.ts first (see there).
const lazyEmojiRegex = {
  name: 'lazy-emoji-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
      const { version } = JSON.parse(readFileSync(join(dirname(args.path), 'package.json'), 'utf8'));
      if (Number(version.split('.')[0]) < 8) return undefined; // older ones test with emoji-regex
      if (!source.includes(eager))
        throw new Error(`lazy-emoji-regex: no eager RGI_Emoji regex in ${args.path}; update the plugin`);
      const lazy = [
        'const emojiPresentationRegex = /\\p{Emoji_Presentation}/u;',
        'let rgiEmojiSequenceRegex;',
        'const rgiEmojiRegex = {',
        "  test: (segment) => segment.length === 1 ? emojiPresentationRegex.test(segment) : (rgiEmojiSequenceRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment),",
        '};',
      ].join('\n');
      // And src/ui/simple-width.ts measures first, without the regexes, what it can.
      const entry = 'export default function stringWidth(input, options = {}) {';
      if (!source.includes(entry) || !source.includes("import stripAnsi from 'strip-ansi';"))
        throw new Error(`lazy-emoji-regex: no stringWidth(input, options) in ${args.path}; update the plugin`);
      const simple = JSON.stringify(join(root, 'src/ui/simple-width.ts'));
      const quick = [
        `import { simpleTextWidth } from ${simple};`,
        'export default function stringWidth(input, options = {}) {',
        "  if (typeof input === 'string' && options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes) {",
        "    const plain = input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input;",
        '    const width = simpleTextWidth(plain, fullStringWidth);',
        '    if (width !== undefined) return width;',
        '  }',
        '  return fullStringWidth(input, options);',
        '}',
      ].join('\n');
      const contents =
        source.replace(eager, () => lazy).replace(entry, () => 'function fullStringWidth(input, options = {}) {') +
        `\n${quick}\n`;
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Ink composes every frame in Output.get() from a grid of one object per screen cell and one
// style object per character drawn; src/ui/ink-output.ts gives the same bytes row by row,
// reusing rows composed before (tests/ui/ink-output.test.ts compares the two). It copies Ink's
// get(), so the patch holds only for the get() it was written from, named by its hash.
const INK_OUTPUT_GET_SHA1 = 'aaa1f6898ef78cfe';
const inkOutputRows = {
  name: 'ink-output-rows',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf('    get() {\n');
      const end = source.lastIndexOf('}\n//# sourceMappingURL');
      const hash = createHash('sha1').update(source.slice(start, end)).digest('hex').slice(0, 16);
      if (start < 0 || hash !== INK_OUTPUT_GET_SHA1 || !/^import sliceAnsi from 'slice-ansi';$/m.test(source))
        throw new Error(
          `ink-output-rows: Output.get() in ${args.path} is not the one src/ui/ink-output.ts copies; compare them and update the plugin`,
        );
      const compose = JSON.stringify(join(root, 'src/ui/ink-output.ts'));
      const contents =
        `import { composeInkFrame } from ${compose};\n` +
        source.slice(0, start) +
        '    get() {\n        return composeInkFrame(this, { sliceAnsi, styledCharsToString });\n    }\n    inkGet() {\n' +
        source.slice(start + '    get() {\n'.length);
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Ink's renderNodeToOutput measures each text node's widest line on every frame, uncached (a
// screenful of rows re-measured per key); it is given src/ui/ink-output.ts's remembered measure.
const inkRenderWidths = {
  name: 'ink-render-widths',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const from = "import widestLine from 'widest-line';";
      if (!source.includes(from) || !source.includes('const currentWidth = widestLine(text);'))
        throw new Error(`ink-render-widths: ${args.path} no longer measures as expected; update the plugin`);
      const remembered = JSON.stringify(join(root, 'src/ui/ink-output.ts'));
      const to = [
        "import measureWidestLine from 'widest-line';",
        `import { rememberedWidestLine } from ${remembered};`,
        'const widestLine = (text) => rememberedWidestLine(text, measureWidestLine);',
      ].join('\n');
      return { contents: source.replace(from, () => to), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Ink redraws the whole screen (clear, then every row) when the last frame was as tall as the
// terminal, which a full-screen app's always is: 4 KB per key at 120x40, where its incremental
// writer (the incrementalRendering option), made for frames without a trailing newline that
// fill the screen, rewrites only the rows that changed. It moves the cursor relative to where
// the last frame left it, which a resize can change: after a resize, and when a frame is taller
// than the terminal, the screen is still cleared and redrawn whole.
const inkFullScreenIncremental = {
  name: 'ink-full-screen-incremental',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]ink\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const from = 'if (this.lastOutputHeight >= this.options.stdout.rows) {';
      if (source.split(from).length !== 2 || !source.includes('const isFullscreen ='))
        throw new Error(`ink-full-screen-incremental: ${args.path} no longer redraws as expected; update the plugin`);
      const to = 'if (this.lastOutputHeight > this.options.stdout.rows) {';
      const resized = 'resized = () => {';
      if (source.split(resized).length !== 2)
        throw new Error(`ink-full-screen-incremental: ${args.path} has no resized handler; update the plugin`);
      const contents = source
        .replace(from, () => to)
        .replace(resized, () => `${resized}\n        this.lastOutputHeight = Number.POSITIVE_INFINITY;`);
      return { contents, loader: 'js' };
    });
  },
};

// Modules a start rarely needs become scripts of their own, required on first use: parsing a
// script costs start-up time in proportion to its size until the code cache has it, and these
// bring in zod, the YAML, XML and HTML parsers (~700 KB, over half of the app).
const SEPARATE_SCRIPTS = {
  'config-parse': 'src/config/parse.ts',
  'corpus-feed': 'src/corpus/feed.ts',
  'corpus-json': 'src/corpus/json.ts',
  'corpus-markdown': 'src/corpus/markdown.ts',
  'corpus-written-date': 'src/corpus/written-date.ts',
};
const separateScripts = {
  name: 'separate-scripts',
  setup(build) {
    const byPath = new Map(Object.entries(SEPARATE_SCRIPTS).map(([name, path]) => [join(root, path), name]));
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = byPath.get(join(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return name ? { path: `./${name}.cjs`, external: true } : undefined;
    });
  },
};

const shared = {
  metafile: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  absWorkingDir: root,
  outdir: 'dist',
  // Ink imports react-devtools-core only when DEV is set; bundling would hoist it, so stub it.
  alias: { 'react-devtools-core': './scripts/devtools-stub.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.NEWS_TUI_BUILD': JSON.stringify(sourceHash()),
    // What an article's analysis depends on: the analyser and its model, not the screens. An
    // archive of 100,000 articles is analysed again only when this changes.
    'process.env.NEWS_TUI_ANALYZER': JSON.stringify(sourceHash(ANALYZER_PARTS)),
  },
  // The archive's engines are runtime dependencies loaded from node_modules when an archive is
  // opened: node-sqlite3-wasm reads its .wasm beside its own script, and neither belongs in the
  // start-up path of a corpus opened from files.
  external: ['node-sqlite3-wasm', 'pg', 'pg-native'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const app = await build({
  ...shared,
  plugins: [
    yogaSync,
    inkWithoutDevtools,
    lazyEmojiRegex,
    inkOutputRows,
    inkRenderWidths,
    inkFullScreenIncremental,
    separateScripts,
  ],
  format: 'cjs',
  // import() of a separate script becomes require(), which loads it beside the app.
  supported: { 'dynamic-import': false },
  entryPoints: { 'news-tui': 'src/cli/index.ts', ...SEPARATE_SCRIPTS },
  outExtension: { '.js': '.cjs' },
  // bin/news-tui.js runs the script with the module's URL in this name. Ink's text measuring
  // splits graphemes with src/ui/grapheme-segmenter.ts, which spares most starts ICU's break
  // rules (~12 ms).
  define: { ...shared.define, 'import.meta.url': '__newsTuiModuleUrl', 'Intl.Segmenter': 'GraphemeSegmenter' },
  inject: ['src/ui/grapheme-segmenter.ts'],
});

const worker = await build({
  ...shared,
  format: 'esm',
  entryPoints: { 'analysis-worker': 'src/pipeline/analysis-worker.ts' },
  outExtension: { '.js': '.mjs' },
  banner: { js: "import {createRequire as __nt_cr} from 'module'; const require = __nt_cr(import.meta.url);" },
});

// bin/news-tui.js names its code cache by this, as V8 itself only compares a script's length.
const appSource = readFileSync(join(root, 'dist', 'news-tui.cjs'));
writeFileSync(
  join(root, 'dist', 'news-tui.id'),
  `${createHash('sha1').update(appSource).digest('hex').slice(0, 16)}\n`,
);

// Remove what earlier builds left (chunks of the old layout); not before building: a running
// app or test keeps working while this builds.
const built = new Set(
  [app, worker].flatMap((result) => Object.keys(result.metafile.outputs)).map((path) => path.replace(/^dist\//, '')),
);
built.add('news-tui.id');
for (const name of readdirSync(join(root, 'dist'))) {
  if (!built.has(name)) rmSync(join(root, 'dist', name), { force: true });
}
