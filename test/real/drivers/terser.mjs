// terser minifying real inputs (ESM entry: loaded through the ESM hooks) with compress and
// mangle options, source maps, and errors.
import { minify } from 'terser';
import { hash, readPackageFile } from './common.cjs';

const inputs = ['marked/lib/marked.esm.js'];
for (const rel of inputs) {
  const code = readPackageFile(rel);
  for (const options of [{}, { compress: { unsafe: true }, mangle: { toplevel: true } }, { compress: false, mangle: false, format: { beautify: true, comments: 'all' } }]) {
    const res = await minify({ [rel]: code }, { ...options, module: rel.endsWith('.esm.js'), sourceMap: true });
    console.log(rel, res.code.length, hash(res.code), hash(String(res.map)));
  }
}
const small = await minify('function add(first, second) { var unused = 1; if (false) { dead(); } return first + second; }\nconsole.log(add(1, 2));', { toplevel: true });
console.log(small.code);
const modern = await minify('export class A { #x = 1; static { this.y = 2; } get x() { return this.#x ?? 0; } async *g() { for await (const v of this) yield v?.z; } }', { module: true, ecma: 2022 });
console.log(modern.code);
for (const bad of ['function (', 'let x = ;', 'return 1']) {
  try {
    await minify(bad);
    console.log('minified', bad);
  } catch (e) {
    console.log(e.name, e.message, e.line, e.col);
  }
}
