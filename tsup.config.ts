import { defineConfig } from 'tsup';

// Each public entry is built twice (ESM and CJS). The runtime keeps its state on a
// globalThis registry (src/protocol.ts), so an ESM and a CJS copy loaded in one process
// share it, exactly as two installed versions of jstrace would.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'babel-plugin': 'src/babel-plugin.ts',
    register: 'src/register.ts',
    loader: 'src/loader-entry.ts',
    'register-hooks': 'src/loader/module-hooks-async.ts',
    instrument: 'src/instrument/transform.ts',
    cli: 'src/cli/main.ts',
    'cli-child': 'src/cli/child.ts',
  },
  // The command line sits on the public API: it imports the package by name (self-reference).
  external: ['jstrace', 'jstrace/register'],
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  sourcemap: false,
  clean: true,
  shims: true,
});
