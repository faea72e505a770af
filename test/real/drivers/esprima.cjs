'use strict';
// esprima parsing and tokenizing large inputs, with ranges, locations, comments and tokens.
const esprima = require('esprima');
const { hash, describeError, readPackageFile } = require('./common.cjs');

for (const rel of ['lodash/lodash.js', 'esprima/dist/esprima.js', 'js-yaml/dist/js-yaml.cjs.js']) {
  const src = readPackageFile(rel);
  const ast = esprima.parseScript(src, { range: true, loc: true, comment: true, tokens: true });
  const json = JSON.stringify(ast);
  console.log(rel, ast.body.length, ast.tokens.length, ast.comments.length, json.length, hash(json));
  let nodes = 0;
  esprima.parseScript(src, {}, () => nodes++);
  console.log(' delegate nodes', nodes);
}
const mod = esprima.parseModule('import a, { b as c } from "m"; export const d = async () => { await a; }; export * from "n";', { jsx: false });
console.log(hash(JSON.stringify(mod)), mod.body.map((n) => n.type).join(','));
console.log(JSON.stringify(esprima.tokenize('var answer = 6 * 7; /* c */ `x${y}`', { comment: true, range: true })));
const jsx = esprima.parseScript('var el = <div className="a">{items.map(i => <Item key={i} {...p} />)}</div>;', { jsx: true });
console.log(hash(JSON.stringify(jsx)));
for (const bad of ['var 1x;', 'function (', '({a:1}) = 2', 'if (a) function f() {} else', 'class A extends B { constructor() { super.x; super(); }']) {
  try {
    esprima.parseScript(bad);
    console.log('parsed', bad);
  } catch (e) {
    console.log(describeError(e), e.index, e.lineNumber, e.column, e.description);
  }
}
const tolerant = esprima.parseScript('"use strict"; var x = 010; with (a) {}', { tolerant: true });
console.log(JSON.stringify(tolerant.errors));
