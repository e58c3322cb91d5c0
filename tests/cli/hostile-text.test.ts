import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openUrl } from '../../src/cli/app-services.js';
import { commandContext, crashReport } from '../../src/cli/crash.js';
import { runCli } from './run.js';

// Anything a terminal would act on: C0 controls but line feed and tab, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex -- the test's whole point is to look for them
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function home(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'news-tui-hostile-'));
  return {
    dir,
    env: {
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_CACHE_HOME: join(dir, 'cache'),
    },
  };
}

describe('hostile text on the way to the terminal', () => {
  it('shows an unknown config key that would set the window title, without setting it', () => {
    const { dir, env } = home();
    mkdirSync(join(dir, 'config', 'news-tui'), { recursive: true });
    writeFileSync(
      join(dir, 'config', 'news-tui', 'config.json'),
      JSON.stringify({ '\u001b]0;X\u0007': 1, theme: { date: 'x\u202e' } }),
    );
    const result = runCli(['events', 'seeds/2024-02-07-baghdad-drone-strike.txt'], { env });
    expect(result.code).toBe(0);
    expect(RAW_CONTROL.test(result.stderr)).toBe(false);
    expect(result.stderr).toContain('unknown key "\\u001b]0;X\\u0007"');
  });

  it('names a file whose name holds an escape under a visible form of that name, on stderr and stdout', () => {
    const { dir, env } = home();
    const name = 'evil\u001b[2J\u202egnp.txt';
    writeFileSync(join(dir, name), ' date 2024-03-01 The council met on Friday.');
    writeFileSync(join(dir, `empty\u001b]0;t\u0007.txt`), '');
    const result = runCli(['analyze', dir], { env });
    expect(result.code).toBe(0);
    expect(RAW_CONTROL.test(result.stdout + result.stderr)).toBe(false);
    expect(result.stdout).toContain('evil\\u001b[2J\\u202egnp.txt');
    expect(result.stderr).toContain('empty\\u001b]0;t\\u0007.txt: empty file');
  });

  it('strips bidi overrides from article text and keeps JSON output valid', () => {
    const { dir, env } = home();
    writeFileSync(join(dir, 'a.txt'), ' date 2024-03-01 The \u202eliamE\u202c council met on Friday \u2066here\u2069.');
    const result = runCli(['analyze', '--json', join(dir, 'a.txt')], { env });
    expect(RAW_CONTROL.test(result.stdout)).toBe(false);
    const article = JSON.parse(result.stdout) as { text: string };
    expect(article.text).toBe('The liamE council met on Friday here.');
  });

  it('names a bad command-line option without passing its escapes through', () => {
    const result = runCli(['--\u001b]0;X\u0007']);
    expect(result.code).toBe(2);
    expect(RAW_CONTROL.test(result.stderr)).toBe(false);
    expect(result.stderr).toContain('\\u001b]0;X\\u0007');
  });
});

describe('a crash', () => {
  it('is one line naming the command and its files, with the stack only under NEWS_TUI_DEBUG=1', () => {
    const error = new RangeError('Invalid string length');
    const context = commandContext('analyze', ['big.json']);
    expect(crashReport(error, context, {})).toBe(
      'news-tui: analyze big.json: the output grew past what one string can hold (RangeError: Invalid string length)\n',
    );
    const debug = crashReport(error, context, { NEWS_TUI_DEBUG: '1' });
    expect(debug.split('\n')[0]).toBe(crashReport(error, context, {}).trimEnd());
    expect(debug).toContain('at ');
  });

  it('names the file a file-system error names, made printable', () => {
    const error = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', path: 'x\u001b]0;t\u0007.json' });
    expect(crashReport(error, 'events x.json', {})).toBe('news-tui: x\\u001b]0;t\\u0007.json: EIO: i/o error, read\n');
  });

  it('names the command in one line when the built CLI crashes, and shows the stack under NEWS_TUI_DEBUG=1', () => {
    const { dir, env } = home();
    // Preloaded into the CLI's process: the first write to stdout throws, deep in the bundle.
    const preload = join(dir, 'break-stdout.cjs');
    writeFileSync(preload, "process.stdout.write = () => { throw new TypeError('stdout broke'); };\n");
    const args = ['events', 'seeds/2024-02-07-baghdad-drone-strike.txt'];
    const crashed = runCli(args, { env: { ...env, NODE_OPTIONS: `--require ${preload}` } });
    expect(crashed.code).toBe(1);
    expect(crashed.stderr).toBe(
      'news-tui: events seeds/2024-02-07-baghdad-drone-strike.txt: TypeError: stdout broke\n',
    );
    const debug = runCli(args, { env: { ...env, NODE_OPTIONS: `--require ${preload}`, NEWS_TUI_DEBUG: '1' } });
    expect(debug.stderr.split('\n')[0]).toBe(crashed.stderr.trimEnd());
    expect(debug.stderr.split('\n').some((line) => line.trimStart().startsWith('at '))).toBe(true);
  });
});

describe('opening a link', () => {
  it('does not say "opened" when there is no browser to start', () => {
    const message = openUrl('https://example.com/a', { BROWSER: 'no-such-browser-here', PATH: '/nonexistent' });
    expect(message).toBe(
      'cannot open https://example.com/a: no browser (no-such-browser-here not found; set BROWSER to one)',
    );
  });

  it('reports a launcher that exits with an error', async () => {
    const failure = await new Promise<string>((resolve) => {
      const message = openUrl('https://example.com/a', { BROWSER: 'false', PATH: process.env.PATH }, resolve);
      expect(message).toBe('asked false to open https://example.com/a');
    });
    expect(failure).toBe('cannot open https://example.com/a: false failed (exit status 1)');
  });

  it('shows a URL with escapes in a visible form', () => {
    expect(openUrl('javascript:\u001b]0;t\u0007', {})).toBe('not a web link: javascript:\\u001b]0;t\\u0007');
  });
});
