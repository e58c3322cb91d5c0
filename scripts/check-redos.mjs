// A second ReDoS check beside ESLint's regexp rules: every regex literal and every
// `new RegExp('…')` / `RegExp('…')` with a literal pattern in src/ is run through recheck
// (https://makenowjust-labs.github.io/recheck/), which decides by automata theory where it can and
// by fuzzing where it cannot. Prints each pattern that is not found safe with file:line and the
// attack recheck found; exits 1 if any is vulnerable. 'unknown' (recheck gave up, e.g. on a
// timeout or a feature it does not model) is printed as a warning and does not fail the run.
// Patterns built at run time from variables cannot be checked here; `--verbose` lists them.
//
//   node scripts/check-redos.mjs [--verbose] [DIR|FILE…]     (default: src)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const { checkSync } = require('recheck');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const roots = args.filter((a) => a !== '--verbose');
if (roots.length === 0) roots.push('src');

// Fixed seed: the fuzzer gives the same verdict on every run; the timeout keeps one hard pattern
// from stalling the check (it then reports 'unknown').
const PARAMS = { randomSeed: 1, timeout: 10_000 };

function sourceFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(child);
      return /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [child] : [];
    });
}

/** The text of a string literal or a template literal without substitutions, else null. */
function literalText(node) {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return null;
}

/** Every pattern in one file: {line, source, flags} for literals, {line, dynamic} for the rest. */
function patternsIn(file) {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const lineOf = (node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      found.push({ line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments?.length
    ) {
      const source = literalText(node.arguments[0]);
      const flags = node.arguments.length > 1 ? literalText(node.arguments[1]) : '';
      if (source !== null && flags !== null) found.push({ line: lineOf(node), source, flags });
      else found.push({ line: lineOf(node), dynamic: node.getText(sourceFile).slice(0, 100) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const short = (s, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);
let checked = 0;
let vulnerable = 0;
let unknown = 0;
let dynamic = 0;
const cache = new Map();
for (const root of roots) {
  for (const file of sourceFiles(root)) {
    const name = relative(process.cwd(), file);
    for (const pattern of patternsIn(file)) {
      if ('dynamic' in pattern) {
        dynamic++;
        if (verbose)
          console.log(`${name}:${pattern.line}  not checked (pattern built at run time): ${pattern.dynamic}`);
        continue;
      }
      checked++;
      // recheck knows the flags of ES2022 (`d` and `v` are newer): match indices do not change matching.
      const flags = pattern.flags.replace(/[^gimsuy]/g, '');
      const key = `/${pattern.source}/${flags}`;
      let result = cache.get(key);
      if (!result) {
        try {
          result = checkSync(pattern.source, flags, PARAMS);
        } catch (error) {
          result = { status: 'unknown', error: { kind: 'error', message: String(error?.message ?? error) } };
        }
        cache.set(key, result);
      }
      const where = `${name}:${pattern.line}`;
      if (result.status === 'vulnerable') {
        vulnerable++;
        const attack = result.attack?.pattern ?? short(JSON.stringify(result.attack?.string ?? ''));
        console.log(
          `${where}  ${result.complexity.type} (${result.complexity.summary})  /${short(pattern.source)}/${flags}`,
        );
        console.log(`    attack: ${short(attack, 120)}`);
      } else if (result.status === 'unknown') {
        unknown++;
        const why = result.error?.kind === 'timeout' ? 'timeout' : (result.error?.message ?? result.error?.kind);
        console.log(`${where}  warning: unknown (${short(String(why), 60)})  /${short(pattern.source)}/${flags}`);
      } else if (verbose) {
        console.log(`${where}  ${result.complexity.type}  /${short(pattern.source)}/${flags}`);
      }
    }
  }
}
console.log(
  `check-redos: ${checked} patterns checked in ${roots.join(' ')}: ${vulnerable} vulnerable, ${unknown} unknown` +
    `${dynamic ? `; ${dynamic} built at run time not checked${verbose ? '' : ' (--verbose lists them)'}` : ''}`,
);
process.exitCode = vulnerable > 0 ? 1 : 0;
