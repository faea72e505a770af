/**
 * The tracer protocol of SPEC §3, corner by corner, with whole event sequences.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fmt, jstrace, load, record } from '../helpers/traced.js';

const { settrace, gettrace } = jstrace;

afterEach(() => settrace(null));

/** A function of four lines, `work` returning 3, for tests about the local tracer's events. */
const WORK = `
  function work() {
    let a = 1;
    a += 1;
    a += 1;
    return a;
  }
  module.exports = { work };
`;

describe('settrace / gettrace', () => {
  it('accepts a function or null and rejects anything else with a TypeError', () => {
    const t = () => null;
    settrace(t);
    expect(gettrace()).toBe(t);
    settrace(null);
    expect(gettrace()).toBe(null);
    for (const bad of [42, 'x', {}, true]) {
      expect(() => settrace(bad as never)).toThrow(TypeError);
    }
    expect(gettrace()).toBe(null);
  });
});

describe('global and local tracers', () => {
  it('gives only call events to a frame whose global tracer returned null', () => {
    const { file, exports } = load(`
      function leaf(x) {
        return x + 1;
      }
      function run() {
        return leaf(1);
      }
      module.exports = { run };
    `);
    const seen: string[] = [];
    settrace((frame: any, event: string) => {
      if (frame.f_code.co_filename === file) seen.push(fmt(frame, event, undefined));
      return null;
    });
    exports.run();
    settrace(null);
    expect(seen).toEqual(['call run 4', 'call leaf 1']);
  });

  it('hands over to the function a local tracer returns, and keeps it on null', () => {
    const { file, exports } = load(WORK);
    const seen: string[] = [];
    const second = (frame: any, event: string) => {
      seen.push('second ' + fmt(frame, event, undefined));
      return null; // keeps `second`
    };
    const first = (frame: any, event: string) => {
      seen.push('first ' + fmt(frame, event, undefined));
      return second;
    };
    settrace((frame: any) => (frame.f_code.co_filename === file ? first : null));
    exports.work();
    settrace(null);
    expect(seen).toEqual(['first line work 2', 'second line work 3', 'second line work 4', 'second line work 5', 'second return work 5 undefined']);
  });

  it('silences every frame on settrace(null) and brings back frames that keep f_trace', () => {
    const { file, exports } = load(`
      function body(pause, resume) {
        let n = 0;
        pause();
        n += 1;
        resume();
        n += 2;
        return n;
      }
      module.exports = { body };
    `);
    const seen: string[] = [];
    const tracer = (frame: any, event: string, arg: unknown): any => {
      if (frame.f_code.co_filename !== file) return null;
      seen.push(fmt(frame, event, arg));
      return tracer;
    };
    settrace(tracer);
    exports.body(() => settrace(null), () => settrace(tracer));
    settrace(null);
    expect(seen).toEqual(['call body 1', 'line body 2', 'line body 3', 'line body 6', 'line body 7', 'return body 7 3']);
  });

  it('generates no events for code the tracer itself runs', () => {
    const { file, exports } = load(`
      function helper() {
        return 1;
      }
      function main() {
        return helper() + 1;
      }
      module.exports = { helper, main };
    `);
    const seen: string[] = [];
    const tracer = (frame: any, event: string, arg: unknown): any => {
      if (frame.f_code.co_filename !== file) return null;
      seen.push(fmt(frame, event, arg));
      exports.helper(); // re-entry: must not be traced
      return tracer;
    };
    settrace(tracer);
    exports.main();
    settrace(null);
    expect(seen).toEqual(['call main 4', 'line main 5', 'call helper 1', 'line helper 2', 'return helper 2 1', 'return main 5 2']);
  });

  it('gives events to a frame that was running before settrace once its f_trace is set', () => {
    const { file, exports } = load(
      `
      const { currentFrame, settrace } = require(${JSON.stringify(require.resolve('../../dist/index.cjs'))});
      function attach(tracer) {
        for (let f = currentFrame().f_back; f; f = f.f_back) f.f_trace = tracer;
        settrace(tracer);
      }
      function inner(tracer) {
        let x = 1;
        attach(tracer);
        x += 1;
        return x;
      }
      function outer(tracer) {
        const y = inner(tracer);
        return y * 10;
      }
      module.exports = { outer };
    `,
      { frames: 'always' },
    );
    const seen: string[] = [];
    const tracer = (frame: any, event: string, arg: unknown): any => {
      if (frame.f_code.co_filename !== file) return null;
      seen.push(fmt(frame, event, arg));
      return tracer;
    };
    expect(exports.outer(tracer)).toBe(20);
    settrace(null);
    expect(seen).toEqual(['line inner 9', 'line inner 10', 'return inner 10 2', 'line outer 14', 'return outer 14 20']);
  });
});

describe('a tracer that fails', () => {
  const program = `
    function target() {
      let caught = 'none';
      try {
        caught = 'no';
      } catch (e) {
        caught = e.message;
      }
      return caught;
    }
    function callee() {
      return 5;
    }
    function caller() {
      try {
        return callee();
      } catch (e) {
        return 'caller caught ' + e.message;
      }
    }
    module.exports = { target, caller };
  `;

  it('at a line event: tracing stops, f_trace is cleared, the error is thrown before the line runs', () => {
    const { file, exports } = load(program);
    let frameSeen: any = null;
    const tracer = (frame: any, event: string): any => {
      if (frame.f_code.co_filename !== file) return null;
      if (event === 'line' && frame.f_lineno === 4) {
        frameSeen = frame;
        throw new Error('from tracer');
      }
      return tracer;
    };
    settrace(tracer);
    expect(exports.target()).toBe('from tracer');
    expect(gettrace()).toBe(null);
    expect(frameSeen.f_trace).toBe(null);
  });

  it('at a call event: the call throws, before the callee runs', () => {
    const { file, exports } = load(program);
    settrace((frame: any) => {
      if (frame.f_code.co_filename === file && frame.f_code.co_name === 'callee') throw new Error('at call');
      return null;
    });
    expect(exports.caller()).toBe('caller caught at call');
    expect(gettrace()).toBe(null);
  });

  it('at a return event: the error replaces the return value', () => {
    const { file, exports } = load(program);
    const local = (frame: any, event: string): any => {
      if (event === 'return') throw new Error('at return');
      return local;
    };
    settrace((frame: any) => (frame.f_code.co_filename === file && frame.f_code.co_name === 'callee' ? local : null));
    expect(exports.caller()).toBe('caller caught at return');
  });

  it('returning something that is neither a function nor null counts as throwing a TypeError', () => {
    const { file, exports } = load(program);
    settrace((frame: any) => (frame.f_code.co_filename === file && frame.f_code.co_name === 'callee' ? 42 : null) as any);
    expect(exports.caller()).toMatch(/^caller caught jstrace: a tracer must return a function/);
    expect(gettrace()).toBe(null);
  });
});

describe('frames', () => {
  it('exposes code objects, one per site', () => {
    const { file, exports } = load(`
      class Parser {
        parse(text) {
          const tokens = text.split(' ');
          return tokens.length;
        }
        get size() {
          return 1;
        }
      }
      function outer() {
        function inner(a, [b, c], ...rest) {
          var v = a;
          let w = b;
          return v + w + c + rest.length;
        }
        return inner(1, [2, 3]) + inner(1, [2, 3]);
      }
      const arrow = () => new Parser().parse('a b') + new Parser().size;
      module.exports = { outer, arrow };
    `);
    const codes: any[] = [];
    settrace((frame: any) => {
      if (frame.f_code.co_filename === file) codes.push(frame.f_code);
      return null;
    });
    exports.outer();
    exports.arrow();
    settrace(null);
    const describe = (c: any) => [c.co_name, c.co_qualname, c.co_firstlineno, c.co_varnames.join(',')].join(' | ');
    expect(codes.map(describe)).toEqual([
      'outer | outer | 10 | inner',
      'inner | outer.<locals>.inner | 11 | a,b,c,rest,v,w',
      'inner | outer.<locals>.inner | 11 | a,b,c,rest,v,w',
      'arrow | arrow | 18 | ',
      'parse | Parser.parse | 2 | text,tokens',
      'get size | Parser.get size | 6 | ',
    ]);
    expect(codes[1]).toBe(codes[2]);
    expect(codes[1].co_filename).toBe(file);
    expect(codes[1].co_lines()).toEqual([12, 13, 14]);
  });

  it('refuses f_lineno writes with a TypeError', () => {
    const { file, exports } = load(`
      function f() {
        return 1;
      }
      module.exports = { f };
    `);
    let error: unknown = null;
    settrace((frame: any) => {
      if (frame.f_code.co_filename === file) {
        try {
          frame.f_lineno = 3;
        } catch (e) {
          error = e;
        }
      }
      return null;
    });
    exports.f();
    settrace(null);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('chains tracebacks from the catching frame down to where the error was thrown', () => {
    const { file, exports } = load(`
      function thrower() {
        throw new RangeError('deep');
      }
      function middle() {
        return thrower();
      }
      function top() {
        try {
          middle();
        } catch (e) {
          return e.message;
        }
      }
      module.exports = { top };
    `);
    const chains: string[] = [];
    const tracer = (frame: any, event: string, arg: any): any => {
      if (frame.f_code.co_filename !== file) return null;
      if (event === 'exception') {
        const parts: string[] = [];
        for (let tb = arg[2]; tb; tb = tb.tb_next) parts.push(`${tb.tb_frame.f_code.co_name}:${tb.tb_lineno}`);
        chains.push(`${arg[0].name} ${arg[1].message} ${parts.join(' > ')}`);
      }
      return tracer;
    };
    settrace(tracer);
    expect(exports.top()).toBe('deep');
    settrace(null);
    expect(chains).toEqual(['RangeError deep thrower:2', 'RangeError deep middle:5 > thrower:2', 'RangeError deep top:9 > middle:5 > thrower:2']);
  });

  it("gives the exception's type as arg[0] without running user code to find it", () => {
    const { file, exports } = load(`
      class Plain extends Error {}
      const log = [];
      class Sneaky extends Error {}
      Object.defineProperty(Sneaky.prototype, 'constructor', { get() { log.push('getter ran'); return Sneaky; } });
      const trapped = new Proxy(new Error('p'), {
        get(target, key, receiver) { if (key === 'constructor') log.push('trap ran'); return Reflect.get(target, key, receiver); },
        getPrototypeOf(target) { log.push('getPrototypeOf ran'); return Reflect.getPrototypeOf(target); },
      });
      function raise(v) { throw v; }
      function catchAll(v) {
        try {
          raise(v);
        } catch (e) {
          return e;
        }
      }
      module.exports = { run() { return [new Plain('a'), new Sneaky('b'), trapped, 42, 'text', null, undefined].map(catchAll); }, log, Plain, Sneaky };
    `);
    const seen: unknown[][] = [];
    const tracer = (frame: any, event: string, arg: any): any => {
      if (frame.f_code.co_filename !== file) return null;
      if (event === 'exception' && frame.f_code.co_name === 'raise') seen.push(arg);
      return tracer;
    };
    settrace(tracer);
    const thrown = exports.run();
    settrace(null);
    // Nothing was read behind the program's back while the events were made.
    expect(exports.log).toEqual([]);
    expect(seen.map((arg, i) => arg[1] === thrown[i])).toEqual(Array(7).fill(true));
    expect(seen.map((arg) => arg[2] && (arg[2] as any).tb_frame.f_code.co_name)).toEqual(Array(7).fill('raise'));
    // arg[0] is value?.constructor; for the getter and the Proxy it is read when the tracer reads it.
    const types = seen.map((arg) => arg[0]);
    expect(exports.log).toEqual(['getter ran', 'trap ran']);
    expect(types).toEqual([exports.Plain, exports.Sneaky, Error, Number, String, undefined, undefined]);
    expect(seen.every((arg) => Array.isArray(arg) && arg.length === 3)).toBe(true);
  });
});

describe('f_trace_lines', () => {
  it('takes only a boolean, as CPython does (attribute value type must be bool), and false stops line events', () => {
    const { file, exports } = load(WORK);
    const seen: string[] = [];
    const errors: string[] = [];
    const local = (frame: any, event: string) => {
      seen.push(fmt(frame, event, undefined));
      if (event === 'line' && frame.f_lineno === 3) {
        for (const bad of [1, 0, 'yes', null, undefined]) {
          try {
            frame.f_trace_lines = bad;
          } catch (err) {
            errors.push(`${(err as Error).name} ${String(bad)} ${frame.f_trace_lines}`);
          }
        }
        frame.f_trace_lines = false;
      }
      return local;
    };
    settrace((frame: any) => (frame.f_code.co_filename === file ? local : null));
    expect(exports.work()).toBe(3);
    settrace(null);
    expect(errors).toEqual([
      'TypeError 1 true',
      'TypeError 0 true',
      'TypeError yes true',
      'TypeError null true',
      'TypeError undefined true',
    ]);
    expect(seen).toEqual(['line work 2', 'line work 3', 'return work 5 undefined']);
  });
});
