# Python side of the Trace/CoverageResults API twins: python3.12 tool.py SCENARIO (cwd: this folder).
import os, sys, tempfile, trace
import app, helper

def counts_of(r):
    rows = sorted((os.path.basename(f), l, n) for (f, l), n in r.counts.items())
    return ' '.join('%s:%d=%d' % row for row in rows)

def funcs_of(r):
    return ' '.join(sorted('%s/%s/%s' % (os.path.basename(f), m, fn) for (f, m, fn) in r.calledfuncs))

def callers_of(r):
    return ' '.join(sorted('%s.%s->%s.%s' % (a[1], a[2], b[1], b[2]) for (a, b) in r.callers))

def show_dir(d):
    for name in sorted(os.listdir(d)):
        print('== %s' % name)
        with open(os.path.join(d, name)) as f:
            print(f.read(), end='')

T = tempfile.mkdtemp()
import atexit, shutil; atexit.register(shutil.rmtree, T, True)
s = sys.argv[1]
if s == 'basic':
    t = trace.Trace(count=1, trace=0)
    print('value', t.runfunc(app.work, 3))
    print('counts', counts_of(t.results()))
elif s == 'throws':
    t = trace.Trace(count=1, trace=0)
    try:
        t.runfunc(app.boom, 2)
    except Exception as e:
        print('raised', e)
    print('counts', counts_of(t.results()))
    print('gettrace', sys.gettrace())
elif s == 'nested-same':
    t = trace.Trace(count=1, trace=0)
    try:
        print('value', t.runfunc(app.outer, t, 2))
    except Exception as e:
        print('raised', type(e).__name__)
    print('counts', counts_of(t.results()))
elif s == 'nested-other':
    t1 = trace.Trace(count=1, trace=0)
    t2 = trace.Trace(count=1, trace=0)
    print('value', t1.runfunc(app.outer, t2, 1))
    print('t1', counts_of(t1.results()))
    print('t2', counts_of(t2.results()))
elif s == 'results-twice':
    t = trace.Trace(count=1, trace=0)
    t.runfunc(app.work, 2)
    r1 = t.results()
    r2 = t.results()
    print('r1', counts_of(r1))
    print('r2', counts_of(r2))
    t.runfunc(app.work, 1)
    print('r1-after-second-run', counts_of(r1))
    print('r3', counts_of(t.results()))
elif s == 'update':
    a = trace.Trace(count=1, trace=0)
    a.runfunc(app.work, 2)
    b = trace.Trace(count=1, trace=0)
    b.runfunc(app.square, 5)
    r = a.results()
    r.update(b.results())
    print('merged', counts_of(r))
    r.write_results(show_missing=True, summary=True, coverdir=T)
    show_dir(T)
elif s == 'outfile-infile':
    f = os.path.join(T, 'counts')
    a = trace.Trace(count=1, trace=0, outfile=f)
    a.runfunc(app.work, 2)
    a.results().write_results(show_missing=False, summary=False, coverdir=os.path.join(T, 'c1'))
    b = trace.Trace(count=1, trace=0, infile=f)
    print('b-before', counts_of(b.results()))
    b.runfunc(app.work, 1)
    print('b-after', counts_of(b.results()))
elif s == 'ignoremods':
    t = trace.Trace(count=1, trace=0, ignoremods=['helper'])
    t.runfunc(app.work, 2)
    print('counts', counts_of(t.results()))
elif s == 'ignoredirs':
    t = trace.Trace(count=1, trace=0, ignoredirs=[os.path.dirname(os.path.abspath(helper.__file__))])
    t.runfunc(app.work, 2)
    print('counts', counts_of(t.results()))
elif s == 'countfuncs':
    t = trace.Trace(count=1, trace=0, countfuncs=1)
    t.runfunc(app.work, 2)
    r = t.results()
    print('calledfuncs', funcs_of(r))
    print('counts', counts_of(r))
    r.write_results(show_missing=True, summary=True, coverdir=T)
    show_dir(T)
elif s == 'countcallers':
    t = trace.Trace(count=0, trace=0, countcallers=1)
    t.runfunc(app.work, 2)
    r = t.results()
    print('callers', callers_of(r))
    r.write_results(coverdir=T)
    show_dir(T)
elif s == 'trace':
    t = trace.Trace(count=0, trace=1)
    t.runfunc(app.work, 2)
elif s == 'trace-count':
    t = trace.Trace(count=1, trace=1)
    t.runfunc(app.work, 1)
    print('counts', counts_of(t.results()))
elif s == 'timing':
    t = trace.Trace(count=0, trace=1, timing=True)
    t.runfunc(app.square, 2)
elif s == 'user-tracer':
    seen = []
    def mine(frame, event, arg):
        seen.append('%s:%s' % (event, frame.f_code.co_name))
        return None
    for kw in (dict(count=1, trace=0), dict(count=0, trace=1), dict(countfuncs=1), dict(countcallers=1)):
        seen.clear()
        sys.settrace(mine)
        t = trace.Trace(**kw)
        t.runfunc(app.square, 2)
        restored = sys.gettrace() is mine
        sys.settrace(None)
        print(sorted(kw.items()), 'user-saw', seen, 'restored', restored)
elif s == 'async':
    import asyncio
    async def later(n):
        await asyncio.sleep(0)
        return app.work(n)
    t = trace.Trace(count=1, trace=0)
    res = t.runfunc(later, 2)
    print('runfunc-returned', type(res).__name__)
    print('value', asyncio.run(res))
    print('counts', counts_of(t.results()))
elif s == 'coverdir-missing':
    t = trace.Trace(count=1, trace=0)
    t.runfunc(app.work, 2)
    d = os.path.join(T, 'a', 'b')
    t.results().write_results(show_missing=True, summary=True, coverdir=d)
    show_dir(d)
elif s == 'no-missing':
    t = trace.Trace(count=1, trace=0)
    t.runfunc(app.work, 2)
    t.results().write_results(show_missing=False, summary=True, coverdir=T)
    show_dir(T)
elif s == 'defaults':
    t = trace.Trace()
    t.runfunc(app.square, 3)
    print('counts', counts_of(t.results()))
elif s == 'none':
    t = trace.Trace(count=0, trace=0)
    print('value', t.runfunc(app.work, 2))
    print('counts', counts_of(t.results()))
elif s == 'run-string':
    t = trace.Trace(count=1, trace=0)
    t.run('k = 0\nfor i in range(3):\n    k += i\n')
    print('counts', counts_of(t.results()))
elif s == 'runctx':
    t = trace.Trace(count=1, trace=0)
    g = {'n': 3}
    t.runctx('k = 0\nfor i in range(n):\n    k += i\n', g, g)
    print('k', g['k'])
    print('counts', counts_of(t.results()))
elif s == 'throws-trace':
    t = trace.Trace(count=0, trace=1)
    try:
        t.runfunc(app.boom, 1)
    except Exception as e:
        print('raised', e)
    print('gettrace', sys.gettrace())
elif s == 'throws-callers':
    t = trace.Trace(countcallers=1)
    try:
        t.runfunc(app.boom, 1)
    except Exception as e:
        print('raised', e)
    print('callers', callers_of(t.results()))
elif s == 'builtin-caller':
    t = trace.Trace(count=1, trace=0)
    print('value', t.runfunc(lambda xs: list(map(app.square, xs)), [1, 2, 3]))
    print('counts', counts_of(t.results()))
