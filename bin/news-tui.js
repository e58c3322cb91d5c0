#!/usr/bin/env node
const { main } = await import('../dist/news-tui.mjs');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
