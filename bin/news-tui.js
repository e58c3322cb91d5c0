#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
// Smaller heap growth steps and young generation: a third less peak memory on a 10,000-article
// first open, for a few per cent of its time (bench/perf.ts).
setFlagsFromString('--optimize-for-size');
const { main } = await import('../dist/news-tui.mjs');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
