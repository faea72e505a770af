#!/usr/bin/env node
// The `jstrace` command (src/cli/main.ts): Python's `python -m trace` for Node programs.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
