// marked (an ES module package: loaded through the ESM hooks) rendering Markdown: the READMEs
// of the installed packages and a crafted document, with options, extensions and the lexer.
import { Marked, marked } from 'marked';
import { hash, readPackageFile } from './common.cjs';

const readmes = ['marked', 'typescript', 'prettier', 'lodash', 'js-yaml', 'acorn', 'sass', 'terser', 'esprima', 'date-fns'].map((p) => readPackageFile(`${p}/README.md`));
const crafted = `# Title *em* __strong__ ~~del~~

Setext
======

1. one
2. two
   - nested [link](http://x.test "t") and ![img](i.png)
   - [ ] task
   - [x] done

| a | b:|:c:|
|---|--:|:-:|
| \`code\` | **b** | <span>html</span> |

> quote
> > nested quote with \`inline\`

\`\`\`js
const x = 1 < 2 && "q";
\`\`\`

    indented code

Term<br>line  
break\\
escape \\* not em \\*

<div class="raw">
*not parsed*
</div>

[ref]: http://ref.test
Use [ref] and <http://auto.test> and www.gfm.test and foo@bar.test.

***
Footnote-ish[^1] and &amp; &copy; &#x1F600;
`;
for (const [i, md] of [...readmes, crafted].entries()) {
  const html = marked.parse(md);
  console.log(i, html.length, hash(html));
}
console.log(marked.parse(crafted));
console.log(marked.parse(crafted, { gfm: false, breaks: true }));
console.log(marked.parseInline('**bold** _it_ `c` [l](u)'));
const tokens = marked.lexer(crafted);
console.log(tokens.length, tokens.map((t) => t.type).join(','));
const custom = new Marked({
  renderer: {
    heading({ tokens, depth }) {
      return `<h${depth} id="${this.parser.parseInline(tokens).toLowerCase().replace(/\W+/g, '-')}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
  extensions: [
    {
      name: 'mention',
      level: 'inline',
      start: (src) => src.indexOf('@'),
      tokenizer(src) {
        const m = /^@(\w+)/.exec(src);
        return m ? { type: 'mention', raw: m[0], user: m[1] } : undefined;
      },
      renderer: (t) => `<a class="u">${t.user}</a>`,
    },
  ],
  walkTokens(token) {
    if (token.type === 'codespan') token.text = token.text.toUpperCase();
  },
});
console.log(custom.parse('# Hello World\n\nhi @fred, see `code` and @barney.\n'));
try {
  custom.parse(null);
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
console.log(await marked.parse('# async\n', { async: true }));
