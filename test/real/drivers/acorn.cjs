'use strict';
// acorn parsing large inputs (whole libraries) and a set of modern-syntax snippets and errors.
const acorn = require('acorn');
const { hash, describeError, readPackageFile, quick } = require('./common.cjs');

const inputs = quick ? ['marked/lib/marked.esm.js'] : ['lodash/lodash.js', 'esprima/dist/esprima.js', 'acorn/dist/acorn.js', 'js-yaml/dist/js-yaml.cjs.js', 'marked/lib/marked.esm.js'];
for (const rel of inputs) {
  const src = readPackageFile(rel);
  const comments = [];
  let tokens = 0;
  const ast = acorn.parse(src, {
    ecmaVersion: 'latest',
    sourceType: rel.endsWith('.esm.js') ? 'module' : 'script',
    locations: true,
    ranges: true,
    onComment: comments,
    onToken: () => tokens++,
  });
  const json = JSON.stringify(ast);
  console.log(rel, ast.body.length, 'statements', tokens, 'tokens', comments.length, 'comments', json.length, hash(json));
}

const snippets = [
  'class A { static #p = 1; static { this.q = A.#p; } #m() { return new.target; } get [Symbol.iterator]() {} }',
  'label: for (const [a, { b = 1, ...c }] of xs) { if (a) continue label; else break label; }',
  'async function* g() { for await (const x of y) yield* await x?.[0]?.(1) ?? 2n; }',
  'const re = /(?<year>\\d{4})-(?<m>\\d\\d)/dgu, t = tag`a${b}c${d}`, n = 1_000_000;',
  'export default class extends (await import("x")).Base {}',
  'a ||= b; c &&= d; e ??= f; x = a ** -b;',
];
for (const s of snippets) {
  try {
    const ast = acorn.parse(s, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
    console.log(hash(JSON.stringify(ast)), ast.body.map((n) => n.type).join(','));
  } catch (e) {
    console.log(describeError(e));
  }
}
const errors = ['let let = 1;', 'function f() { return }}', 'class { }', 'x = 08n', '({a:1} = 1)', 'for (let x of y, z) {}', '"use strict"; with (a) {}'];
for (const s of errors) {
  try {
    acorn.parse(s, { ecmaVersion: 'latest' });
    console.log('parsed', s);
  } catch (e) {
    console.log(describeError(e), e.pos, JSON.stringify(e.loc));
  }
}
const tokens = [...acorn.tokenizer('const x = a?.b ?? `t${1}` / 2; // c', { ecmaVersion: 'latest' })].map((t) => t.type.label);
console.log(tokens.join(' '));
