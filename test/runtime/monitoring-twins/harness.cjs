/**
 * The JavaScript side of the monitoring twins: loads NAME.js instrumented (from dist/),
 * applies its setup(h) config with jstrace's `monitoring`, runs main(h) and returns the lines
 * in record.py's format. `node harness.cjs CASE.js` prints them.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Module } = require('node:module');
const jstrace = require('../../../dist/index.cjs');

const M = jstrace.monitoring;
const NAMES = ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'];

function fmt(v) {
  if (v === undefined || v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return '<object>';
}

function load(file) {
  const code = fs.readFileSync(file, 'utf8');
  const out = jstrace.transform(code, file, { sourceType: 'script', ...(/frames=always/.test(code.split('\n')[0]) ? { frames: 'always' } : {}),
    ...(process.env.TWIN_FRAMES ? { frames: process.env.TWIN_FRAMES } : {}),
   });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(out.code, file);
  return m.exports;
}

async function runCase(caseFile) {
  const file = path.resolve(caseFile);
  const mod = load(file);
  const out = [];
  const h = {
    M,
    E: M.events,
    DISABLE: M.DISABLE,
    log: (...parts) => out.push(parts.map(String).join(' ')),
    sleep0: () => null,
    task: (p) => p,
    fail: (msg) => {
      throw new Error(msg);
    },
    settrace: jstrace.settrace,
  };
  const cfg = mod.setup(h);
  for (const t of cfg.tools ?? []) {
    M.use_tool_id(t.id, `twin${t.id}`);
    let mask = 0;
    for (const name of t.events) {
      const ev = M.events[name];
      mask |= ev;
      const disable = (t.disable ?? []).includes(name);
      const extra = t.on?.[name];
      M.register_callback(t.id, ev, (code, arg, ...rest) => {
        if (code.co_filename !== file) return undefined;
        const parts = [t.id, name, code.co_name];
        if (name === 'LINE') parts.push(arg);
        if (name === 'PY_RETURN' || name === 'PY_YIELD') parts.push(fmt(rest[0]));
        h.log(...parts);
        if (extra) {
          const r = extra(h, code, arg, ...rest);
          if (r !== undefined && r !== null) return r;
        }
        return disable ? M.DISABLE : undefined;
      });
    }
    M.set_events(t.id, t.off ? 0 : mask);
  }
  if (cfg.trace) {
    const tracer = (frame, event, arg) => {
      if (frame.f_code.co_filename !== file) return null;
      const parts = ['T', event, frame.f_code.co_name, frame.f_lineno];
      if (event === 'return') parts.push(fmt(arg));
      h.log(...parts);
      return cfg.trace === 'calls' ? null : tracer;
    };
    jstrace.settrace(tracer);
  }
  try {
    await mod.main(h);
  } catch (e) {
    h.log('raised', e && e.message);
    if (process.env.TWIN_DEBUG) console.error(e);
  } finally {
    jstrace.settrace(null);
    for (let id = 0; id < 6; id++) {
      if (M.get_tool(id) !== null) {
        M.set_events(id, 0);
        M.free_tool_id(id);
      }
    }
    M.restart_events();
  }
  return out;
}

module.exports = { runCase };

if (require.main === module) {
  runCase(process.argv[2]).then((lines) => {
    for (const l of lines) console.log(l);
  });
}
