/** Every kind of frame, with whole event sequences (SPEC §2–§3). */
import { afterEach, describe, expect, it } from 'vitest';
import { jstrace, load, record, recordAsync } from '../helpers/traced.js';

afterEach(() => jstrace.settrace(null));

describe('class members', () => {
  it('runs static members in <static_initializer> and instance fields in <instance_members_initializer>', () => {
    const { file, exports } = load(`
      function make() {
        class Point {
          x = 1;
          onClick = () => this.x;
          static origin = 0;
          static {
            Point.count = 0;
          }
        }
        return new Point().onClick.name;
      }
      module.exports = { make };
    `);
    const events = record(file, () => expect(exports.make()).toBe('onClick'));
    expect(events).toEqual([
      'call make 1',
      'line make 2',
      'call <static_initializer> 5',
      'line <static_initializer> 5',
      'line <static_initializer> 7',
      'return <static_initializer> 7 undefined',
      'line make 10',
      'call <instance_members_initializer> 3',
      'line <instance_members_initializer> 3',
      'line <instance_members_initializer> 4',
      'return <instance_members_initializer> 4 undefined',
      'return make 10 "onClick"',
    ]);
  });

  it('gives a derived constructor its frame, with f_this set once super() returns', () => {
    const { file, exports } = load(`
      class A {
        constructor(v) {
          this.v = v;
        }
      }
      class B extends A {
        constructor() {
          const pre = 2;
          super(pre);
        }
      }
      module.exports = () => new B().v;
    `);
    const thisAt: string[] = [];
    const tracer = (frame: any, event: string): any => {
      if (frame.f_code.co_filename !== file) return null;
      if (frame.f_code.co_name === 'B') thisAt.push(`${event} ${frame.f_lineno} ${frame.f_this === undefined ? 'none' : frame.f_this.constructor.name}`);
      return tracer;
    };
    jstrace.settrace(tracer);
    expect(exports()).toBe(2);
    jstrace.settrace(null);
    expect(thisAt).toEqual(['call 7 none', 'line 8 none', 'line 9 none', 'return 9 B']);
  });
});

describe('generators', () => {
  it('reports gen.return(v): call, the finally lines, return with v', () => {
    const { file, exports } = load(`
      function* counter() {
        try {
          yield 1;
          yield 2;
        } finally {
          cleanup();
        }
      }
      function cleanup() {
        return 0;
      }
      function run() {
        const g = counter();
        g.next();
        return g.return(42).value;
      }
      module.exports = { run };
    `);
    expect(record(file, () => expect(exports.run()).toBe(42))).toEqual([
      'call run 12',
      'line run 13',
      'line run 14',
      'call counter 1',
      'line counter 2',
      'line counter 3',
      'return counter 3 1',
      'line run 15',
      'call counter 3',
      'line counter 6',
      'call cleanup 9',
      'line cleanup 10',
      'return cleanup 10 0',
      'return counter 6 42',
      'return run 15 42',
    ]);
  });

  it('reports both frames of yield*: outer first on resume, both return at the inner yield', () => {
    const { file, exports } = load(`
      function* inner() {
        yield 'a';
        return 'done';
      }
      function* outer() {
        const r = yield* inner();
        return r;
      }
      module.exports = () => [...outer()].join();
    `);
    expect(record(file, () => expect(exports()).toBe('a'))).toEqual([
      'call <anonymous> 9',
      'line <anonymous> 9',
      'call outer 5',
      'line outer 6',
      'call inner 1',
      'line inner 2',
      'return inner 2 "a"',
      'return outer 6 "a"',
      'call outer 6',
      'call inner 2',
      'line inner 3',
      'return inner 3 "done"',
      'line outer 7',
      'return outer 7 "done"',
      'return <anonymous> 9 "a"',
    ]);
  });
});

describe('async functions', () => {
  it('for await over a sync generator whose next() throws: the generator reports its exception, the loop suspends and resumes with it', async () => {
    const { file, exports } = load(`
      function* g() {
        throw new Error('x');
      }
      async function main() {
        try {
          for await (const x of g()) {
            void x;
          }
        } catch (e) {
          return e.message;
        }
      }
      module.exports = { main };
    `);
    const events = await recordAsync(file, async () => expect(await exports.main()).toBe('x'));
    expect(events).toEqual([
      'call main 4',
      'line main 5',
      'line main 6',
      'call g 1',
      'line g 2',
      'exception g 2 Error',
      'return g 2 undefined',
      'return main 6 undefined',
      'call main 6',
      'exception main 6 Error',
      'line main 9',
      'line main 10',
      'return main 10 "x"',
    ]);
  });

  it("gives an async generator that next() resumes at once its caller as f_back (CPython: the coroutine awaiting __anext__), and an async function resumed from the event loop none", async () => {
    const { file, exports } = load(`
      async function* gen() {
        yield 1;
        yield 2;
      }
      async function main() {
        const it = gen();
        await it.next();
        await it.next();
        return 0;
      }
      module.exports = { main };
    `);
    const backs: string[] = [];
    jstrace.settrace(function t(f: any, event: string) {
      if (f.f_code.co_filename !== file) return null;
      if (event === 'call') backs.push(`${f.f_code.co_name} ${f.f_lineno} ${f.f_back ? f.f_back.f_code.co_name : '-'}`);
      return t;
    });
    await exports.main();
    jstrace.settrace(null);
    expect(backs).toEqual(['main 5 -', 'gen 1 main', 'main 7 -', 'gen 2 main', 'main 8 -']);
  });

  it('reports a rejected await as call then exception at the await line', async () => {
    const { file, exports } = load(`
      async function fails() {
        throw new TypeError('no');
      }
      async function main() {
        try {
          await fails();
        } catch (e) {
          return e.message;
        }
      }
      module.exports = { main };
    `);
    const events = await recordAsync(file, async () => expect(await exports.main()).toBe('no'));
    expect(events).toEqual([
      'call main 4',
      'line main 5',
      'line main 6',
      'call fails 1',
      'line fails 2',
      'exception fails 2 TypeError',
      'return fails 2 undefined',
      'return main 6 object',
      'call main 6',
      'exception main 6 TypeError',
      'line main 7',
      'line main 8',
      'return main 8 "no"',
    ]);
  });

  it('suspends at each for await step with arg undefined', async () => {
    const { file, exports } = load(`
      async function sum(items) {
        let total = 0;
        for await (const v of items) {
          total += v;
        }
        return total;
      }
      module.exports = { sum };
    `);
    const events = await recordAsync(file, async () => expect(await exports.sum([1, 2])).toBe(3));
    expect(events).toEqual([
      'call sum 1',
      'line sum 2',
      'line sum 3',
      'return sum 3 undefined',
      'call sum 3',
      'line sum 4',
      'line sum 3',
      'return sum 3 undefined',
      'call sum 3',
      'line sum 4',
      'line sum 3',
      'return sum 3 undefined',
      'call sum 3',
      'line sum 6',
      'return sum 6 3',
    ]);
  });
});

describe('co_flags', () => {
  it("holds CPython's bits for each kind of code: module, function, generator, async function, async generator", async () => {
    const flags = new Map<string, number>();
    jstrace.settrace((frame) => {
      if (frame.f_code.co_filename.includes('jstrace-test-')) flags.set(frame.f_code.co_name, frame.f_code.co_flags);
      return null;
    });
    const { exports } = load(`
      function plain() {
        return 1;
      }
      function* gen() {
        yield 1;
      }
      async function coro() {
        return 1;
      }
      async function* agen() {
        yield 1;
      }
      module.exports = { plain, gen, coro, agen };
    `);
    exports.plain();
    exports.gen().next();
    await exports.coro();
    await exports.agen().next();
    jstrace.settrace(null);
    // inspect.CO_OPTIMIZED | CO_NEWLOCALS (0x3) on every function, CO_GENERATOR 0x20,
    // CO_COROUTINE 0x80, CO_ASYNC_GENERATOR 0x200; a module's code has none of them.
    expect(Object.fromEntries(flags)).toEqual({ '<module>': 0, plain: 0x3, gen: 0x23, coro: 0x83, agen: 0x203 });
  });
});

describe('yield* while tracing', () => {
  it("puts one frame of jstrace's between the two generators of a stack trace", () => {
    const { exports } = load(`
      function* inner() {
        throw new Error('boom');
      }
      function* outer() {
        yield* inner();
      }
      module.exports = { stack: () => { try { outer().next(); } catch (e) { return e.stack; } } };
    `);
    const untraced = exports.stack().split('\n');
    jstrace.settrace(function t() {
      return t;
    });
    const traced = exports.stack().split('\n');
    jstrace.settrace(null);
    const at = (lines: string[], name: string) => lines.findIndex((l) => l.includes(`at ${name} `));
    expect(at(untraced, 'outer') - at(untraced, 'inner')).toBe(2); // inner, inner.next (native), outer
    expect(at(traced, 'outer') - at(traced, 'inner')).toBe(3);
    expect(traced.filter((l) => l.includes('dist/index.cjs'))).toHaveLength(1);
  });
});
