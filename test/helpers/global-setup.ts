import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds dist/ once before the suite (skip with JSTRACE_SKIP_BUILD=1 when it is fresh). */
export default function setup(): void {
  if (process.env.JSTRACE_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'pipe' });
}
