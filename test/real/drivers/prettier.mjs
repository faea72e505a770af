// prettier formatting a corpus (ES module, plugins loaded by dynamic import through the ESM
// hooks): JavaScript, TypeScript, CSS, SCSS, Markdown, YAML, JSON, GraphQL and HTML, with
// option variants, and syntax errors.
import * as prettier from 'prettier';
import { hash, readPackageFile } from './common.cjs';

const read = (rel) => readPackageFile(rel);
const corpus = [
  ['a.js', read('js-yaml/dist/js-yaml.cjs.js').slice(0, 40000).replace(/\n[^\n]*$/, '\n}}}}}}}}'.slice(0, 1)).split('\n').slice(0, 900).join('\n')],
  ['b.js', 'const {a,b:[c,...d]={}}=obj;label:for(const x of y){if(x)continue label;else{break}}\nclass K extends B{#p=1;static{init()}get v(){return this.#p}async*g(){yield*await x}}\nconst f=async(a,b=()=>{})=>a?.b?.(c)??d`t${e}`\n'],
  ['c.ts', 'enum E{A=1,B}\ninterface I<T extends object=any>{a?:T;readonly b:string[]}\nexport abstract class C<T> implements I<T>{constructor(private readonly x:number,public y?:T){super()}abstract m():void;@dec() n(@p a:string):Promise<void>{return null!}}\ntype U=keyof typeof obj|`x${string}`|(A extends B?C:D);\nfunction f(this:Window,...a:number[]):asserts a is number[]{}\n'],
  ['d.css', 'a{color:red;background:URL(x.png)}@media (max-width:100px){.b>.c+.d~.e{margin:0 0 0 0}}:root{--x: { a:b }}.f::after{content:"\\201C"}'],
  ['e.scss', '@use "sass:math";$m:(a:1,b:2);@mixin x($a:1){.y{z:$a}}.p{&:hover{@include x(2)}@each $k,$v in $m{.#{$k}{w:$v}}}'],
  ['f.md', read('marked/README.md')],
  ['g.yaml', 'a:   1\nb:\n    - x\n    -   y: [1,2,   3]\n# comment\nc: |\n   text\n---\nd: {e: f}\n'],
  ['h.json', '{"a":1,"b":[1,2,{"c":null}],"d":{"e":"f"}}'],
  ['i.graphql', 'query Q($id:ID!){user(id:$id){name,friends(first:10){edges{node{id}}}}}'],
  ['j.html', '<!doctype html><html><head><title>T</title><style>a{b:c}</style></head><body><div class=a><p>Some <b>bold</b> text<script>let x=1</script></div></body></html>'],
];
for (const [name, source] of corpus) {
  for (const options of [{}, { semi: false, singleQuote: true, trailingComma: 'none', printWidth: 60 }, { tabWidth: 4, useTabs: true, proseWrap: 'always', bracketSpacing: false }]) {
    try {
      const formatted = await prettier.format(source, { filepath: name, ...options });
      console.log(name, formatted.length, hash(formatted));
      if (source.length < 2000) console.log(formatted);
      const again = await prettier.format(formatted, { filepath: name, ...options });
      console.log(' idempotent', again === formatted);
    } catch (e) {
      console.log(name, e.name, e.message.split('\n')[0]);
    }
  }
}
console.log(await prettier.check('const a = 1;\n', { parser: 'babel' }));
const cursor = await prettier.formatWithCursor('const   a=[1,2,   3]', { parser: 'babel', cursorOffset: 12 });
console.log(JSON.stringify(cursor));
for (const [source, parser] of [['const = 1', 'babel'], ['a {', 'css'], ['let x: = 1', 'typescript'], ['{"a":}', 'json']]) {
  try {
    await prettier.format(source, { parser });
  } catch (e) {
    console.log(e.name, e.message.split('\n')[0], JSON.stringify(e.loc));
  }
}
const info = await prettier.getSupportInfo();
console.log(info.languages.map((l) => l.name).join(','));
