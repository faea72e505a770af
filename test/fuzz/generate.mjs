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

export function generate(seed) {
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
    const local = { vars: [...sc.vars], fns: [...sc.fns], inLoop: sc.inLoop, inFn: sc.inFn, labels: [...sc.labels], gen: sc.gen, async: sc.async };
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
        () => `try {\n${inner()}\n${chance(0.5) ? `throw new Error('t' + ${e()});` : ''}\n} catch (err) {\nprint('caught', err.message, line(err));\n${inner()}\n}${chance(0.5) ? ` finally {\nprint('fin');\n${chance(0.2) && sc.inFn && !sc.gen ? `return ${e()};` : ''}\n}` : ''}`,
        () => `{\n${inner()}\n}`,
        () => {
          const f = fresh('f');
          const p = fresh('p');
          const gen = chance(0.2);
          const asyncFn = !gen && chance(0.15);
          const body = block({ ...sc, vars: [...sc.vars, p], inLoop: false, inFn: true, labels: [], gen, async: asyncFn }, depth - 1, 1 + int(4));
          const ret = gen ? `yield ${e()};\nreturn ${e()};` : `return ${asyncFn ? 'await ' : ''}${e()};`;
          if (!gen && !asyncFn) sc.fns.push(f);
          const decl = `${asyncFn ? 'async ' : ''}function${gen ? '*' : ''} ${f}(${p} = ${chance(0.5) ? `print('default') ?? 1` : '2'}, ...rest) {\nif (--fuel < 0) return 0;\nprint('${f}', arguments.length, ${p});\n${body}\n${ret}\n}`;
          if (gen) return `${decl}\nprint([...${f}(${e()})].join());`;
          if (asyncFn) return `${decl}\n${f}(${e()}).then((v) => print('${f} resolved', v), (er) => print('${f} rejected', er.message));`;
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
      if (sc.inLoop) choices.push(() => (sc.labels.length && chance(0.5) ? `if (${e()}) ${pick(['continue', 'break'])} ${pick(sc.labels)};` : `if (${e()}) ${pick(['continue', 'break'])};`));
      if (sc.inFn && !sc.gen) choices.push(() => `if (${e()}) return ${e()};`);
      if (sc.gen) choices.push(() => `print('got', yield ${e()});`);
      if (sc.async) choices.push(() => `print('awaited', await ${e()});`);
    }
    return pick(choices)();
  }

  const body = block({ vars: [], fns: [], inLoop: false, inFn: false, labels: [], gen: false, async: false }, 3, 4 + int(6));
  return `let fuel = 200;\nfunction tag(strings, ...values) { return strings.raw.join('|') + values.join(','); }\nfunction line(e) { const m = /\\.js:(\\d+):\\d+/.exec(String(e && e.stack)); return m ? m[1] : '?'; }\n${body}\n`;
}
