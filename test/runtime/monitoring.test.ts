/**
 * The `monitoring` API (SPEC §3, after PEP 669): per-event callbacks with (code, line) and no
 * frames, `DISABLE` per location, `restart_events`, tools, and coexistence with `settrace`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { jstrace, load } from '../helpers/traced.js';

const { monitoring, settrace, currentFrame } = jstrace;
const E = monitoring.events;
const TOOL = monitoring.COVERAGE_ID;

afterEach(() => {
  for (let id = 0; id < 6; id++) if (monitoring.get_tool(id) !== null) monitoring.free_tool_id(id);
  monitoring.restart_events();
  settrace(null);
});

/** Records every event of tool TOOL as `EVENT name line [value]`. */
function recordAll(mask: number, disable: number = 0): string[] {
  const log: string[] = [];
  monitoring.use_tool_id(TOOL, 'test');
  const cb = (name: string, bit: number) => (code: any, loc: number, value?: unknown) => {
    log.push(value === undefined ? `${name} ${code.co_name} ${loc}` : `${name} ${code.co_name} ${loc} ${String(value)}`);
    return disable & bit ? monitoring.DISABLE : undefined;
  };
  monitoring.register_callback(TOOL, E.PY_START, cb('start', E.PY_START));
  monitoring.register_callback(TOOL, E.PY_RESUME, cb('resume', E.PY_RESUME));
  monitoring.register_callback(TOOL, E.PY_RETURN, cb('return', E.PY_RETURN));
  monitoring.register_callback(TOOL, E.PY_YIELD, cb('yield', E.PY_YIELD));
  monitoring.register_callback(TOOL, E.LINE, cb('line', E.LINE));
  monitoring.set_events(TOOL, mask);
  return log;
}

const WORK = `
  function work(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += i;
    }
    return total;
  }
  function* gen() {
    yield 1;
    yield 2;
  }
  module.exports = { work, gen };
`;

describe('monitoring', () => {
  it('reports start, line and return events with the code object, and no frames', () => {
    const { work } = load(WORK).exports;
    const log = recordAll(E.PY_START | E.LINE | E.PY_RETURN);
    let frame: unknown = 'unset';
    monitoring.register_callback(TOOL, E.PY_RETURN, (code: any, _o: number, v: unknown) => {
      frame = currentFrame();
      log.push(`return ${code.co_name} ${String(v)}`);
    });
    expect(work(2)).toBe(1);
    monitoring.set_events(TOOL, 0);
    expect(log).toEqual(['start work 0', 'line work 2', 'line work 3', 'line work 4', 'line work 3', 'line work 4', 'line work 3', 'line work 6', 'return work 1']);
    expect(frame).toBe(null);
  });

  it('reports yields and resumes of generators', () => {
    const { gen } = load(WORK).exports;
    const log = recordAll(E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN);
    expect([...gen()]).toEqual([1, 2]);
    monitoring.set_events(TOOL, 0);
    expect(log).toEqual(['start gen 0', 'yield gen 0 1', 'resume gen 0', 'yield gen 0 2', 'resume gen 0', 'return gen 0']);
  });

  it('switches an event off at one location when its callback returns DISABLE, until restart_events', () => {
    const { work } = load(WORK).exports;
    const log = recordAll(E.LINE | E.PY_START, E.LINE);
    work(3);
    work(2);
    // Each line once (CPython: each instruction once, so a loop's header line twice), while PY_START keeps firing.
    expect(log).toEqual(['start work 0', 'line work 2', 'line work 3', 'line work 4', 'line work 6', 'start work 0']);
    log.length = 0;
    monitoring.restart_events();
    work(0);
    expect(log).toEqual(['start work 0', 'line work 2', 'line work 3', 'line work 6']);
  });

  it("DISABLE from one code-level event leaves the code's other events on", () => {
    const { work, gen } = load(WORK).exports;
    const log = recordAll(E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME, E.PY_RETURN | E.PY_YIELD);
    work(1);
    work(1);
    expect([...gen()]).toEqual([1, 2]);
    monitoring.set_events(TOOL, 0);
    expect(log).toEqual(['start work 0', 'return work 0 0', 'start work 0', 'start gen 0', 'yield gen 0 1', 'resume gen 0', 'resume gen 0', 'return gen 0']);
  });

  it('a frame that an exception ends gets no PY_RETURN (CPython sends PY_UNWIND), with or without a tracer', () => {
    const { gfail, cleanup } = load(`
      function* gfail() {
        yield 1;
        throw new Error('g');
      }
      function cleanup() {
        try {
          throw new Error('c');
        } finally {
          void 0;
        }
      }
      module.exports = { gfail, cleanup };
    `).exports;
    const log = recordAll(E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME);
    const run = () => {
      expect(() => [...gfail()]).toThrow('g');
      expect(() => cleanup()).toThrow('c');
    };
    run();
    expect(log).toEqual(['start gfail 0', 'yield gfail 0 1', 'resume gfail 0', 'start cleanup 0']);
    log.length = 0;
    settrace(function t() {
      return t;
    });
    run();
    settrace(null);
    monitoring.set_events(TOOL, 0);
    expect(log).toEqual(['start gfail 0', 'yield gfail 0 1', 'resume gfail 0', 'start cleanup 0']);
  });

  it('a generator without finally: PY_RETURN when it returns or gen.return(v) closes it, none when an exception ends it; activations of one code interleaved', () => {
    const { g } = load(`
      function* g(fail) {
        yield 1;
        if (fail) throw new Error('x');
        return 'done';
      }
      module.exports = { g };
    `).exports;
    const log = recordAll(E.PY_START | E.PY_RETURN);
    const run = () => {
      const a = g(false);
      const b = g(true);
      const c = g(false);
      a.next();
      b.next();
      c.next();
      expect(() => b.next()).toThrow('x');
      expect(a.next()).toEqual({ value: 'done', done: true });
      expect(c.return(7)).toEqual({ value: 7, done: true });
    };
    run();
    expect(log).toEqual(['start g 0', 'start g 0', 'start g 0', 'return g 0 done', 'return g 0 7']);
    log.length = 0;
    settrace(function t() {
      return t;
    });
    run();
    settrace(null);
    monitoring.set_events(TOOL, 0);
    expect(log).toEqual(['start g 0', 'start g 0', 'start g 0', 'return g 0 done', 'return g 0 7']);
  });

  it('a generator suspended while PY_RESUME was on sends none once events are off', () => {
    const { gen } = load(WORK).exports;
    const log = recordAll(E.PY_RESUME | E.PY_YIELD);
    const g = gen();
    g.next();
    monitoring.set_events(TOOL, 0);
    g.next();
    expect(log).toEqual(['yield gen 0 1']);
  });

  it('lets a throwing callback throw into the code, with events still on', () => {
    const { work } = load(WORK).exports;
    monitoring.use_tool_id(TOOL, 'test');
    let calls = 0;
    monitoring.register_callback(TOOL, E.PY_START, () => {
      calls++;
      throw new Error('from callback');
    });
    monitoring.set_events(TOOL, E.PY_START);
    expect(() => work(1)).toThrow('from callback');
    expect(() => work(1)).toThrow('from callback');
    expect(calls).toBe(2);
    expect(monitoring.get_events(TOOL)).toBe(E.PY_START);
  });

  it('runs beside settrace: both see the same lines', () => {
    const { work } = load(WORK).exports;
    const lines: number[] = [];
    const traced: string[] = [];
    monitoring.use_tool_id(TOOL, 'test');
    monitoring.register_callback(TOOL, E.LINE, (_c: unknown, line: number) => {
      lines.push(line);
    });
    monitoring.set_events(TOOL, E.LINE);
    settrace(function t(frame: any, event: string) {
      traced.push(`${event} ${frame.f_lineno}`);
      return t;
    });
    work(1);
    settrace(null);
    monitoring.set_events(TOOL, 0);
    expect(lines).toEqual([2, 3, 4, 3, 6]);
    expect(traced).toEqual(['call 1', 'line 2', 'line 3', 'line 4', 'line 3', 'line 6', 'return 6']);
  });

  it('manages tool ids as Python does', () => {
    expect(monitoring.get_tool(TOOL)).toBe(null);
    monitoring.use_tool_id(TOOL, 'mine');
    expect(monitoring.get_tool(TOOL)).toBe('mine');
    expect(() => monitoring.use_tool_id(TOOL, 'again')).toThrow('tool 1 is already in use');
    expect(() => monitoring.get_tool(6)).toThrow(RangeError);
    expect(() => monitoring.set_events(TOOL, 1 << 20)).toThrow(RangeError);
    expect(() => monitoring.register_callback(TOOL, E.LINE | E.PY_START, () => {})).toThrow(RangeError);
    const first = () => {};
    expect(monitoring.register_callback(TOOL, E.LINE, first)).toBe(null);
    expect(monitoring.register_callback(TOOL, E.LINE, null)).toBe(first);
    monitoring.free_tool_id(TOOL);
    expect(monitoring.get_tool(TOOL)).toBe(null);
    expect(() => monitoring.set_events(TOOL, E.LINE)).toThrow('not in use');
  });

  it('counts lines per file and calls per code object with COUNT, without calling anything', () => {
    const { file, work } = ((l) => ({ file: l.file, work: l.exports.work }))(load(WORK));
    monitoring.use_tool_id(TOOL, 'counter');
    monitoring.register_callback(TOOL, E.LINE, monitoring.COUNT);
    monitoring.register_callback(TOOL, E.PY_START, monitoring.COUNT);
    monitoring.set_events(TOOL, E.LINE | E.PY_START);
    monitoring.reset_counts();
    work(3);
    work(1);
    monitoring.set_events(TOOL, 0);
    const counts = monitoring.get_counts().get(file)!;
    expect(Object.fromEntries(counts.lines)).toEqual({ 2: 2, 3: 6, 4: 4, 6: 2 });
    const calls = Object.fromEntries([...counts.calls].map(([code, n]) => [code.co_name, n]));
    expect(calls).toEqual({ '<module>': 0, work: 2, gen: 0 });
    monitoring.reset_counts();
    expect(monitoring.get_counts().get(file)!.lines.size).toBe(0);
    expect(() => monitoring.register_callback(TOOL, E.PY_RETURN, monitoring.COUNT)).toThrow(RangeError);
  });

  it("counts in the counters form (probes: 'counters') with no tool at all: the same counts, and no events", () => {
    const { file, exports } = load(WORK, { probes: 'counters' });
    // The module body ran once as the file loaded.
    expect(Object.fromEntries([...monitoring.get_counts().get(file)!.calls].map(([code, n]) => [code.co_name, n]))).toEqual({ '<module>': 1, work: 0, gen: 0 });
    monitoring.reset_counts();
    const seen: string[] = [];
    settrace((frame: any, event: string) => {
      seen.push(`${event} ${frame.f_code.co_name}`);
      return null;
    });
    const log = recordAll(E.PY_START | E.LINE);
    exports.work(3);
    exports.work(1);
    expect([...exports.gen()]).toEqual([1, 2]);
    settrace(null);
    expect(seen).toEqual([]);
    expect(log).toEqual([]);
    const counts = monitoring.get_counts().get(file)!;
    expect(Object.fromEntries(counts.lines)).toEqual({ 2: 2, 3: 6, 4: 4, 6: 2, 9: 1, 10: 1 });
    expect(Object.fromEntries([...counts.calls].map(([code, n]) => [code.co_name, n]))).toEqual({ '<module>': 0, work: 2, gen: 1 });
    expect(counts.calls.size).toBe(3);
    monitoring.reset_counts();
    expect(monitoring.get_counts().get(file)!.lines.size).toBe(0);
  });

  it('lists executable lines with co_lines()', () => {
    const { work } = load(WORK).exports;
    let lines: number[] = [];
    monitoring.use_tool_id(TOOL, 'test');
    monitoring.register_callback(TOOL, E.PY_START, (code: any) => {
      lines = code.co_lines();
      return monitoring.DISABLE;
    });
    monitoring.set_events(TOOL, E.PY_START);
    work(0);
    expect(lines).toEqual([2, 3, 4, 6]);
  });
});
