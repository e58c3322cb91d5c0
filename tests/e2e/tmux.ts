import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Drives the real app in a real terminal: tmux on a private socket, one key per send-keys. */
export class TmuxSession {
  private readonly socket = `news-tui-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly name = 'e2e';

  /** A private home for the app's cache, state and config, so no run sees another's. */
  readonly home: string;

  constructor(command: string, size: { columns: number; rows: number } = { columns: 110, rows: 32 }, home?: string) {
    this.home = home ?? mkdtempSync(join(tmpdir(), 'news-tui-e2e-home-'));
    const env = [
      `XDG_CACHE_HOME=${join(this.home, 'cache')}`,
      `XDG_STATE_HOME=${join(this.home, 'state')}`,
      `XDG_CONFIG_HOME=${join(this.home, 'config')}`,
    ];
    // Ink stops redrawing under CI=true; the app under test runs without it.
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(size.columns),
      '-y',
      String(size.rows),
      '-c',
      PROJECT_ROOT,
      `env -u CI ${env.join(' ')} ${command}`,
    );
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** The screen as text, or with colours and attributes as escape sequences. */
  capture(withEscapes = false): string {
    return this.tmux('capture-pane', '-p', ...(withEscapes ? ['-e'] : []), '-t', this.name);
  }

  /** A tmux format of the pane, e.g. '#{mouse_sgr_flag}': what the app asked of the terminal. */
  paneFormat(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.name, format).trim();
  }

  async key(key: string): Promise<void> {
    this.tmux('send-keys', '-t', this.name, key);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }

  /** Sends `text` (control characters included: '\r' is Enter) in one send-keys, as a paste,
   * fast typing or ssh deliver keys: together, in one read. */
  async keysAtOnce(text: string): Promise<void> {
    this.tmux('send-keys', '-t', this.name, '-l', text);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }

  async type(text: string): Promise<void> {
    for (const ch of text) await this.key(ch);
  }

  /** Types `text` one key per send-keys, `msPerKey` apart: a person typing fast. */
  async typeAt(text: string, msPerKey: number): Promise<void> {
    for (const ch of text) {
      this.tmux('send-keys', '-t', this.name, '-l', ch);
      await new Promise((resolve) => setTimeout(resolve, msPerKey));
    }
  }

  async waitFor(expected: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    const matches = (text: string): boolean =>
      typeof expected === 'string'
        ? text.includes(expected)
        : expected instanceof RegExp
          ? expected.test(text)
          : expected(text);
    while (Date.now() < deadline) {
      screen = this.capture();
      if (matches(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`screen never showed ${String(expected)}; last screen:\n${screen}`);
  }

  alive(): boolean {
    try {
      this.tmux('has-session', '-t', this.name);
      return true;
    } catch {
      return false;
    }
  }

  kill(keepHome = false): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    if (!keepHome) this.removeHome();
  }

  /** Removes the private home; an app still closing may be writing its cache there, so a
   * directory that fills while it is emptied is emptied again. */
  removeHome(): void {
    rmSync(this.home, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
