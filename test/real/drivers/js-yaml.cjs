'use strict';
// js-yaml round trips: dump → load → dump of varied documents, multi-document streams,
// schemas, anchors and aliases, custom types, and errors with their marks.
const yaml = require('js-yaml');
const { describeError } = require('./common.cjs');

const docs = [
  { name: 'jstrace', version: '0.1.0', list: [1, 2.5, -3, 1e21, null, true, 'yes', 'no', '0x1F', ''], nested: { a: { b: { c: [[], {}, [{ d: 'multi\nline\ntext\n' }]] } } } },
  { dates: new Date(Date.UTC(2020, 1, 29, 12, 30)), binaryish: 'a'.repeat(200), unicode: 'héllo wörld ✓ 😀', quote: `it's "quoted"`, keys: { '': 1, 'a b': 2, '1': 3, 'null': 4 } },
  Array.from({ length: 50 }, (_, i) => ({ id: i, tags: Array.from({ length: i % 5 }, (_, j) => `t${j}`), score: (i * 37) % 101 / 7 })),
];
for (const doc of docs) {
  for (const opts of [{}, { flowLevel: 1 }, { sortKeys: true, lineWidth: 40 }, { noRefs: true, quotingType: '"', forceQuotes: true }, { indent: 4, noArrayIndent: true }]) {
    const text = yaml.dump(doc, opts);
    const back = yaml.load(text);
    const again = yaml.dump(back, opts);
    console.log(text.length, again === text, JSON.stringify(back).length);
    console.log(text.slice(0, 300));
  }
}
const stream = `--- &a\nx: 1\ny: [*a]\n---\n- !!str 123\n- !!int "42"\n- !!float .inf\n- !!binary aGVsbG8=\n- !!set {a, b}\n- !!omap [a: 1, b: 2]\n- ? complex key\n  : value\n- |\n  literal\n   block\n- >-\n  folded\n  text\n---\nmerge: &base {a: 1, b: 2}\nchild:\n  <<: *base\n  c: 3\n`;
try {
  yaml.loadAll(stream, (d) => console.log(JSON.stringify(d, (k, v) => (v instanceof Uint8Array || (v && v.type === 'Buffer') ? `bytes:${v.length}` : v))));
} catch (e) {
  console.log(describeError(e));
}
for (const schema of ['JSON_SCHEMA', 'CORE_SCHEMA', 'YAML11_SCHEMA', 'FAILSAFE_SCHEMA']) {
  try {
    console.log(schema, JSON.stringify(yaml.load('a: yes\nb: 0o17\nc: 0x1F\nd: ~\ne: 2001-12-14\nf: .NaN\ng: "s"', { schema: yaml[schema] })));
  } catch (e) {
    console.log(schema, e.name, e.message.split('\n')[0]);
  }
}
for (const bad of ['a: [1, 2', 'key: value\n  bad indent: x', '!!int foo', 'a: 1\na: 2', '- &x a\n- *y', '"\\q"']) {
  try {
    console.log(JSON.stringify(yaml.load(bad)));
  } catch (e) {
    console.log(e.name, e.reason, e.mark && [e.mark.line, e.mark.column, e.mark.position], e.message.split('\n')[0]);
  }
}
console.log(yaml.dump({ fn: undefined, sym: 'x' }, { skipInvalid: true }));
try {
  yaml.dump({ f() {} });
} catch (e) {
  console.log(describeError(e));
}
