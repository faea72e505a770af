#!/usr/bin/env node
// The `jstrace` command (src/cli/main.ts): Python's `python -m trace` for Node programs.
import { main } from '../dist/cli.js';

// A report that cannot be written (standard output closed early, `| head`; a full disk) ends
// the command with one line and exit 1, not an unhandled 'error' event's stack.
process.stdout.on('error', (err) => {
  process.stderr.write(`jstrace: cannot write to standard output: ${err.message}\n`);
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2));
