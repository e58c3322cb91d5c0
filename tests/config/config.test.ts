import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, colorEnabled, configPath, loadConfig, mouseEnabled } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';

describe('config file location', () => {
  it('follows XDG_CONFIG_HOME, else ~/.config, ignoring a relative XDG_CONFIG_HOME', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/xdg' }, '/home/u')).toBe('/xdg/news-tui/config.json');
    expect(configPath({}, '/home/u')).toBe('/home/u/.config/news-tui/config.json');
    expect(configPath({ XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/news-tui/config.json');
  });
});

describe('loadConfig', () => {
  it('uses the defaults without an error when the file is missing', async () => {
    const home = await mkdtemp(join(tmpdir(), 'news-tui-config-'));
    expect(await loadConfig({ XDG_CONFIG_HOME: join(home, 'nowhere') }, home)).toEqual({
      config: DEFAULT_CONFIG,
      path: join(home, 'nowhere', 'news-tui', 'config.json'),
    });
  });

  it('reads paths, theme, keys and noColor, expanding ~ and relative paths', async () => {
    const home = await mkdtemp(join(tmpdir(), 'news-tui-config-'));
    const dir = join(home, '.config', 'news-tui');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        paths: ['~/news', 'local', '/abs'],
        theme: {
          'entity.person': 'redBright',
          date: { color: '#ffcc00', bold: true },
          selection: { backgroundColor: 'rgb(10, 20, 30)' },
        },
        keys: { down: ['j', 'down', 'ctrl+n'], quit: ['q'] },
        noColor: true,
        mouse: false,
      }),
    );
    const { config, error } = await loadConfig({}, home);
    expect(error).toBeUndefined();
    expect(config).toEqual({
      paths: [join(home, 'news'), join(dir, 'local'), '/abs'],
      theme: {
        'entity.person': { color: 'redBright' },
        date: { color: '#ffcc00', bold: true },
        selection: { backgroundColor: 'rgb(10, 20, 30)' },
      },
      keys: { down: ['j', 'down', 'ctrl+n'], quit: ['q'] },
      noColor: true,
      mouse: false,
    });
  });

  it('names the file and every unknown or invalid key, and falls back to the defaults', async () => {
    const home = await mkdtemp(join(tmpdir(), 'news-tui-config-'));
    const dir = join(home, 'xdg', 'news-tui');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        pathz: [],
        theme: { 'entity.persn': 'red', date: { color: 'chartreuse', blink: true } },
        keys: { dwn: ['j'], up: ['ctrl+UP'] },
        noColor: 'yes',
        mouse: 'off',
      }),
    );
    const { config, error } = await loadConfig({ XDG_CONFIG_HOME: join(home, 'xdg') }, home);
    expect(config).toEqual(DEFAULT_CONFIG);
    const lines = error!.split('\n');
    expect(lines[0]).toBe(`${join(dir, 'config.json')}:`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^unknown key "pathz" \(known: paths, theme, keys, noColor, mouse\)$/),
        expect.stringMatching(/^unknown key "theme\.entity\.persn"/),
        expect.stringMatching(/^"theme\.date\.color": not a colour/),
        'unknown key "theme.date.blink"',
        expect.stringMatching(/^unknown key "keys\.dwn"/),
        expect.stringMatching(/^"keys\.up\.0": not a key name/),
        '"noColor": expected true or false',
        '"mouse": expected true or false',
      ]),
    );
  });
});

describe('parseConfig', () => {
  it('reports broken JSON as one line', () => {
    expect(parseConfig('{"paths": [').error).toMatch(/^invalid JSON: /);
  });

  it('rejects a config that is not an object', () => {
    expect(parseConfig('[1]').error).toBe('expected a JSON object');
  });
});

describe('colorEnabled', () => {
  it('turns colour off for --no-color, a non-empty NO_COLOR, or noColor in the config', () => {
    expect(colorEnabled(DEFAULT_CONFIG, {})).toBe(true);
    expect(colorEnabled(DEFAULT_CONFIG, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(DEFAULT_CONFIG, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(DEFAULT_CONFIG, {}, true)).toBe(false);
    expect(colorEnabled({ ...DEFAULT_CONFIG, noColor: true }, {})).toBe(false);
  });
});

describe('mouseEnabled', () => {
  it('takes the mouse unless --no-mouse or "mouse": false says not to', () => {
    expect(DEFAULT_CONFIG.mouse).toBe(true);
    expect(mouseEnabled(DEFAULT_CONFIG)).toBe(true);
    expect(mouseEnabled(DEFAULT_CONFIG, true)).toBe(false);
    expect(mouseEnabled({ ...DEFAULT_CONFIG, mouse: false })).toBe(false);
  });
});
