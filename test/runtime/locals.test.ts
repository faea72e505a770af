/** `f_locals` and `f_globals` as live views (SPEC §2). */
import { afterEach, describe, expect, it } from 'vitest';
import { jstrace, load } from '../helpers/traced.js';

const { settrace } = jstrace;
afterEach(() => settrace(null));

/** Runs `fn` with a tracer that calls `onLine(frame)` at each line event of `name`. */
function atLines(file: string, name: string, onLine: (frame: any) => void, fn: () => unknown): unknown {
  const local = (frame: any, event: string): any => {
    if (event === 'line') onLine(frame);
    return local;
  };
  settrace((frame: any) => (frame.f_code.co_filename === file && frame.f_code.co_name === name ? local : null));
  try {
    return fn();
  } finally {
    settrace(null);
  }
}

describe('f_locals', () => {
  it('shows parameters, block bindings of enclosing blocks, free variables, and no TDZ bindings', () => {
    const { file, exports } = load(`
      function outer(k) {
        const base = k * 10;
        function inner(x) {
          let sum = 0;
          for (let i = 0; i < 2; i++) {
            const step = i + x;
            sum += step + base;
          }
          return sum;
        }
        return inner(1);
      }
      module.exports = { outer };
    `);
    const seen: string[] = [];
    atLines(file, 'inner', (f) => seen.push(`${f.f_lineno}: ${Object.keys(f.f_locals).sort().map((k) => `${k}=${f.f_locals[k]}`).join(' ')}`), () => exports.outer(3));
    expect(seen).toEqual([
      '4: base=30 x=1',
      '5: base=30 sum=0 x=1',
      '6: base=30 i=0 sum=0 x=1',
      '7: base=30 i=0 step=1 sum=0 x=1',
      '5: base=30 i=0 sum=31 x=1',
      '6: base=30 i=1 sum=31 x=1',
      '7: base=30 i=1 step=2 sum=31 x=1',
      '5: base=30 i=1 sum=63 x=1',
      '9: base=30 sum=63 x=1',
    ]);
  });

  it('writes through: an assignment at a line event changes what the line reads', () => {
    const { file, exports } = load(`
      function compute(a) {
        let b = a + 1;
        const c = b * 2;
        return c + b;
      }
      module.exports = { compute };
    `);
    const result = atLines(file, 'compute', (f) => {
      if (f.f_lineno === 3) f.f_locals.b = 100;
    }, () => exports.compute(1));
    expect(result).toBe(300);
  });

  it('refuses writes to a const (TypeError), unknown names (ReferenceError) and deletes (TypeError)', () => {
    const { file, exports } = load(`
      function f() {
        const fixed = 1;
        let open = 2;
        return fixed + open;
      }
      module.exports = { f };
    `);
    const errors: string[] = [];
    const result = atLines(file, 'f', (frame) => {
      if (frame.f_lineno !== 4) return;
      for (const act of [() => (frame.f_locals.fixed = 5), () => (frame.f_locals.nope = 5), () => delete frame.f_locals.open]) {
        try {
          act();
        } catch (e) {
          errors.push((e as Error).constructor.name);
        }
      }
    }, () => exports.f());
    expect(errors).toEqual(['TypeError', 'ReferenceError', 'TypeError']);
    expect(result).toBe(3);
  });

  it('is the module globals for a module frame, and f_globals is live both ways', () => {
    const { file, exports } = load(`
      let counter = 1;
      const name = 'mod';
      function bump() {
        return counter + 1;
      }
      module.exports = { bump, get counter() { return counter; } };
    `);
    let globals: any = null;
    const result = atLines(file, 'bump', (f) => {
      globals = f.f_globals;
      f.f_globals.counter = 41;
    }, () => exports.bump());
    expect(result).toBe(42);
    expect(exports.counter).toBe(41);
    expect(globals.name).toBe('mod');
    expect(Object.keys(globals)).toEqual(['bump', 'counter', 'name']);
  });

  it('reads and writes module bindings whatever their names (i, s and v were the accessor\'s own parameters)', () => {
    const { file, exports } = load(`
      const s = 'hello';
      let i = 7;
      var v = 8;
      function read() {
        return [s, i, v];
      }
      module.exports = { read };
    `);
    let seen: Record<string, unknown> = {};
    const result = atLines(file, 'read', (f) => {
      seen = { ...f.f_globals };
      f.f_globals.i = 70;
      f.f_globals.v = 80;
    }, () => exports.read());
    expect(seen).toEqual({ i: 7, read: exports.read, s: 'hello', v: 8 });
    expect(result).toEqual(['hello', 70, 80]);
  });

  it('refuses to assign a function or class declaration the program never reassigns, and assigns one it does', () => {
    const { file, exports } = load(`
      function fixed() {
        return 1;
      }
      class Fixed {}
      function moved() {
        return 2;
      }
      function swap() {
        moved = () => 3;
        return moved() + fixed() + (Fixed ? 0 : 1);
      }
      module.exports = { swap };
    `);
    const errors: string[] = [];
    const result = atLines(file, 'swap', (f) => {
      for (const name of ['fixed', 'Fixed']) {
        // Writing back the value it holds is no write (a debugger writing every name back).
        f.f_globals[name] = f.f_globals[name];
        try {
          f.f_globals[name] = null;
        } catch (err) {
          errors.push(`${(err as Error).name}: ${(err as Error).message}`);
        }
      }
    }, () => exports.swap());
    expect(result).toBe(4);
    expect([...new Set(errors)]).toEqual([
      "TypeError: jstrace: 'fixed' is a function or class declaration the program never reassigns; f_globals cannot assign it",
      "TypeError: jstrace: 'Fixed' is a function or class declaration the program never reassigns; f_globals cannot assign it",
    ]);
    // `moved`, which the program assigns, is writable: the write at the return line wins.
    const moved = atLines(file, 'swap', (f) => {
      f.f_globals.moved = () => 30;
    }, () => exports.swap());
    expect(moved).toBe(31);
  });
});

describe('f_locals of bindings the code never reassigns (stored once, at the call event)', () => {
  const linesOf = (file: string, name: string, fn: () => unknown): string[] => {
    const seen: string[] = [];
    const shown = (f: any) => Object.keys(f.f_locals).filter((k) => typeof f.f_locals[k] !== 'function').sort();
    atLines(file, name, (f) => seen.push(`${f.f_lineno}: ${shown(f).map((k) => `${k}=${f.f_locals[k]}`).join(' ')}`), fn);
    return seen;
  };

  it('follows a parameter assigned by a nested closure, through arguments, or by a for-of head', () => {
    const { file, exports } = load(`
      function viaClosure(a) {
        const set = () => { a = 5; };
        set();
        return a;
      }
      function viaArguments(a) {
        arguments[0] = 7;
        return a;
      }
      function viaLoop(a, xs) {
        for (a of xs) {}
        return a;
      }
      module.exports = { viaClosure, viaArguments, viaLoop };
    `);
    expect(linesOf(file, 'viaClosure', () => exports.viaClosure(1)).at(-1)).toBe('4: a=5');
    expect(linesOf(file, 'viaArguments', () => exports.viaArguments(1)).at(-1)).toBe('8: a=7');
    expect(linesOf(file, 'viaLoop', () => exports.viaLoop(1, [2, 3])).at(-1)).toBe('12: a=3 xs=2,3');
  });

  it('follows a free variable assigned by the enclosing function while the frame runs', () => {
    const { file, exports } = load(`
      function outer(k) {
        function inner() {
          const before = k;
          bump();
          return before + k;
        }
        function bump() { k = k + 10; }
        return inner();
      }
      module.exports = { outer };
    `);
    const seen = linesOf(file, 'inner', () => exports.outer(1));
    expect(seen.at(-1)).toBe('5: before=1 k=11');
  });

  it('writes a never-reassigned parameter through f_locals', () => {
    const { file, exports } = load(`
      function twice(n) {
        return n * 2;
      }
      module.exports = { twice };
    `);
    expect(atLines(file, 'twice', (f) => (f.f_locals.n = 21), () => exports.twice(1))).toBe(42);
  });
});

describe('f_locals of free let/const a function reads (src/instrument/initialised.ts)', () => {
  /** `line: name=value …` at each line event of the functions named in `names`. */
  function views(file: string, names: string[], fn: () => unknown): { result: unknown; seen: string[] } {
    const seen: string[] = [];
    const local = (frame: any, event: string): any => {
      if (event === 'line') {
        const shown = Object.keys(frame.f_locals).filter((k) => typeof frame.f_locals[k] !== 'function').sort();
        seen.push(`${frame.f_code.co_name}@${frame.f_lineno}: ${shown.map((k) => `${k}=${frame.f_locals[k]}`).join(' ')}`);
      }
      return local;
    };
    settrace((frame: any) => (frame.f_code.co_filename === file && names.includes(frame.f_code.co_name) ? local : null));
    try {
      return { result: fn(), seen };
    } finally {
      settrace(null);
    }
  }

  it('shows a binding to a function created after its declaration, and hides it where it may be in its TDZ', () => {
    const { file, exports } = load(`
      function early() {
        const r = peek(false);
        const late = 5;
        const after = () => late + r;
        return after();
        function peek(go) { return go ? late : 0; }
      }
      function sw(k) {
        switch (k) {
          case 0:
            const v = 1;
          case 1: {
            const inCase = (go) => (go ? v : 2);
            return inCase(k === 0);
          }
        }
      }
      function loop() {
        const out = [];
        for (const x of probe((go) => (go ? x : 3))) out.push(x);
        return out;
      }
      function probe(fn) { return [fn(false)]; }
      module.exports = { early, sw, loop };
    `);
    const early = views(file, ['peek', 'after'], () => exports.early());
    expect(early.result).toBe(5);
    expect(early.seen).toEqual(['peek@6: go=false', 'after@4: late=5 r=0']);
    const sw = views(file, ['inCase'], () => [exports.sw(1), exports.sw(0)]);
    expect(sw.result).toEqual([2, 1]);
    expect(sw.seen).toEqual(['inCase@13: go=false', 'inCase@13: go=true v=1']);
    const loop = views(file, ['<anonymous>'], () => exports.loop());
    expect(loop.result).toEqual([3]);
    expect(loop.seen).toEqual(['<anonymous>@20: go=false']);
  });
});

describe('the f_locals view object', () => {
  it('reads live while held, refuses unknown names in sloppy code, and has no prototype names', () => {
    const { file, exports } = load(`
      function f(a) {
        let b = a + 1;
        b += 1;
        return a + b;
      }
      module.exports = { f };
    `);
    let held: any = null;
    const reads: unknown[] = [];
    const errors: string[] = [];
    atLines(file, 'f', (frame) => {
      if (frame.f_lineno === 3) held = frame.f_locals;
      if (frame.f_lineno === 4) {
        reads.push(held.b, 'b' in held, 'toString' in held, held.toString, held.constructor);
        try {
          Function('v', 'v.nope = 1')(frame.f_locals);
        } catch (e) {
          errors.push((e as Error).constructor.name);
        }
        try {
          Object.defineProperty(frame.f_locals, 'x', { value: 1 });
        } catch (e) {
          errors.push((e as Error).constructor.name);
        }
      }
    }, () => exports.f(1));
    expect(reads).toEqual([3, true, false, undefined, undefined]);
    expect(errors).toEqual(['ReferenceError', 'TypeError']);
  });
});

describe('f_locals writes that other frames make (CPython 3.13 gives the same results)', () => {
  /** A tracer that runs `at[name@line](f_locals)` at that line event of that function. */
  function tracing(at: Record<string, (locals: any) => void>, fn: () => unknown): unknown {
    const local = (frame: any, event: string): any => {
      if (event === 'line') at[`${frame.f_code.co_name}@${frame.f_lineno}`]?.(frame.f_locals);
      return local;
    };
    settrace(() => local);
    try {
      return fn();
    } finally {
      settrace(null);
    }
  }

  it("a write to an outer binding through a nested frame's f_locals is what the outer frame sees and keeps", () => {
    const { exports } = load(`
      function outer(p) {
        let q = 1, z = 0;
        function inner() {
          return p + q;
        }
        inner();
        const r = [p, q, z];
        return r.join(' ');
      }
      module.exports = { outer };
    `);
    const seen: unknown[] = [];
    const result = tracing({
      'inner@4': (l) => { l.p = 50; l.q = 60; },
      'outer@7': (l) => { seen.push(l.p, l.q); l.z = 9; },
    }, () => exports.outer(2));
    // Before: the outer view still showed 2 and 1, and its own write of z put them back.
    expect([seen, result]).toEqual([[50, 60], '50 60 9']);
  });

  it('a closure the tracer calls keeps what it assigned when the tracer also writes another local', () => {
    const { exports } = load(`
      function f() {
        let q = 1, z = 0;
        function setQ() {
          q = 60;
        }
        z = 1;
        const r = [q, z];
        return r.join(' ');
      }
      module.exports = { f };
    `);
    expect(tracing({ 'f@7': (l) => { l.setQ(); l.z = 9; } }, () => exports.f())).toBe('60 9');
  });
});
