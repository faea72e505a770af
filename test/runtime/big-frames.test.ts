/**
 * Frames with many bindings read them through one closure instead of an array literal per
 * probe (src/instrument/bigframes.ts). Was a bug: the array per probe made instrumented code
 * quadratic in a function's size, and TypeScript's 9 MB compiler ran out of memory (4 GB)
 * while being instrumented. Here the same function is traced twice, as it is (a small frame)
 * and with enough padding `var`s to make it big: `f_locals` must show the same at every line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dedent, jstrace, load } from '../helpers/traced.js';

const { settrace, transform } = jstrace;
afterEach(() => settrace(null));

const PAD = 80;

/** `source` has a function `target` whose body starts with the marker line `// pad`. */
function localsAtLines(source: string, padded: boolean, call: (exports: any) => unknown): string[] {
  const pad = padded ? Array.from({ length: PAD }, (_, i) => `var pad${i} = ${i};`).join(' ') : '';
  const { file, exports } = load(source.replace('// pad', pad + ' // pad'));
  const padLine = dedent(source).split('\n').findIndex((l) => l.includes('// pad')) + 1;
  const seen: string[] = [];
  const local = (frame: any, event: string): any => {
    // The padding line has an event of its own in the padded copy.
    if (event === 'line' && frame.f_lineno !== padLine) {
      const l = frame.f_locals;
      const keys = Object.keys(l).filter((k) => !/^pad\d+$/.test(k)).sort();
      seen.push(`${frame.f_lineno}: ${keys.map((k) => `${k}=${typeof l[k] === 'function' ? 'fn' : String(l[k])}`).join(' ')} ${'tdzLater' in l}`);
    }
    return local;
  };
  settrace((frame: any) => (frame.f_code.co_filename === file && frame.f_code.co_name === 'target' ? local : null));
  try {
    call(exports);
  } finally {
    settrace(null);
  }
  return seen;
}

const CASES: Record<string, [string, (e: any) => unknown]> = {
  'params, vars, lexicals in declaration order, nested shadowing, catch, loop heads, free variables': [
    `
    function outer(k) {
      let free = k + 1;
      function target(a, b = 2) {
        // pad
        var v = a + b;
        let first = v * 2;
        const second = first + free;
        {
          let v = 'inner';
          const first = 'shadow';
          v += first;
        }
        {
          probe();
          let second = 'tdz before';
        }
        for (let i = 0; i < 2; i++) { const j = i * 2; v += j; }
        try { throw new Error('x'); } catch (err) { v += err.message; }
        class Klass {}
        let tdzLater = Klass.name;
        function probe() { return 1; }
        return v + second + tdzLater;
      }
      return target(k);
    }
    module.exports = { outer };
    `,
    (e) => e.outer(1),
  ],
  'a frame with finally (the body in a try) and a generator': [
    `
    function* target(n) {
      // pad
      let acc = 0;
      try {
        for (const x of [1, 2]) {
          const y = yield x;
          acc += y ?? x;
        }
      } finally {
        acc += n;
      }
      let tdzLater = acc;
      return tdzLater;
    }
    module.exports = { target };
    `,
    (e) => [...e.target(5)],
  ],
};

describe('big frames', () => {
  it.each(Object.keys(CASES))('f_locals are the same as in a small frame: %s', (name) => {
    const [src, call] = CASES[name]!;
    const small = localsAtLines(src, false, call);
    const big = localsAtLines(src, true, call);
    expect(small.length).toBeGreaterThan(5);
    expect(big).toEqual(small);
  });

  it('the snapshot of a big frame is read-only', () => {
    const pad = Array.from({ length: PAD }, (_, i) => `var pad${i} = ${i};`).join(' ');
    const { file, exports } = load(`function target(a) { ${pad}\n  return a;\n}\nmodule.exports = { target };`);
    let error: unknown;
    const local = (frame: any, event: string): any => {
      if (event === 'line' && frame.f_lineno === 2) {
        try {
          frame.f_locals.a = 5;
        } catch (e) {
          error = e;
        }
      }
      return local;
    };
    settrace((frame: any) => (frame.f_code.co_filename === file ? local : null));
    const result = exports.target(1);
    settrace(null);
    expect([result, (error as Error)?.name]).toEqual([1, 'TypeError']);
  });

  it('instrumented size grows linearly with a function of many statements and bindings', () => {
    const size = (n: number) => {
      const body = Array.from({ length: n }, (_, i) => `  var v${i} = ${i};\n  let l${i} = v${i} + 1;\n  function f${i}() { return l${i}; }`).join('\n');
      const src = `function big() {\n${body}\n}\n`;
      return transform(src, '/abs/big.js', { sourceType: 'script' }).code.length / src.length;
    };
    // Quadratic growth made the ratio grow with n (it was ~40 at n = 400, ~160 at n = 1600).
    const small = size(400);
    const large = size(1600);
    expect(large).toBeLessThan(small * 1.5);
  });
});
