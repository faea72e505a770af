'use strict';
// Runs one CommonJS fixture instrumented by the built jstrace, as `node fixture.js` would:
//   node run-instrumented.cjs <off|trace> <default|always> /abs/fixture.js
// `off` loads the runtime and never calls settrace; `trace` installs an observing tracer that,
// at every event, reads every f_locals and f_globals entry and walks the whole f_back chain.
// The fixture is loaded as the main module (Module.runMain with process.argv[1] set to it), so
// require.main, module.id, process.argv and the module wrapper are what plain node gives it.
// With JSTRACE_TRANSPARENCY_EVENTS=<file>, the number of tracer calls is written there at exit
// (on a side channel, so that stdout and stderr stay the program's own).
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transform, settrace } = require(path.resolve(__dirname, '../../dist/index.cjs'));

const [mode, frames, file] = process.argv.slice(2);
if (!['off', 'trace'].includes(mode) || !['default', 'always'].includes(frames) || !file) {
  throw new Error('usage: run-instrumented.cjs <off|trace> <default|always> <fixture.js>');
}
const target = path.resolve(file);

const compileJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename !== target) return compileJs(module, filename);
  const { code } = transform(fs.readFileSync(filename, 'utf8'), filename, { sourceType: 'script', frames });
  module._compile(code, filename);
};

let events = 0;
function observe(frame, event, arg) {
  events++;
  const locals = frame.f_locals;
  for (const key of Object.keys(locals)) void locals[key];
  const globals = frame.f_globals;
  for (const key of Object.keys(globals)) void globals[key];
  for (let f = frame; f; f = f.f_back) void f.f_code.co_name;
  void frame.f_lineno, frame.f_this, arg;
  return observe;
}

const eventsFile = process.env.JSTRACE_TRANSPARENCY_EVENTS;
if (eventsFile) process.on('exit', () => fs.writeFileSync(eventsFile, String(events)));
if (mode === 'trace') settrace(observe);
process.argv.splice(1, process.argv.length - 1, target);
Module.runMain();
