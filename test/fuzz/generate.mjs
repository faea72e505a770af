/**
 * A random program generator for the differential fuzzer: small deterministic JavaScript
 * programs (sloppy scripts, run as a function body with a `print` parameter) that mix the
 * constructs instrumenters get wrong: nested functions and closures, labels, switch
 * fall-through, try/catch/finally with throws and returns, generators, async functions,
 * destructuring defaults with side effects, classes (fields, private members, static blocks,
 * super), getters, `arguments`, tagged templates, optional calls, TDZ reads, and `eval`.
 * Every program terminates: loops are bounded and every function call spends `fuel`.
 */

/** mulberry32: a small seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(seed, options = {}) {
  const r = rng(seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => r() < p;
  let counter = 0;
  const consts = new Set();
  const fresh = (p) => `${p}${counter++}`;

  /** Scope: names readable here (all initialised), and functions callable here. */
  function expr(sc, depth) {
    if (depth <= 0 || chance(0.3)) {
      return pick([
        () => String(int(20) - 5),
        () => JSON.stringify(pick(['a', 'b', 'xy', ''])),
        () => (sc.vars.length ? pick(sc.vars) : '1'),
        () => (sc.vars.length ? pick(sc.vars) : 'null'),
        () => pick(['true', 'false', 'null', 'undefined', '0.5']),
      ])();
    }
    const e = () => expr(sc, depth - 1);
    return pick([
      () => `(${e()} ${pick(['+', '-', '*', '%', '<', '===', '&&', '||', '??', '|', '<<'])} ${e()})`,
      () => `(${e()} ? ${e()} : ${e()})`,
      () => (sc.fns.length ? `${pick(sc.fns)}(${e()}, ${e()})` : e()),
      () => (sc.fns.length ? `${pick(sc.fns)}?.(${e()})` : e()),
      () => `[${e()}, ${e()}].length`,
      () => `typeof ${pick([...sc.vars, ...sc.fns, 'undeclared'])}`,
      () => `((x = ${e()}) => x + 1)()`,
      () => `tag\`t\${${e()}}u\${${e()}}\``,
      () => `({ get g() { print('get'); return ${e()}; } }).g`,
      () => `String(${e()}).length`,
      () => {
        const mutable = sc.vars.filter((v) => !consts.has(v));
        return mutable.length ? `(${pick(mutable)} = ${e()})` : e();
      },
    ])();
  }

  function block(sc, depth, n) {
    const out = [];
    const local = { vars: [...sc.vars], fns: [...sc.fns], inLoop: sc.inLoop, inFn: sc.inFn, labels: [...sc.labels], gen: sc.gen, async: sc.async, gens: [...(sc.gens ?? [])], agens: [...(sc.agens ?? [])], caught: sc.caught };
    for (let i = 0; i < n; i++) out.push(stmt(local, depth));
    return out.join('\n');
  }

  function stmt(sc, depth) {
    const e = () => expr(sc, 2);
    const choices = [
      () => `print(${e()});`,
      () => {
        const v = fresh('v');
        const kind = pick(['let', 'const', 'var']);
        const s = `${kind} ${v} = ${e()};`;
        if (kind === 'const') consts.add(v);
        sc.vars.push(v);
        return s;
      },
      () => {
        const mutable = sc.vars.filter((v) => !consts.has(v));
        return mutable.length ? `${pick(mutable)} = ${e()};` : 'print(0);';
      },
    ];
    if (depth > 0) {
      const inner = (extra = {}) => block({ ...sc, ...extra }, depth - 1, 1 + int(3));
      choices.push(
        () => `if (${e()}) {\n${inner()}\n} else {\n${inner()}\n}`,
        () => {
          const i = fresh('i');
          consts.add(i);
          const label = chance(0.4) ? fresh('L') : null;
          return `${label ? `${label}: ` : ''}for (let ${i} = 0; ${i} < ${1 + int(3)}; ${i}++) {\n${inner({ inLoop: true, vars: [...sc.vars, i], labels: label ? [...sc.labels, label] : sc.labels })}\n}`;
        },
        () => {
          const k = fresh('k');
          consts.add(k);
          return `for (const ${k} of [${e()}, ${e()}]) {\n${inner({ inLoop: true, vars: [...sc.vars, k] })}\n}`;
        },
        () => {
          const w = fresh('w');
          consts.add(w);
          return `let ${w} = 0;\nwhile (${w}++ < ${1 + int(3)}) {\n${inner({ inLoop: true, vars: [...sc.vars, w] })}\n}`;
        },
        () => `switch (${int(4)}) {\n case 0: print('c0');\n case 1: {\n${inner()}\n}\n case ${2 + int(2)}: print('c2'); break;\n default: print('d');\n}`,
        () => `try {\n${inner({ caught: true })}\n${chance(0.5) ? `throw new Error('t' + ${e()});` : ''}\n} catch (err) {\nprint('caught', msg(err));\n${inner()}\n}${chance(0.5) ? ` finally {\nprint('fin');\n${chance(0.2) && sc.inFn && !sc.gen ? `return ${e()};` : ''}\n}` : ''}`,
        () => `{\n${inner()}\n}`,
        () => {
          const f = fresh('f');
          const p = fresh('p');
          const gen = chance(0.2);
          const asyncFn = !gen && chance(0.15);
          const body = block({ ...sc, vars: [...sc.vars, p], inLoop: false, inFn: true, labels: [], gen, async: asyncFn, caught: false }, depth - 1, 1 + int(4));
          const ret = gen ? `yield ${e()};\nreturn ${e()};` : `return ${asyncFn ? 'await ' : ''}${e()};`;
          if (!gen && !asyncFn) sc.fns.push(f);
          const decl = `${asyncFn ? 'async ' : ''}function${gen ? '*' : ''} ${f}(${p} = ${chance(0.5) ? `print('default') ?? 1` : '2'}, ...rest) {\nif (--fuel < 0) return 0;\nprint('${f}', arguments.length, ${p});\n${body}\n${ret}\n}`;
          if (gen) return `${decl}\nprint([...${f}(${e()})].join());`;
          if (asyncFn) return `${decl}\n${f}(${e()}).then((v) => print('${f} resolved', v), (er) => print('${f} rejected', msg(er)));`;
          return decl;
        },
        () => {
          const C = fresh('C');
          return `class ${C}Base { constructor(x) { this.x = x; print('base', new.target.name); } m() { return 'bm' + this.x; } }\nclass ${C} extends ${C}Base {\n #p = ${e()};\n static s = ${e()};\n static { print('static', this.s); }\n constructor() { super(${e()}); print('ctor', this.#p); }\n m() { return super.m() + this.#q(); }\n #q() { return '#q'; }\n get g() { return this.#p; }\n}\nprint(new ${C}().m(), new ${C}().g, ${C}.s);`;
        },
        () => {
          const a = fresh('a');
          return `const { ${a} = print('dflt') ?? 3, ...${a}r } = { x: ${e()} };\nconst [${a}_1 = ${e()}, , ${a}_2 = (print('d2'), 4)] = [${chance(0.5) ? 'undefined' : e()}];\nprint(${a}, Object.keys(${a}r), ${a}_1, ${a}_2);`;
        },
        () => `try { print(tdz${counter}); let tdz${counter} = 1; } catch (err) { print(err.name, err.message, line(err)); }`,
        () => `print(eval('typeof ${pick([...sc.vars, 'print'])}'), eval('1 + ' + JSON.stringify(${e()})));`,
        () => `print((function () { 'use strict'; return this; })(), (function () { return typeof this; })());`,
        () => `print((() => { try { return 'try'; } finally { print('finally runs'); } })());`,
      );
      // Generators, their consumers and exceptions crossing them (weighted up: three entries).
      choices.push(() => genScenario(sc, depth), () => genScenario(sc, depth), () => (chance(0.5) ? asyncGenScenario(sc, depth) : consumeExisting(sc, depth)));
      if (sc.inLoop) choices.push(() => (sc.labels.length && chance(0.5) ? `if (${e()}) ${pick(['continue', 'break'])} ${pick(sc.labels)};` : `if (${e()}) ${pick(['continue', 'break'])};`));
      if (sc.inFn && !sc.gen) choices.push(() => `if (${e()}) return ${e()};`);
      if (sc.gen) choices.push(() => `print('got', yield ${e()});`);
      if (sc.async) choices.push(() => `print('awaited', await ${e()});`);
    }
    return pick(choices)();
  }

  // ---- Generators, their consumers, and exceptions crossing them ----

  /** One statement of a generator body (`g.gen`; `g.async` for an async generator). */
  function genItem(g, depth) {
    const e = () => expr(g, 1);
    const opts = [
      () => `yield ${e()};`,
      () => `yield ${e()};`,
      () => `print('got', yield ${e()});`,
      () => `yield* [${e()}, ${e()}];`,
      () => `if (${e()}) throw new Error('g' + ${e()});`,
      () => `if (${e()}) throw ${pick(['7', "'str'", 'null', 'undefined'])};`,
      () => `print('b', boom(${e()}));`,
      () => (g.throwers.length ? `print('t', ${pick(g.throwers)}(${e()}));` : `boom(${e()});`),
      () => (g.async && options.asyncReturnInTry === false ? `yield ${e()};` : `if (${e()}) return ${e()};`),
    ];
    const dels = g.async ? [...g.gens, ...g.agens] : g.gens;
    if (dels.length) opts.push(() => `print('deleg', yield* ${pick(dels).call(e())});`, () => `yield* ${pick(dels).call(e())};`);
    if (g.async) {
      opts.push(() => `print('aw', await ${e()});`, () => `yield await ${e()};`, () => `await null;`);
      if (g.agens.length) opts.push(() => `for await (const ${fresh('q')} of ${pick(g.agens).call(e())}) yield ${e()};`);
    }
    if (depth > 0) {
      const items = (n = 1 + int(3)) => genItems(g, depth - 1, n);
      opts.push(
        () => {
          const i = fresh('i');
          consts.add(i);
          const label = chance(0.3) ? fresh('L') : null;
          const inner = { ...g, fns: [...g.fns], vars: [...g.vars, i], inLoop: true, labels: label ? [...g.labels, label] : g.labels };
          return `${label ? `${label}: ` : ''}for (let ${i} = 0; ${i} < ${1 + int(3)}; ${i}++) {\nyield ${i};\n${genItems(inner, depth - 1, 1 + int(2))}\nif (${e()}) ${pick(['break', 'continue'])}${label && chance(0.5) ? ` ${label}` : ''};\n}`;
        },
        () => {
          const ce = fresh('ge');
          return `try {\n${items()}\n} catch (${ce}) {\nprint('gcaught', msg(${ce}));\nyield 'c' + ${e()};\n${chance(0.5) ? items(1) : ''}\n}`;
        },
        () => `try {\n${items()}\n} finally {\nprint('gfin');\n${chance(0.3) ? `yield 'fy';` : ''}\n${chance(0.2) && !(g.async && options.asyncReturnInTry === false) ? `if (${e()}) return 'fr';` : ''}\n}`,
        () => {
          const ce = fresh('ge');
          return `try {\n${items()}\n} catch (${ce}) {\nprint('gcaught', msg(${ce}));\n${chance(0.5) ? `yield 'c2';` : ''}\n${chance(0.3) ? `throw ${ce};` : ''}\n} finally {\nprint('gfin2');\n}`;
        },
        () => `if (${e()}) {\n${items()}\n} else {\n${items()}\n}`,
        () => stmt(g, depth - 1),
      );
      if (g.inLoop) opts.push(() => `if (${e()}) ${pick(['continue', 'break'])};`);
    }
    return pick(opts)();
  }

  function genItems(g, depth, n) {
    const local = { ...g, vars: [...g.vars], fns: [...g.fns], gens: [...g.gens], agens: [...g.agens], throwers: [...g.throwers] };
    const out = [];
    for (let i = 0; i < n; i++) out.push(genItem(local, depth));
    return out.join('\n');
  }

  /** Defines a (sync or async) generator; returns its code and how to call it. */
  function genDef(sc, depth, isAsync) {
    const G = fresh(isAsync ? 'AG' : 'G');
    const p = fresh('p');
    const throwers = [];
    let pre = '';
    if (chance(0.4)) {
      // a thrower, sometimes two deep
      const t = fresh('t');
      pre += `function ${t}(x) {\nif (--fuel < 0) return 0;\nif (x) throw new Error('${t}:' + x);\nreturn x;\n}\n`;
      throwers.push(t);
      if (chance(0.5)) {
        const t2 = fresh('t');
        pre += `function ${t2}(x) {\nif (--fuel < 0) return 0;\nconst y = ${t}(x);\nreturn y;\n}\n`;
        throwers.push(t2);
      }
    }
    const form = isAsync ? int(2) : int(4);
    if (form === 3) consts.add(p);
    const g = { ...sc, vars: [...sc.vars, p], fns: [...sc.fns], inLoop: false, inFn: true, labels: [], gen: true, async: isAsync, caught: false, gens: [...(sc.gens ?? [])], agens: [...(sc.agens ?? [])], throwers };
    const body = genItems(g, Math.min(depth, 2), 1 + int(4));
    const head = `if (--fuel < 0) return 0;\nprint('${G}', ${p});\n${body}\n${chance(0.5) ? `return ${expr(g, 1)};` : ''}`;
    const star = `${isAsync ? 'async ' : ''}function*`;
    if (form === 0 || form === 1) {
      const code = form === 0 ? `${star} ${G}(${p} = 1) {\n${head}\n}` : `const ${G} = ${star} (${p}) {\n${head}\n};`;
      return { code: pre + code, gen: { call: (a) => `${G}(${a})` } };
    }
    if (form === 2) {
      const o = fresh('o');
      return { code: `${pre}const ${o} = {\n*${G}(${p}) {\n${head}\n}\n};`, gen: { call: (a) => `${o}.${G}(${a})` } };
    }
    // an iterable class: `new C(x)` is consumed, its [Symbol.iterator] is the generator
    const C = fresh('C');
    return {
      code: `${pre}class ${C} {\nconstructor(x) { this.x = x; }\n*[Symbol.iterator]() {\nconst ${p} = this.x;\n${head}\n}\n}`,
      gen: { call: (a) => `new ${C}(${a})`, iterable: true },
    };
  }

  /** A consumer of generator `G` in scope `sc`. */
  function consumer(sc, G, depth) {
    const e = () => expr(sc, 1);
    const call = () => G.call(e());
    const loopBody = (extra) => {
      const parts = [`print('it', ${extra.x});`];
      if (chance(0.4)) parts.push(`if (${e()}) break${extra.label && chance(0.5) ? ` ${extra.label}` : ''};`);
      if (chance(0.4)) parts.push(`if (${e()}) continue${extra.label && chance(0.5) ? ` ${extra.label}` : ''};`);
      if (sc.inFn && chance(0.3)) parts.push(`if (${e()}) return ${sc.gen ? '' : e()};`);
      if (sc.gen && chance(0.3)) parts.push(`yield ${extra.x};`);
      if (chance(0.3)) parts.push(`print('b', boom(${e()}));`);
      if (chance(0.3) && depth > 0) parts.push(stmt({ ...sc, fns: [...sc.fns], inLoop: true, vars: [...sc.vars, extra.x], labels: extra.label ? [...sc.labels, extra.label] : sc.labels }, depth - 1));
      return parts.join('\n');
    };
    const opts = [
      () => {
        const x = fresh('x');
        return `for (const ${x} of ${call()}) {\n${loopBody({ x })}\n}`;
      },
      () => {
        const x = fresh('x');
        const L = fresh('L');
        const i = fresh('i');
        return `${L}: for (let ${i} = 0; ${i} < 2; ${i}++) {\nfor (const ${x} of ${call()}) {\n${loopBody({ x, label: L })}\n}\nprint('after inner', ${i});\n}`;
      },
      () => `print([...${call()}]);`,
      () => `print('args', ...${call()});`,
      () => `print(Array.from(${call()}, (x, i) => x + ':' + i));`,
      () => {
        const d = fresh('d');
        return pick([
          () => `const [${d}a, ${d}b = (print('dflt'), 9), ...${d}r] = ${call()};\nprint(${d}a, ${d}b, ${d}r);`,
          () => `const [${d}a] = ${call()};\nprint(${d}a);`,
          () => `const [, ${d}b] = ${call()};\nprint(${d}b);`,
          () => `let ${d}a, ${d}b;\n[${d}a, ${d}b] = ${call()};\nprint(${d}a, ${d}b);`,
        ])();
      },
      () => {
        const it = fresh('it');
        const pre = G.iterable ? `const ${it} = ${call()}[Symbol.iterator]();` : `const ${it} = ${call()};`;
        const ops = [];
        for (let k = 0, n = 2 + int(5); k < n; k++) {
          const op = pick(['next', 'next', 'next', 'return', 'throw', 'throwv']);
          const x = fresh('r');
          const callOp = op === 'throw' ? `${it}.throw(new Error('in' + ${e()}))` : op === 'throwv' ? `${it}.throw(${e()})` : `${it}.${op}(${e()})`;
          ops.push(`try {\nprint('${op}', res(${callOp}));\n} catch (${x}) {\nprint('${op} threw', msg(${x}));\n}`);
        }
        return `${pre}\n${ops.join('\n')}`;
      },
      () => {
        const it = fresh('it');
        const rr = fresh('rr');
        return `const ${it} = ${G.iterable ? `${call()}[Symbol.iterator]()` : call()};\nlet ${rr};\nwhile (!(${rr} = ${it}.next(${e()})).done) {\nprint('w', ${rr}.value);\nif (${e()}) break;\n}`;
      },
    ];
    return pick(opts)();
  }

  /** Puts a consumer where its exception is caught: in it, in its caller, two callers up, or by whatever encloses it. */
  function placed(sc, G, depth) {
    const kind = pick(['local', 'local', 'caller', 'caller2', ...(sc.caught ? ['outer', 'outer'] : [])]);
    if (kind === 'outer') return consumer(sc, G, depth);
    if (kind === 'local') {
      const ce = fresh('ce');
      return `try {\n${consumer({ ...sc, caught: true }, G, depth)}\n} catch (${ce}) {\nprint('cc', msg(${ce}));\n}${chance(0.3) ? ` finally {\nprint('cfin');\n}` : ''}`;
    }
    const c = fresh('c');
    const fsc = { ...sc, vars: [...sc.vars], fns: [...sc.fns], inFn: true, gen: false, async: false, inLoop: false, labels: [], caught: true };
    let code = `function ${c}() {\nif (--fuel < 0) return 0;\n${consumer(fsc, G, depth)}\nreturn '${c} ok';\n}`;
    let top = c;
    if (kind === 'caller2') {
      const d = fresh('c');
      code += `\nfunction ${d}() {\nif (--fuel < 0) return 0;\n${chance(0.5) ? `try {\nreturn ${c}();\n} finally {\nprint('${d} fin');\n}` : `const v = ${c}();\nreturn v;`}\n}`;
      top = d;
    }
    const ce = fresh('ce');
    return `${code}\ntry {\nprint(${top}());\n} catch (${ce}) {\nprint('caller caught', msg(${ce}));\n}`;
  }

  function genScenario(sc, depth) {
    const { code, gen } = genDef(sc, depth - 1, false);
    sc.gens = [...(sc.gens ?? []), gen];
    const uses = [];
    for (let k = 0, n = 1 + int(2); k < n; k++) uses.push(placed(sc, gen, depth - 1));
    return `${code}\n${uses.join('\n')}`;
  }

  function consumeExisting(sc, depth) {
    if (!sc.gens?.length) return genScenario(sc, depth);
    return placed(sc, pick(sc.gens), depth - 1);
  }

  /** An async generator consumed by `for await` (or by hand) in an async function whose result is printed. */
  function asyncGenScenario(sc, depth) {
    const { code, gen } = genDef(sc, depth - 1, true);
    sc.agens = [...(sc.agens ?? []), gen];
    const a = fresh('A');
    const asc = { ...sc, vars: [...sc.vars], fns: [...sc.fns], inFn: true, gen: false, async: true, inLoop: false, labels: [], caught: false };
    const e = () => expr(asc, 1);
    const x = fresh('x');
    const source = chance(0.2) && sc.gens?.length && options.syncForAwait !== false ? pick(sc.gens).call(e()) : gen.call(e());
    const uses = pick([
      () => `for await (const ${x} of ${source}) {\nprint('fa', ${x});\n${chance(0.5) ? `if (${e()}) break;` : ''}\n${chance(0.3) ? `if (${e()}) return 'early';` : ''}\n${chance(0.3) ? `print('b', boom(${e()}));` : ''}\n}`,
      () => {
        const it = fresh('it');
        const ops = [];
        for (let k = 0, n = 2 + int(4); k < n; k++) {
          const op = pick(['next', 'next', 'return', 'throw']);
          const rv = fresh('r');
          const callOp = op === 'throw' ? `${it}.throw(new Error('ain' + ${e()}))` : `${it}.${op}(${e()})`;
          ops.push(`try {\nprint('a${op}', res(await ${callOp}));\n} catch (${rv}) {\nprint('a${op} threw', msg(${rv}));\n}`);
        }
        return `const ${it} = ${gen.call(e())};\n${ops.join('\n')}`;
      },
    ])();
    const ce = fresh('ce');
    const guarded = chance(0.7) ? `try {\n${uses}\n} catch (${ce}) {\nprint('ac', msg(${ce}));\n}` : uses;
    return `${code}\nasync function ${a}() {\nif (--fuel < 0) return 0;\n${guarded}\nreturn '${a} ok';\n}\n${a}().then((v) => print('${a} resolved', v), (er) => print('${a} rejected', msg(er)));`;
  }

  const PRELUDE = `function msg(e) { return e instanceof Error ? e.name + ':' + e.message + '@' + line(e) : 'v:' + String(e); }\nfunction res(r) { return r && typeof r === 'object' ? (r.done ? 'done:' : 'val:') + String(r.value) : 'non-object:' + String(r); }\nfunction boom(x) { if (x) throw new Error('boom' + x); return x; }\n`;

  const body = block({ vars: [], fns: [], inLoop: false, inFn: false, labels: [], gen: false, async: false, gens: [], agens: [] }, 3, 4 + int(6));
  return `let fuel = 200;\nfunction tag(strings, ...values) { return strings.raw.join('|') + values.join(','); }\nfunction line(e) { const m = /\\.js:(\\d+):\\d+/.exec(String(e && e.stack)); return m ? m[1] : '?'; }\n${PRELUDE}${body}\n`;
}
