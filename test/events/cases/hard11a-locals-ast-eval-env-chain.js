// conformance mode=locals
class NameError extends Error {}
class Env {
  constructor(parent) {
    this.vars = {};
    this.parent = parent;
  }
  lookup(name) {
    let env = this;
    while (env !== null) {
      if (name in env.vars) return env.vars[name];
      env = env.parent;
    }
    throw new NameError(name);
  }
}
function evaluate(node, env) {
  const kind = node[0];
  if (kind === 'num') return node[1];
  if (kind === 'var') return env.lookup(node[1]);
  if (kind === 'let') {
    const inner = new Env(env);
    inner.vars[node[1]] = evaluate(node[2], env);
    return evaluate(node[3], inner);
  }
  const left = evaluate(node[1], env);
  const right = evaluate(node[2], env);
  switch (kind) {
    case '+': return left + right;
    case '*': return left * right;
    default: throw new Error('bad node ' + kind);
  }
}
function run(program) {
  const globals = new Env(null);
  globals.vars.ten = 10;
  try {
    return String(evaluate(program, globals));
  } catch (e) {
    return e.constructor.name + ':' + e.message;
  }
}
function main() {
  const good = ['let', 'x', ['num', 3], ['+', ['var', 'x'], ['*', ['var', 'ten'], ['num', 2]]]];
  const unbound = ['let', 'y', ['num', 1], ['+', ['var', 'y'], ['var', 'z']]];
  const weird = ['-', ['num', 1], ['num', 2]];
  return [run(good), run(unbound), run(weird)].join(' ');
}
main();
