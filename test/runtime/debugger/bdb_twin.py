"""Python twin of bdb.mjs: drives CPython's own bdb.Bdb over cases/CASE.py with the same
script and prints the same lines. Records the expected files:

    for c in test/runtime/debugger/cases/*.json; do n=$(basename $c .json);
      python3.12 test/runtime/debugger/bdb_twin.py $n \
        > test/runtime/debugger/expected/$n.txt; done
(cases whose JSON has "python": "3.13" are recorded with python3.13)
"""
import asyncio
import bdb
import inspect
import json
import os
import sys
import types

here = os.path.dirname(os.path.abspath(__file__))


def pyrepr(v, depth=0):
    if v is None:
        return 'None'
    if v is True:
        return 'True'
    if v is False:
        return 'False'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return "'" + v + "'"
    if isinstance(v, (list, tuple)):
        return '[...]' if depth > 2 else '[' + ', '.join(pyrepr(x, depth + 1) for x in v) + ']'
    return '<obj>'


class ScriptedDebugger(bdb.Bdb):
    def __init__(self, spec, target):
        super().__init__(skip={'*'})
        self.spec = spec
        self.target = target
        self.commands = list(spec['commands'])
        self.stops = 0

    def is_skipped_module(self, module_name):
        return module_name != 'prog'

    def do_clear(self, arg):
        pass

    def user_call(self, frame, args):
        if self.stop_here(frame):
            self.interaction(frame, 'call', None)

    def user_line(self, frame):
        self.interaction(frame, 'line', None)

    def user_return(self, frame, value):
        self.interaction(frame, 'return', value)

    def user_exception(self, frame, exc):
        self.interaction(frame, 'exception', exc)

    def interaction(self, frame, event, arg):
        self.stops += 1
        if self.stops > 200:
            raise RuntimeError('too many stops')
        text = f'{event} {frame.f_code.co_name} {frame.f_lineno}'
        if event == 'return':
            text += ' ->' + pyrepr(arg)
        if event == 'exception':
            text += ' ' + arg[0].__name__
        shown = []
        loc = frame.f_locals
        for name in self.spec.get('show', []):
            if name in loc:
                shown.append(f'{name}={pyrepr(loc[name])}')
        if shown:
            text += ' | ' + ' '.join(shown)
        if self.spec.get('stack', True):
            chain = []
            f = frame
            while f:
                if f.f_code.co_filename == self.target:
                    chain.insert(0, f.f_code.co_name)
                f = f.f_back
            text += ' @ ' + '>'.join(chain)
        print(text)
        while True:
            cmd = self.commands.pop(0) if self.commands else 'c'
            op, *rest = cmd.split(' ')
            if op == 's':
                return self.set_step()
            if op == 'n':
                return self.set_next(frame)
            if op == 'r':
                return self.set_return(frame)
            if op == 'unt':
                return self.set_until(frame)
            if op == 'c':
                return self.set_continue()
            if op == 'q':
                return self.set_quit()
            if op in ('set', 'setback'):
                a, b = rest
                target = frame if op == 'set' else frame.f_back
                target.f_locals[a] = json.loads(b)
                print(f'  {op} {a}={b}')
                continue
            if op == 'clear':
                self.clear_all_breaks()
                continue
            raise RuntimeError('bad command ' + cmd)


def main():
    name = sys.argv[1]
    with open(os.path.join(here, 'cases', name + '.json')) as f:
        spec = json.load(f)
    target = os.path.join(here, 'cases', spec.get('program', name) + '.py')
    dbg = ScriptedDebugger(spec, target)
    mod = types.ModuleType('prog')
    mod.__file__ = target
    sys.modules['prog'] = mod

    def out(*xs):
        print('  out: ' + ' '.join(x if isinstance(x, str) else pyrepr(x) for x in xs))
    mod.print = out
    mod.asyncio = asyncio
    import functools
    mod.functools = functools
    sys.breakpointhook = lambda: dbg.set_trace(sys._getframe().f_back)
    with open(target) as f:
        exec(compile(f.read(), target, 'exec'), mod.__dict__)
    for br in spec.get('breaks', []):
        err = dbg.set_break(target, br[0], False, br[1] if len(br) > 1 else None)
        assert err is None, err
    result = None

    def call_main():
        r = mod.main()
        if inspect.iscoroutine(r):
            r = asyncio.run(r)
        return r
    try:
        if spec.get('mode') == 'attach':
            result = call_main()
        else:
            dbg.reset()
            dbg.botframe = sys._getframe()
            sys.settrace(dbg.trace_dispatch)
            result = call_main()
    except Exception as e:
        print('raised', type(e).__name__)
    finally:
        sys.settrace(None)
    print('result', pyrepr(result))


main()
