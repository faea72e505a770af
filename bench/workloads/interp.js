'use strict';
// A small AST interpreter: expression classes with a virtual evaluate(), environments as
// linked scopes, and interpreted lambdas that become host closures.
const ROUNDS = 800;
const FIB_ARG = 15;

class Env {
  constructor(parent) {
    this.vars = new Map();
    this.parent = parent;
  }

  define(name, value) {
    this.vars.set(name, value);
  }

  lookup(name) {
    let env = this;
    while (env !== null) {
      if (env.vars.has(name)) {
        return env.vars.get(name);
      }
      env = env.parent;
    }
    throw new Error('unbound variable ' + name);
  }
}

class Expr {
  evaluate(env) {
    throw new Error('abstract evaluate on ' + this.constructor.name);
  }
}

class Num extends Expr {
  constructor(value) {
    super();
    this.value = value;
  }

  evaluate(env) {
    return this.value;
  }
}

class Var extends Expr {
  constructor(name) {
    super();
    this.name = name;
  }

  evaluate(env) {
    return env.lookup(this.name);
  }
}

function add(a, b) {
  return a + b;
}

function sub(a, b) {
  return a - b;
}

function less(a, b) {
  return a < b ? 1 : 0;
}

const OPS = { '+': add, '-': sub, '<': less };

class BinOp extends Expr {
  constructor(op, left, right) {
    super();
    this.fn = OPS[op];
    this.left = left;
    this.right = right;
  }

  evaluate(env) {
    return this.fn(this.left.evaluate(env), this.right.evaluate(env));
  }
}

class If extends Expr {
  constructor(test, then, otherwise) {
    super();
    this.test = test;
    this.then = then;
    this.otherwise = otherwise;
  }

  evaluate(env) {
    if (this.test.evaluate(env) !== 0) {
      return this.then.evaluate(env);
    }
    return this.otherwise.evaluate(env);
  }
}

class Lambda extends Expr {
  constructor(params, body) {
    super();
    this.params = params;
    this.body = body;
  }

  evaluate(env) {
    const params = this.params;
    const body = this.body;
    return function closure(args) {
      const local = new Env(env);
      for (let i = 0; i < params.length; i++) {
        local.define(params[i], args[i]);
      }
      return body.evaluate(local);
    };
  }
}

class Call extends Expr {
  constructor(callee, args) {
    super();
    this.callee = callee;
    this.args = args;
  }

  evaluate(env) {
    const fn = this.callee.evaluate(env);
    const values = [];
    for (const arg of this.args) {
      values.push(arg.evaluate(env));
    }
    return fn(values);
  }
}

function buildGlobals() {
  const n = new Var('n');
  const fibBody = new If(
    new BinOp('<', n, new Num(2)),
    n,
    new BinOp('+',
      new Call(new Var('fib'), [new BinOp('-', n, new Num(1))]),
      new Call(new Var('fib'), [new BinOp('-', n, new Num(2))])));
  const adder = new Lambda(['k'], new Lambda(['x'], new BinOp('+', new Var('x'), new Var('k'))));
  const globals = new Env(null);
  globals.define('fib', new Lambda(['n'], fibBody).evaluate(globals));
  globals.define('makeAdder', adder.evaluate(globals));
  return globals;
}

function run() {
  const globals = buildGlobals();
  const i = new Var('i');
  const main = new BinOp('+',
    new Call(new Var('fib'), [new Num(FIB_ARG)]),
    new Call(new Call(new Var('makeAdder'), [i]), [i]));
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    globals.define('i', round);
    total += main.evaluate(globals);
  }
  return total;
}

module.exports = { run };
