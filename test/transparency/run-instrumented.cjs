'use strict';
// Runs one CommonJS fixture, instrumented, the way `node fixture.js` runs the original:
//   node run-instrumented.cjs <off|trace|bare> /abs/fixture.js [/abs/instrumented.js]
// The fixture is loaded as the main module (Module.runMain with process.argv[1] set to it,
// compiled under its real path), so require.main, module.id, process.argv, the module wrapper
// and the paths in error.stack are what plain node gives it. The instrumented text is read
// from the third argument (the test transforms it, with the options under test), or made here
// with the default options when it is absent.
//   off    loads the built runtime and never calls settrace;
//   trace  installs an observing tracer that, at every event, reads every f_locals and
//          f_globals entry and walks the whole f_back chain reading each co_name;
//   bare   never loads the runtime (SPEC §4: instrumented code runs when it was never loaded);
//   count  counts lines and calls with monitoring.COUNT from the start, and with
//          JSTRACE_TRANSPARENCY_COUNTS=<file> writes the fixture's counts there at exit (the
//          counters form counts by itself; the events form through COUNT: both must agree).
// With JSTRACE_TRANSPARENCY_EVENTS=<file>, the number of tracer calls is written to that file
// at exit, so that the test can check the tracer ran without touching stdout or stderr.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const [mode, file, instrumentedFile] = process.argv.slice(2);
if (!['off', 'trace', 'bare', 'count'].includes(mode) || !file || (mode === 'bare' && !instrumentedFile)) {
  throw new Error('usage: run-instrumented.cjs <off|trace|bare|count> <fixture.js> [instrumented.js] (bare needs the instrumented file)');
}
const target = path.resolve(file);
const runtimePath = path.resolve(__dirname, '../../dist/index.cjs');
const jstrace = mode === 'bare' ? null : require(runtimePath);
if (mode === 'bare' && globalThis[Symbol.for('jstrace.registry')] !== undefined) {
  throw new Error('bare mode: a jstrace registry exists before the fixture runs');
}

function instrumentedCode() {
  if (instrumentedFile) return fs.readFileSync(instrumentedFile, 'utf8');
  return jstrace.transform(fs.readFileSync(target, 'utf8'), target, { sourceType: 'script' }).code;
}

const compileJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename !== target) return compileJs(module, filename);
  module._compile(instrumentedCode(), filename);
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
if (mode === 'trace') jstrace.settrace(observe);
if (mode === 'count') {
  const { monitoring } = jstrace;
  monitoring.use_tool_id(1, 'transparency');
  monitoring.register_callback(1, monitoring.events.LINE, monitoring.COUNT);
  monitoring.register_callback(1, monitoring.events.PY_START, monitoring.COUNT);
  monitoring.set_events(1, monitoring.events.LINE | monitoring.events.PY_START);
  const countsFile = process.env.JSTRACE_TRANSPARENCY_COUNTS;
  if (countsFile) {
    process.on('exit', () => {
      const counts = monitoring.get_counts().get(target);
      const lines = counts ? [...counts.lines].sort((a, b) => a[0] - b[0]) : [];
      const calls = counts ? [...counts.calls].map(([code, n]) => `${code.co_qualname}:${code.co_firstlineno} ${n}`).sort() : [];
      fs.writeFileSync(countsFile, JSON.stringify({ lines, calls }));
    });
  }
}
process.argv.splice(1, process.argv.length - 1, target);
Module.runMain();
