#!/usr/bin/env node
// Runs the app (dist/news-tui.cjs) compiled with a V8 code cache, so most of React, Ink and the
// analyser need not be parsed and compiled again at each start. Node 20 caches compiled code
// only for scripts (module.enableCompileCache arrived in Node 22), hence a script run by
// vm.Script rather than an ES module.
//
// The cache is one file per build of the app and Node version under
// $XDG_CACHE_HOME/news-tui/code/ (default ~/.cache/news-tui/code/). V8 checks it against its own
// version and flags and rejects a damaged or foreign file, and the app then compiles as it would
// without one. The app says when it is up (first frame drawn, or command done); the cache is then
// written, atomically, if none was accepted, or if an interactive session finds one written by a
// command without the UI (which compiled less of the app). NEWS_TUI_NO_CODE_CACHE=1 leaves it off.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const appFile = join(dist, 'news-tui.cjs');
let source;
try {
  source = readFileSync(appFile, 'utf8');
} catch (error) {
  process.stderr.write(`news-tui: the app is not built (${error.code === 'ENOENT' ? `no ${appFile}` : error.message}); run npm install or npm run build\n`);
  process.exit(1);
}
// V8 matches a cache to its script by length only, so the file is named by the build's content
// hash (written beside the bundle by scripts/bundle.mjs); without it there is no cache.
let build = null;
try {
  build = readFileSync(join(dist, 'news-tui.id'), 'utf8').trim() || null;
} catch {
  // a bundle built by hand: run it uncached
}

const useCache = build !== null && process.env.NEWS_TUI_NO_CODE_CACHE !== '1';
// As the app's own cache: a relative XDG_CACHE_HOME is invalid and ignored (XDG Base Directory).
const cacheHome = process.env.XDG_CACHE_HOME && isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
const cacheDir = join(cacheHome, 'news-tui', 'code');
const stem = `${build}-${process.version}-${process.arch}`;
const cacheFile = (kind) => join(cacheDir, `${stem}.${kind}.bin`);

function readCache() {
  if (!useCache) return null;
  for (const kind of ['ui', 'cli']) {
    try {
      return { kind, data: readFileSync(cacheFile(kind)) };
    } catch {
      // not there (or unreadable): the next kind, or none
    }
  }
  return null;
}

const cached = readCache();
const wrapper = `(function (exports, require, module, __filename, __dirname, __newsTuiModuleUrl) {${source}\n})`;
const script = new Script(wrapper, { filename: appFile, cachedData: cached?.data });
const accepted = cached !== null && !script.cachedDataRejected;

let saved = false;
/** Called by the app once it is up: `ui` after its first frame, `cli` when a command is done. */
function started(kind) {
  if (!useCache || saved || (accepted && !(kind === 'ui' && cached.kind === 'cli'))) return;
  saved = true;
  const temporary = `${cacheFile(kind)}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile(kind));
    // Other builds' and Node versions' caches are of no further use, nor a command's once the UI wrote one.
    for (const name of readdirSync(cacheDir)) {
      if (!name.startsWith(stem) || (kind === 'ui' && name === `${stem}.cli.bin`)) rmSync(join(cacheDir, name), { force: true });
    }
  } catch {
    // A cache that cannot be written only costs the next start its compile time, whatever
    // stands in its way (a file where its folder should be, another user's folder).
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written there
    }
  }
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(appFile), module, appFile, dirname(appFile), pathToFileURL(appFile).href);
const code = await module.exports.main(process.argv.slice(2), { started });
process.exitCode = code;
