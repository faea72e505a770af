/** Which module system Node runs a TypeScript file in, as it decides for `.js`/`.mjs`/`.cjs`. */
import fs from 'node:fs';
import path from 'node:path';
import { TS_FILE } from '../instrument/file-kinds.js';

/** The `type` of the nearest package.json above `file` ('commonjs' when there is none). */
function packageType(file: string): 'module' | 'commonjs' {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        return JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module' ? 'module' : 'commonjs';
      } catch {
        return 'commonjs';
      }
    }
    if (path.dirname(dir) === dir) return 'commonjs';
  }
}

/** `.mts`: ES module; `.cts`: CommonJS; `.ts`/`.tsx`: as its package's `type` says. */
export function tsFormat(file: string): 'module' | 'commonjs' {
  const m = TS_FILE.exec(file)!;
  if (m[1] === 'm') return 'module';
  if (m[1] === 'c') return 'commonjs';
  return packageType(file);
}
