export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`news-tui: not wired yet (${argv.join(' ')})\n`);
  return 0;
}
