# conformance mode=locals
class NameError(Exception): pass
class Env:
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars: return env.vars[name]
            env = env.parent

        raise NameError(name)


def evaluate(node, env):
    kind = node[0]
    if kind == 'num': return node[1]
    if kind == 'var': return env.lookup(node[1])
    if kind == 'let':
        inner = Env(env)
        inner.vars[node[1]] = evaluate(node[2], env)
        return evaluate(node[3], inner)

    left = evaluate(node[1], env)
    right = evaluate(node[2], env)
    match kind:
        case '+': return left + right
        case '*': return left * right
        case _: raise Exception('bad node ' + kind)


def run(program):
    globals = Env(None)
    globals.vars['ten'] = 10
    try:
        return str(evaluate(program, globals))
    except Exception as e:
        return type(e).__name__.replace('Exception', 'Error') + ':' + str(e)


def main():
    good = ['let', 'x', ['num', 3], ['+', ['var', 'x'], ['*', ['var', 'ten'], ['num', 2]]]]
    unbound = ['let', 'y', ['num', 1], ['+', ['var', 'y'], ['var', 'z']]]
    weird = ['-', ['num', 1], ['num', 2]]
    return ' '.join([run(good), run(unbound), run(weird)])

main()
