# A small AST interpreter: expression classes with a virtual evaluate(), environments as
# linked scopes, and interpreted lambdas that become host closures.
ROUNDS = 80
FIB_ARG = 15


class Env:
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def define(self, name, value):
        self.vars[name] = value

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError('unbound variable ' + name)


class Expr:
    def evaluate(self, env):
        raise NotImplementedError('abstract evaluate on ' + type(self).__name__)


class Num(Expr):
    def __init__(self, value):
        super().__init__()
        self.value = value

    def evaluate(self, env):
        return self.value


class Var(Expr):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def evaluate(self, env):
        return env.lookup(self.name)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def less(a, b):
    return 1 if a < b else 0


OPS = {'+': add, '-': sub, '<': less}


class BinOp(Expr):
    def __init__(self, op, left, right):
        super().__init__()
        self.fn = OPS[op]
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.fn(self.left.evaluate(env), self.right.evaluate(env))


class If(Expr):
    def __init__(self, test, then, otherwise):
        super().__init__()
        self.test = test
        self.then = then
        self.otherwise = otherwise

    def evaluate(self, env):
        if self.test.evaluate(env) != 0:
            return self.then.evaluate(env)
        return self.otherwise.evaluate(env)


class Lambda(Expr):
    def __init__(self, params, body):
        super().__init__()
        self.params = params
        self.body = body

    def evaluate(self, env):
        params = self.params
        body = self.body

        def closure(args):
            local = Env(env)
            for i in range(len(params)):
                local.define(params[i], args[i])
            return body.evaluate(local)
        return closure


class Call(Expr):
    def __init__(self, callee, args):
        super().__init__()
        self.callee = callee
        self.args = args

    def evaluate(self, env):
        fn = self.callee.evaluate(env)
        values = []
        for arg in self.args:
            values.append(arg.evaluate(env))
        return fn(values)


def build_globals():
    n = Var('n')
    fib_body = If(
        BinOp('<', n, Num(2)),
        n,
        BinOp('+',
              Call(Var('fib'), [BinOp('-', n, Num(1))]),
              Call(Var('fib'), [BinOp('-', n, Num(2))])))
    adder = Lambda(['k'], Lambda(['x'], BinOp('+', Var('x'), Var('k'))))
    globals_ = Env(None)
    globals_.define('fib', Lambda(['n'], fib_body).evaluate(globals_))
    globals_.define('makeAdder', adder.evaluate(globals_))
    return globals_


def run():
    globals_ = build_globals()
    i = Var('i')
    main = BinOp('+',
                 Call(Var('fib'), [Num(FIB_ARG)]),
                 Call(Call(Var('makeAdder'), [i]), [i]))
    total = 0
    for round_ in range(ROUNDS):
        globals_.define('i', round_)
        total += main.evaluate(globals_)
    return total
