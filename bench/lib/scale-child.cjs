'use strict';
// One measurement of bench/scale.mjs, in a fresh process.
//   transform jstrace|istanbul FILE OUT   instrument FILE once; print time, peak RSS, sizes
//   lines FILE INSTRUMENTED               run the instrumented TypeScript compiler traced
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const root = path.join(__dirname, '../..');
const [cmd, ...rest] = process.argv.slice(2);

function transform([tool, file, out]) {
  const code = fs.readFileSync(file, 'utf8');
  let instrument;
  if (tool === 'jstrace') {
    const { transform } = require(path.join(root, 'dist/index.cjs'));
    instrument = () => transform(code, file, { sourceType: 'script' }).code;
  } else {
    const babel = require(path.join(root, 'node_modules/@babel/core'));
    const istanbul = require(path.join(root, 'node_modules/babel-plugin-istanbul'));
    instrument = () =>
      babel.transformSync(code, {
        filename: file, babelrc: false, configFile: false, compact: false, retainLines: true,
        plugins: [[istanbul.default || istanbul, { cwd: path.dirname(file), include: ['**'], exclude: [], excludeNodeModules: false }]],
      }).code;
  }
  const t0 = process.hrtime.bigint();
  const result = instrument();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.writeFileSync(out, result);
  return { ms: Math.round(ms), maxRSS: process.resourceUsage().maxRSS * 1024, inBytes: Buffer.byteLength(code), outBytes: Buffer.byteLength(result), inLines: code.split('\n').length, outLines: result.split('\n').length };
}

/**
 * Loads the instrumented compiler under the original file name (as the loader does), traces
 * `createSourceFile` and a failing `Debug.fail`, and compares with the original source: the
 * `call` line of named functions, every `line` event's line (its source line is code, in the
 * function), and the line of the throwing frame in `error.stack`, against the plain module.
 */
function lines([file, instrumented]) {
  const jstrace = require(path.join(root, 'dist/index.cjs'));
  const source = fs.readFileSync(file, 'utf8').split('\n');
  const plainTs = require(file);
  // A TypeError thrown deep inside the parser: every frame of its stack is in the file.
  const failing = (t) => {
    try {
      t.createSourceFile('x.ts', null, t.ScriptTarget.Latest);
    } catch (e) {
      return e.stack;
    }
    return '';
  };
  const plainStack = failing(plainTs);
  delete require.cache[file];
  const compile = Module._extensions['.js'];
  Module._extensions['.js'] = function (module, filename) {
    if (filename !== file) return compile(module, filename);
    module._compile(fs.readFileSync(instrumented, 'utf8'), filename);
  };
  const t0 = Date.now();
  const ts = require(file);
  const loadMs = Date.now() - t0;
  const declLine = (name) => source.findIndex((l) => new RegExp(`^\\s*function ${name}\\(`).test(l)) + 1;
  const calls = {};
  let lineEvents = 0;
  const badLines = [];
  const tracer = (frame, event) => {
    if (frame.f_code.co_filename !== file) return tracer;
    if (event === 'call') (calls[frame.f_code.co_name] ??= new Set()).add(frame.f_code.co_firstlineno);
    if (event === 'line') {
      lineEvents++;
      const text = source[frame.f_lineno - 1] ?? '';
      if (!text.trim() || frame.f_lineno < frame.f_code.co_firstlineno) badLines.push(frame.f_lineno);
    }
    return tracer;
  };
  jstrace.settrace(tracer);
  const t1 = Date.now();
  ts.createSourceFile('x.ts', 'export class A<T> { m(a: T): T { return a; } }\nconst x = 1 + 2;\n', ts.ScriptTarget.Latest);
  const tracedStack = failing(ts);
  jstrace.settrace(null);
  const offStack = failing(ts);
  const tracedMs = Date.now() - t1;
  // The function declared at that line had a `call` event reporting it as its first line.
  const names = ['createSourceFile', 'parseSourceFile', 'parseSourceFileWorker', 'nextToken', 'parseStatement', 'scan'];
  const callLines = Object.fromEntries(names.map((n) => [n, declLine(n) > 0 && !!calls[n] && calls[n].has(declLine(n)) ? declLine(n) : `missing (declared at ${declLine(n)})`]));
  const stackLines = (s) => s.split('\n').filter((l) => l.includes(file)).map((l) => Number((/:(\d+):\d+\)?$/.exec(l) || [])[1]));
  const stack = { plain: stackLines(plainStack), traced: stackLines(tracedStack), off: stackLines(offStack) };
  const same = (a, b) => a.length > 2 && JSON.stringify(a) === JSON.stringify(b);
  const ok = names.every((n) => typeof callLines[n] === 'number') && badLines.length === 0 && lineEvents > 1000 && same(stack.plain, stack.traced) && same(stack.plain, stack.off);
  return { ok, loadMs, tracedMs, lineEvents, badLines: badLines.slice(0, 5), callLines, stack };
}

let out;
try {
  out = cmd === 'transform' ? transform(rest) : lines(rest);
} catch (err) {
  out = { error: String((err && err.stack) || err).split('\n').slice(0, 3).join(' | ') };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
