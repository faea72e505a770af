'use strict';
// Preloaded (after jstrace/register) by the differential suite's `trace` runs: an observing
// tracer, called for every event, that at every Nth event (JSTRACE_REAL_EVERY, default 1)
// reads every entry of the frame's f_locals and walks its f_back chain. It writes nothing to
// stdout or stderr; with JSTRACE_REAL_EVENTS=<file> it writes how many events it saw and how
// many frames of the packages it inspected at exit, so the test can check it ran.
const fs = require('node:fs');
const path = require('node:path');
const { settrace } = require(path.resolve(__dirname, '../../dist/index.cjs'));

const every = Math.max(1, Number(process.env.JSTRACE_REAL_EVERY) || 1);
let events = 0;
let inspected = 0;
let packageFrames = 0;
function observe(frame, event, arg) {
  if (++events % every === 0) {
    inspected++;
    const locals = frame.f_locals;
    for (const key of Object.keys(locals)) void locals[key];
    for (let f = frame; f; f = f.f_back) void f.f_code.co_name, f.f_lineno;
    if (frame.f_code.co_filename.includes('node_modules')) packageFrames++;
    void arg;
  }
  return observe;
}
const out = process.env.JSTRACE_REAL_EVENTS;
if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify({ events, inspected, packageFrames })));
settrace(observe);
