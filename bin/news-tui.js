#!/usr/bin/env node
import { main } from '../dist/news-tui.mjs';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
